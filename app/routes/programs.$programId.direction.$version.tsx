import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link as RemixLink, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { GoalsPanel, SectionBody, VersionStatusTag } from "../components/direction";
import { FormErrors, TextField } from "../components/form";
import { useIntentForm } from "../components/intent-form";
import { Section } from "../components/page-parts";
import { consultationOpen } from "../domain/direction";
import type { MessageKey } from "../i18n/catalog";
import { formatDate, formatDateTime, formatDay, osloDay } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { isInvitee } from "../server/consultation-access.server";
import { requireDirectionAccess, requireVersion } from "../server/direction-access.server";
import { decideVersion } from "../server/direction-commands.server";
import { decisionBlockFor, earliestDecisionDay, goalsWithFocusAreas, renderSections } from "../server/direction-queries.server";
import { redirectWithFlash } from "../server/flash.server";
import { attempt, rejectForm } from "../server/forms.server";
import { clock } from "../server/clock.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "direction.title");

const decideSchema = z.object({
  day: z.string({ error: "direction.decideDayInvalid" }).regex(/^\d{4}-\d{2}-\d{2}$/, "direction.decideDayInvalid"),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireDirectionAccess(request, params.programId, "read");
  const version = requireVersion(access, params.version);
  const now = clock.now();
  const open = consultationOpen(version.state, now);
  return {
    programId: access.programId,
    canEdit: access.canEdit,
    isCoordinator: access.isCoordinator,
    version: {
      number: version.number,
      status: version.status,
      open,
      documentTitle: version.documentTitle,
      createdAt: version.createdAt,
      decidedAt: version.decidedAt,
      decidedBy: version.decidedBy,
      consultationId: version.consultationId,
      deadline: version.deadline,
    },
    sections: renderSections(version.sections),
    goals: goalsWithFocusAreas(access.programId),
    decision:
      access.canEdit && version.status !== "decided"
        ? { blockedBy: decisionBlockFor(version, now), earliest: earliestDecisionDay(version), today: osloDay(now) }
        : null,
    invitedToComment: open && !!version.consultationId && isInvitee(version.consultationId, access.user.id),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireDirectionAccess(request, params.programId, "edit");
  const version = requireVersion(access, params.version);
  const submission = parseWithZod(await request.formData(), { schema: decideSchema });
  if (submission.status !== "success") return rejectForm("decide", submission);
  const outcome = attempt(() => decideVersion(access.programId, version.number, submission.value.day, access.user));
  if (!outcome.ok) return rejectForm("decide", submission, outcome.violation);
  return redirectWithFlash(`/programs/${access.programId}/direction/${version.number}`, { key: "direction.decidedNotice" });
}

export default function DirectionVersion() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const { version } = data;
  const base = `/programs/${data.programId}/direction`;
  return (
    <div className="direction-layout">
      <article className="stack" aria-labelledby="version-title">
        <div>
          <Heading level={2} data-size="md" id="version-title">
            {t("direction.versionTitle", { title: version.documentTitle, n: version.number })}
          </Heading>
          <VersionStatusTag status={version.status} open={version.open} />
        </div>
        <Paragraph data-size="sm" className="muted">
          {version.decidedAt
            ? t("direction.decidedOnBy", { date: formatDate(version.decidedAt, locale), name: version.decidedBy ?? "–" })
            : t("direction.createdOn", { date: formatDate(version.createdAt, locale) })}
          {version.deadline && (
            <>
              {" · "}
              {t("direction.deadlineAt", { date: formatDateTime(version.deadline, locale) })}
            </>
          )}
        </Paragraph>
        <ul className="action-links">
          {data.invitedToComment && (
            <li>
              <Link asChild>
                <RemixLink to={`/consultations/${version.consultationId}`}>{t("direction.goComment")}</RemixLink>
              </Link>
            </li>
          )}
          {data.canEdit && version.status === "draft" && (
            <li>
              <Link asChild>
                <RemixLink to={`${base}/${version.number}/edit`}>{t("direction.edit")}</RemixLink>
              </Link>
            </li>
          )}
          {(version.consultationId || (data.isCoordinator && version.status === "draft")) && (
            <li>
              <Link asChild>
                <RemixLink to={`${base}/${version.number}/consultation`}>
                  {version.consultationId ? t("direction.viewConsultation") : t("direction.openConsultation")}
                </RemixLink>
              </Link>
            </li>
          )}
          {version.number > 1 && (
            <li>
              <Link asChild>
                <RemixLink to={`${base}/compare?from=${version.number - 1}&to=${version.number}`}>
                  {t("direction.compareWithPrevious", { n: version.number - 1 })}
                </RemixLink>
              </Link>
            </li>
          )}
          <li>
            <Link asChild>
              <RemixLink to={base}>{t("direction.allVersions")}</RemixLink>
            </Link>
          </li>
        </ul>
        {data.sections.map((section) => (
          <section key={section.id} aria-labelledby={`section-${section.id}`} className="direction-section">
            <Heading level={3} data-size="sm" id={`section-${section.id}`}>
              {section.title}
            </Heading>
            <SectionBody html={section.html} />
          </section>
        ))}
        {data.decision && <Decide {...data.decision} />}
      </article>
      <GoalsPanel goals={data.goals} />
    </div>
  );
}

function Decide({ blockedBy, earliest, today }: { blockedBy: MessageKey | null; earliest: string; today: string }) {
  const t = useT();
  const locale = useLocale();
  const navigation = useNavigation();
  const [form, fields] = useIntentForm("decide", decideSchema, { day: today }, { validate: "onSubmit" });
  const labels = { day: t("direction.decideDay") };
  return (
    <Section id="decide-title" level={3} title={t("direction.decideTitle")}>
      {blockedBy ? (
        <Paragraph>{t(blockedBy)}</Paragraph>
      ) : (
        <Form method="post" {...getFormProps(form)} className="stack narrow">
          <Paragraph>{t("direction.decideIntro")}</Paragraph>
          <FormErrors form={form} labels={labels} />
          <TextField
            meta={fields.day}
            type="date"
            label={labels.day}
            description={t("direction.decideDayHelp", {
              earliest: formatDay(earliest, locale),
              today: formatDay(today, locale),
            })}
          />
          <Button type="submit" disabled={navigation.state === "submitting"}>
            {t("direction.decide")}
          </Button>
        </Form>
      )}
    </Section>
  );
}
