import { Alert, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { AgendaSection, GatheringBasics } from "../components/gathering-facts";
import { MaterialList } from "../components/materials";
import { Section } from "../components/page-parts";
import { RsvpAnswerForm, RsvpRefusal } from "../components/rsvp-answer";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { clock } from "../server/clock.server";
import { getDb } from "../server/db.server";
import { redirectWithFlash } from "../server/flash.server";
import { parseForm, readIntent } from "../server/forms.server";
import { notFound } from "../server/guards.server";
import { participantGathering, requireParticipantGathering } from "../server/participant-pages.server";
import { respondToInvitation } from "../server/rsvp.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, "participantPages.gathering.title", undefined, { subject: data?.gathering.title, programme: data?.program.title });

/** The gathering as an invitee sees it; its facilitators and the coordinators see the same page. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireParticipantGathering(request, params.gatheringId);
  return participantGathering(access);
}

const rsvpSchema = z.object({
  answer: z.enum(["accepted", "declined"]),
  reason: z.string().trim().max(500).optional(),
});

/** The invitee's answer, with the same rules as the e-mail links (waitlist, never after the start). */
export async function action({ request, params }: ActionFunctionArgs) {
  const { invitation, gathering } = await requireParticipantGathering(request, params.gatheringId);
  // Only an invitee answers; a facilitator or coordinator without an invitation has nothing to answer.
  if (!invitation) throw notFound();
  const form = parseForm(await readIntent(request), rsvpSchema);
  if (!form.ok) return form.reply;
  return form.run(
    ({ answer, reason }) => getDb().transaction((tx) => respondToInvitation(tx, invitation.id, answer, reason || null, clock.now())),
    ({ status }) =>
      redirectWithFlash(`/my/gatherings/${gathering.id}`, { key: `rsvp.done.${status as "accepted" | "waitlisted" | "declined"}` }),
  );
}

export default function ParticipantGathering() {
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const g = d.gathering;
  const inv = d.invitation;
  return (
    <article className="stack" aria-labelledby="gathering-title">
      <Paragraph>
        <Link href={`/my/programs/${d.program.id}`}>← {d.program.title}</Link>
      </Paragraph>
      <div>
        <Heading level={1} data-size="lg" id="gathering-title">
          {g.title}
        </Heading>
        <Tag>{t(`gathering.status.${g.status}`)}</Tag>
      </div>
      <RsvpRefusal reply={actionData} />
      {g.status === "cancelled" && <Alert data-color="warning">{t("gatherings.cancelledBanner", { reason: g.cancelReason ?? "" })}</Alert>}

      <Section id="pg-details" title={t("participantPages.gathering.details")}>
        <dl className="facts">
          <GatheringBasics
            gathering={g}
            labels={{
              when: t("participantPages.gathering.when"),
              where: t("participantPages.gathering.where"),
              theme: t("participantPages.gathering.theme"),
            }}
          />
          {d.facilitators.length > 0 && (
            <>
              <dt>{t("participantPages.gathering.facilitators")}</dt>
              <dd>{d.facilitators.join(", ")}</dd>
            </>
          )}
        </dl>
      </Section>

      <Section id="pg-answer" title={t("participantPages.gathering.myAnswer")}>
        {inv ? (
          <>
            <Paragraph>
              <Tag>{t("my.answer", { status: t(`rsvp.status.${inv.rsvp}`) })}</Tag>
              {inv.waitlistPosition && <> {t("rsvp.waitlistPosition", { n: inv.waitlistPosition })}</>}
            </Paragraph>
            {inv.closed ? (
              g.status !== "cancelled" && <Paragraph>{t(inv.closed)}</Paragraph>
            ) : (
              <RsvpAnswerForm idPrefix={`pg-${g.id}`} hidden={{}} current={inv.rsvp} />
            )}
          </>
        ) : (
          <Paragraph>{t("participantPages.gathering.notInvited")}</Paragraph>
        )}
      </Section>

      <AgendaSection
        id="pg-agenda"
        title={t("participantPages.gathering.agenda")}
        emptyText={t("participantPages.gathering.noAgenda")}
        gathering={g}
        agenda={d.agenda}
      />

      <MaterialList materials={d.materials} />
      {d.canManageMaterials && (
        <Paragraph>
          <Link href={`/gatherings/${g.id}/materials`}>{t("participantPages.materials.manage")}</Link>
        </Paragraph>
      )}

      {inv && d.ended && (
        <Section id="pg-after" title={t("participantPages.gathering.afterwards")}>
          <Paragraph>
            {inv.attendance
              ? t("my.attendance", { status: t(`attendance.status.${inv.attendance}`) })
              : t("participantPages.gathering.noAttendance")}
          </Paragraph>
          <ul>
            {d.canReflect && (
              <li>
                <Link href={`/my/reflections/new?gatheringId=${g.id}`}>{t("participantPages.gathering.reflect")}</Link>
              </li>
            )}
            {d.feedbackDue && (
              <li>
                <Link href={`/gatherings/${g.id}/feedback`}>{t("participantPages.gathering.feedback")}</Link>
              </li>
            )}
          </ul>
        </Section>
      )}
    </article>
  );
}
