import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { translateError } from "../components/form";
import { GatheringPlace, GatheringWhen } from "../components/gathering-facts";
import { RsvpAnswerForm } from "../components/rsvp-answer";
import { rsvpClosed } from "../domain/rsvp";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { getDb } from "../server/db.server";
import { attempt } from "../server/forms.server";
import { invitationSummary } from "../server/my-gatherings.server";
import { readRsvpToken } from "../server/rsvp-links.server";
import { respondToInvitation } from "../server/rsvp.server";
import { clock } from "../server/clock.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "rsvp.page.title");

/** The link's invitation and answer, or why the link cannot be used (never a 500). */
function resolve(token: string | undefined) {
  const link = token ? readRsvpToken(token) : null;
  const invitation = link ? invitationSummary(link.invitationId) : undefined;
  if (!link || !invitation) return { ok: false as const };
  return { ok: true as const, answer: link.answer, invitation };
}

/**
 * Answering from an e-mail without signing in. GET only shows the gathering and a confirm button
 * (mail scanners open links); the POST records the answer.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const link = resolve(params.token);
  if (!link.ok) return data({ state: "invalid" as const }, { status: 400 });
  const closed = rsvpClosed(link.invitation, clock.now());
  return data(
    { state: closed ? ("closed" as const) : ("open" as const), reason: closed, answer: link.answer, gathering: link.invitation },
    { status: closed ? 410 : 200, headers: { "Cache-Control": "no-store", "X-Robots-Tag": "noindex" } },
  );
}

const formSchema = z.object({ reason: z.string().trim().max(500).optional() });

export async function action({ request, params }: ActionFunctionArgs) {
  const link = resolve(params.token);
  if (!link.ok) return data({ state: "invalid" as const }, { status: 400 });
  // The token is the answer; the optional reason is kept only when valid, never a reason to refuse it (no parseForm).
  const form = formSchema.safeParse(Object.fromEntries(await request.formData()));
  const reason = link.answer === "declined" && form.success ? form.data.reason || null : null;
  const result = attempt(() => getDb().transaction((tx) => respondToInvitation(tx, link.invitation.id, link.answer, reason, clock.now())));
  if (!result.ok) return data({ state: "closed" as const, reason: result.violation.key }, { status: 410 });
  return { state: "done" as const, status: result.value.status };
}

export default function RsvpLink() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const shown = actionData ?? loaderData;
  return (
    <section className="narrow stack" aria-labelledby="rsvp-title">
      {shown.state === "invalid" ? (
        <>
          <Heading level={1} data-size="lg" id="rsvp-title">
            {t("rsvp.page.invalidTitle")}
          </Heading>
          <Paragraph>{t("rsvp.page.invalidText")}</Paragraph>
        </>
      ) : (
        <>
          <Heading level={1} data-size="lg" id="rsvp-title">
            {shown.state === "done"
              ? t("rsvp.page.doneTitle")
              : shown.state === "closed"
                ? t("rsvp.page.closedTitle")
                : t("rsvp.page.title")}
          </Heading>
          {"gathering" in loaderData && (
            <Paragraph>
              <strong>{loaderData.gathering.title}</strong>
              <br />
              <GatheringWhen startsAt={loaderData.gathering.startsAt} endsAt={loaderData.gathering.endsAt} />
              <br />
              <GatheringPlace {...loaderData.gathering} />
            </Paragraph>
          )}
          {shown.state === "closed" && shown.reason && <Alert data-color="warning">{translateError(t, shown.reason)}</Alert>}
          {shown.state === "done" && (
            <Alert data-color="success" role="status">
              {t(`rsvp.done.${shown.status as "accepted" | "waitlisted" | "declined"}`)}
            </Alert>
          )}
          {shown.state === "open" && "answer" in loaderData && <RsvpAnswerForm idPrefix="rsvp" hidden={{}} only={loaderData.answer} />}
          <Paragraph data-size="sm" className="muted">
            {t("rsvp.page.signInHint")}
          </Paragraph>
        </>
      )}
    </section>
  );
}
