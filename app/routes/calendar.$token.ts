import type { LoaderFunctionArgs } from "@remix-run/node";
import { calendarFeed } from "../server/calendar-feed.server";
import { notFound } from "../server/guards.server";

/** `/calendar/<token>.ics`: the personal iCalendar feed; an unknown or renewed-away token is a 404. */
export function loader({ params }: LoaderFunctionArgs) {
  const token = params.token?.endsWith(".ics") ? params.token.slice(0, -4) : null;
  const feed = token && /^[\w-]{20,100}$/.test(token) ? calendarFeed(token) : null;
  if (!feed) throw notFound();
  return new Response(feed, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="samling.ics"',
      "Cache-Control": "private, max-age=300",
    },
  });
}
