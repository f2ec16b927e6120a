/** The personal calendar feed (iCalendar subscription): a secret URL per person, revocable by renewing it. */
import { and, eq, isNull, ne, or, sql } from "drizzle-orm";
import { createEvents, type EventAttributes } from "ics";
import { facilitators, gatheringFacilitators, gatherings, invitations, people } from "../../db/schema";
import { getConfig } from "./config.server";
import { getDb } from "./db.server";
import { gatheringSummary } from "./invitees.server";
import { newToken } from "./tokens.server";

/** Same UID in the feed and in e-mailed invitations, so calendars update one event. */
export const gatheringUid = (gatheringId: number) => `samling-gathering-${gatheringId}@${new URL(getConfig().appUrl).hostname}`;

/**
 * Stored as is (unlike session tokens) so the person can see the address again; it reveals only
 * their schedule, and renewing it cuts off every old subscription.
 */
export function calendarFeedToken(personId: number): string | null {
  return getDb().select({ token: people.calendarToken }).from(people).where(eq(people.id, personId)).get()?.token ?? null;
}

export function renewCalendarToken(personId: number): string {
  const token = newToken();
  getDb().update(people).set({ calendarToken: token }).where(eq(people.id, personId)).run();
  return token;
}

export const calendarFeedUrl = (token: string) => `${getConfig().appUrl}/calendar/${token}.ics`;

/** The feed for a token, or null when no active person holds it. */
export function calendarFeed(token: string): string | null {
  const db = getDb();
  const person = db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.calendarToken, token), isNull(people.deactivatedAt)))
    .get();
  if (!person) return null;
  const rows = db
    .select({ ...gatheringSummary, theme: gatherings.theme, sequence: gatherings.sequence })
    .from(gatherings)
    .where(
      and(
        ne(gatherings.status, "cancelled"),
        or(
          sql`${gatherings.id} in (select ${invitations.gatheringId} from ${invitations} where ${invitations.personId} = ${person.id})`,
          sql`${gatherings.id} in (select gf.gathering_id from ${gatheringFacilitators} gf
            join ${facilitators} f on f.id = gf.facilitator_id where f.person_id = ${person.id})`,
        ),
      ),
    )
    .orderBy(gatherings.startsAt)
    .all();
  const appUrl = getConfig().appUrl;
  const events: EventAttributes[] = rows.map((g) => ({
    uid: gatheringUid(g.id),
    sequence: g.sequence,
    title: g.title,
    description: g.theme || undefined,
    start: g.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: g.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    location: [g.venueName, g.venueAddress].filter(Boolean).join(", ") || g.onlineUrl || undefined,
    url: g.onlineUrl || `${appUrl}/my/gatherings`,
    status: g.status === "planned" ? "TENTATIVE" : "CONFIRMED",
  }));
  const { error, value } = createEvents(events, { method: "PUBLISH", productId: "samling/calendar", calName: "Samling" });
  if (error || value === null) throw error ?? new Error("calendar feed could not be built");
  return value;
}
