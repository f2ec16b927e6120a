import { Alert, Button, Card, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { GatheringPlace, GatheringWhen } from "../components/gathering-facts";
import { Section } from "../components/page-parts";
import { RsvpAnswerForm, RsvpRefusal } from "../components/rsvp-answer";
import { rsvpClosed } from "../domain/rsvp";
import { formatDateTime } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { calendarFeedToken, calendarFeedUrl, renewCalendarToken } from "../server/calendar-feed.server";
import { getDb } from "../server/db.server";
import { redirectWithFlash } from "../server/flash.server";
import { parseForm, readIntent, unknownIntent } from "../server/forms.server";
import { notFound, requireUser } from "../server/guards.server";
import { myInvitations, ownInvitation } from "../server/my-gatherings.server";
import { respondToInvitation } from "../server/rsvp.server";
import { clock } from "../server/clock.server";
import { myProgrammes } from "../server/participant-pages.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "my.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const now = clock.now();
  const all = myInvitations(user.id).map((inv) => ({ ...inv, closed: rsvpClosed(inv, now) }));
  const token = calendarFeedToken(user.id);
  return {
    upcoming: all.filter((i) => i.endsAt > now).reverse(),
    past: all.filter((i) => i.endsAt <= now),
    feedUrl: token ? calendarFeedUrl(token) : null,
    programmes: myProgrammes(user),
  };
}

const rsvpSchema = z.object({
  invitationId: z.coerce.number().int().positive(),
  answer: z.enum(["accepted", "declined"]),
  reason: z.string().trim().max(500).optional(),
});

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const posted = await readIntent(request);
  if (posted.intent === "calendar") {
    renewCalendarToken(user.id);
    return redirectWithFlash("/my/gatherings", { key: "my.calendar.created" });
  }
  if (posted.intent !== "rsvp") throw unknownIntent();
  const form = parseForm(posted, rsvpSchema);
  if (!form.ok) return form.reply;
  // Someone else's invitation is a 404, like one that does not exist.
  if (!ownInvitation(user.id, form.value.invitationId)) throw notFound();
  return form.run(
    ({ invitationId, answer, reason }) =>
      getDb().transaction((tx) => respondToInvitation(tx, invitationId, answer, reason || null, clock.now())),
    ({ status }) => redirectWithFlash("/my/gatherings", { key: `rsvp.done.${status as "accepted" | "waitlisted" | "declined"}` }),
  );
}

export default function MyGatherings() {
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("my.title")}
      </Heading>
      <RsvpRefusal reply={actionData} />
      <Section id="my-upcoming" title={t("my.upcoming")}>
        {d.upcoming.length === 0 ? (
          <Paragraph>{t("my.empty")}</Paragraph>
        ) : (
          <ul className="card-grid">
            {d.upcoming.map((inv) => (
              <li key={inv.id}>
                <InvitationCard inv={inv} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="my-past" title={t("my.past")}>
        {d.past.length === 0 ? (
          <Paragraph>{t("my.noPast")}</Paragraph>
        ) : (
          <ul>
            {d.past.map((inv) => (
              <li key={inv.id}>
                <Link href={`/my/gatherings/${inv.gatheringId}`}>{inv.title}</Link> ({inv.programTitle}) —{" "}
                {formatDateTime(inv.startsAt, locale)}
                {inv.attendance && ` · ${t("my.attendance", { status: t(`attendance.status.${inv.attendance}`) })}`}
              </li>
            ))}
          </ul>
        )}
      </Section>
      {d.programmes.length > 0 && (
        <Section id="my-programmes" title={t("participantPages.program.mine")}>
          <ul>
            {d.programmes.map((p) => (
              <li key={p.id}>
                <Link href={`/my/programs/${p.id}`}>{p.title}</Link>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section id="my-calendar" title={t("my.calendar.title")}>
        <Paragraph>{t("my.calendar.intro")}</Paragraph>
        {d.feedUrl ? (
          <div className="ds-field">
            <label htmlFor="feed-url">{t("my.calendar.address")}</label>
            <input id="feed-url" className="ds-input" readOnly value={d.feedUrl} />
          </div>
        ) : (
          <Paragraph>{t("my.calendar.none")}</Paragraph>
        )}
        <Form method="post" className="stack">
          {d.feedUrl && (
            <Paragraph data-size="sm" className="muted">
              {t("my.calendar.renewHelp")}
            </Paragraph>
          )}
          <Button type="submit" name="intent" value="calendar" variant="secondary">
            {d.feedUrl ? t("my.calendar.renew") : t("my.calendar.create")}
          </Button>
        </Form>
      </Section>
    </div>
  );
}

type Invitation = ReturnType<typeof useLoaderData<typeof loader>>["upcoming"][number];

function InvitationCard({ inv }: { inv: Invitation }) {
  const t = useT();
  return (
    <Card className="stack">
      <Heading level={3} data-size="xs">
        <Link href={`/my/gatherings/${inv.gatheringId}`}>{inv.title}</Link>
      </Heading>
      <Paragraph data-size="sm">
        <GatheringWhen startsAt={inv.startsAt} endsAt={inv.endsAt} />
        <br />
        <GatheringPlace {...inv} />
        <br />
        <span className="muted">{inv.programTitle}</span>
      </Paragraph>
      {inv.status === "cancelled" ? (
        <Alert data-color="warning">{t("gatherings.cancelledBanner", { reason: inv.cancelReason ?? "" })}</Alert>
      ) : (
        <Paragraph>
          <Tag>{t("my.answer", { status: t(`rsvp.status.${inv.rsvp}`) })}</Tag>
          {inv.waitlistPosition && <> {t("rsvp.waitlistPosition", { n: inv.waitlistPosition })}</>}
        </Paragraph>
      )}
      {!inv.closed && (
        <RsvpAnswerForm idPrefix={`inv-${inv.id}`} hidden={{ intent: "rsvp", invitationId: String(inv.id) }} current={inv.rsvp} />
      )}
    </Card>
  );
}
