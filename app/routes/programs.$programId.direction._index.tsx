import { getFormProps } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Alert, Button, Heading, Link, Paragraph, Table } from "@digdir/designsystemet-react";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link as RemixLink, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { FormErrors, TextField, translateError } from "../components/form";
import { useIntentForm } from "../components/intent-form";
import { GoalsPanel, ScrollTable, VersionStatusTag } from "../components/direction";
import { consultationOpen, defaultSectionKeys, limits, newVersionBlock } from "../domain/direction";
import { translator, uiLocaleOf, type MessageKey } from "../i18n/catalog";
import { formatDate, formatDateTime } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { requireDirectionAccess } from "../server/direction-access.server";
import { createDocument, startNewVersion } from "../server/direction-commands.server";
import { directionOverview, goalsWithFocusAreas } from "../server/direction-queries.server";
import { attempt, rejectForm } from "../server/forms.server";
import { openConsultationsFor } from "../server/home.server";
import { clock } from "../server/clock.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "direction.title");

const createSchema = z.object({
  title: z
    .string({ error: "direction.documentTitleRequired" })
    .trim()
    .min(1, "direction.documentTitleRequired")
    .max(limits.titleLength, "form.tooLong"),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireDirectionAccess(request, params.programId, "read");
  const now = clock.now();
  const overview = directionOverview(access.programId, access.canEdit);
  const latest = overview.versions[0];
  const newVersionBlockedBy = overview.document
    ? newVersionBlock(latest && { number: latest.number, status: latest.status, deadline: latest.deadline }, now)
    : null;
  return {
    programId: access.programId,
    canEdit: access.canEdit,
    document: overview.document && { title: overview.document.title },
    versions: overview.versions.map((v) => ({
      ...v,
      open: consultationOpen({ number: v.number, status: v.status, deadline: v.deadline }, now),
    })),
    unanswered: overview.unanswered ?? 0,
    newVersionBlockedBy,
    goals: goalsWithFocusAreas(access.programId),
    myConsultations: openConsultationsFor(access.user.id, now).filter((c) => c.programId === access.programId),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireDirectionAccess(request, params.programId, "edit");
  const formData = await request.formData();
  if (formData.get("intent") === "new-version") {
    const submission = parseWithZod(formData, { schema: z.object({ intent: z.literal("new-version") }) });
    const outcome = attempt(() => startNewVersion(access.programId, access.user));
    if (!outcome.ok) return rejectForm("new-version", submission, outcome.violation);
    return redirect(`/programs/${access.programId}/direction/${outcome.value}/edit`);
  }
  const submission = parseWithZod(formData, { schema: createSchema });
  if (submission.status !== "success") return rejectForm("create", submission);
  const t = translator(uiLocaleOf(access.user.preferredLanguage));
  const titles = Object.fromEntries(defaultSectionKeys.map((key) => [key, t(`direction.section.${key}`)])) as Record<
    (typeof defaultSectionKeys)[number],
    string
  >;
  const outcome = attempt(() => createDocument(access.programId, submission.value.title, titles, access.user));
  if (!outcome.ok) return rejectForm("create", submission, outcome.violation);
  return redirect(`/programs/${access.programId}/direction/${outcome.value}/edit`);
}

export default function DirectionOverview() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const base = `/programs/${data.programId}/direction`;
  return (
    <div className="direction-layout">
      <div className="stack">
        <Heading level={2} data-size="md">
          {data.document?.title ?? t("direction.title")}
        </Heading>
        {data.myConsultations.map((c) => (
          <Alert key={c.id} data-color="info">
            <Paragraph>
              {t("direction.invitedToComment", { version: c.versionNumber, deadline: formatDateTime(c.deadline, locale) })}{" "}
              <Link asChild>
                <RemixLink to={`/consultations/${c.id}`}>{t("direction.goComment")}</RemixLink>
              </Link>
            </Paragraph>
          </Alert>
        ))}
        {!data.document ? (
          data.canEdit ? (
            <CreateDocument />
          ) : (
            <Paragraph>{t("direction.noDocument")}</Paragraph>
          )
        ) : (
          <>
            <ScrollTable label={t("direction.versions")}>
              <Table>
                <caption className="ds-sr-only">{t("direction.versions")}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t("direction.version")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("direction.status")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("direction.consultation")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("direction.decision")}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {data.versions.map((v) => (
                    <Table.Row key={v.id}>
                      <Table.Cell>
                        <Link asChild>
                          <RemixLink to={`${base}/${v.number}`}>{t("direction.versionN", { n: v.number })}</RemixLink>
                        </Link>
                      </Table.Cell>
                      <Table.Cell>
                        <VersionStatusTag status={v.status} open={v.open} />
                      </Table.Cell>
                      <Table.Cell>
                        {v.consultationId && v.deadline ? (
                          <>
                            <Link asChild>
                              <RemixLink to={`${base}/${v.number}/consultation`}>
                                {t("direction.deadlineAt", { date: formatDateTime(v.deadline, locale) })}
                              </RemixLink>
                            </Link>
                            <br />
                            {t("direction.commentCount", { count: v.submittedComments })}
                          </>
                        ) : (
                          "–"
                        )}
                      </Table.Cell>
                      <Table.Cell>
                        {v.decidedAt
                          ? t("direction.decidedOnBy", { date: formatDate(v.decidedAt, locale), name: v.decidedBy ?? "–" })
                          : "–"}
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </ScrollTable>
            {data.versions.length > 1 && (
              <Paragraph>
                <Link asChild>
                  <RemixLink to={`${base}/compare`}>{t("direction.compareVersions")}</RemixLink>
                </Link>
              </Paragraph>
            )}
            {data.canEdit && data.unanswered > 0 && <Paragraph>{t("direction.unansweredNote", { count: data.unanswered })}</Paragraph>}
            {data.canEdit && <NewVersion blockedBy={data.newVersionBlockedBy} />}
          </>
        )}
      </div>
      <GoalsPanel goals={data.goals} />
    </div>
  );
}

function CreateDocument() {
  const t = useT();
  const navigation = useNavigation();
  const [form, fields] = useIntentForm("create", createSchema, { title: t("direction.defaultDocumentTitle") }, { validate: "onSubmit" });
  const labels = { title: t("direction.documentTitle") };
  return (
    <Form method="post" {...getFormProps(form)} className="stack narrow">
      <Paragraph>{t("direction.createIntro")}</Paragraph>
      <FormErrors form={form} labels={labels} />
      <TextField meta={fields.title} label={labels.title} />
      <Button type="submit" disabled={navigation.state === "submitting"}>
        {t("direction.create")}
      </Button>
    </Form>
  );
}

function NewVersion({ blockedBy }: { blockedBy: MessageKey | null }) {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const error = actionData?.formId === "new-version" ? actionData.result.error?.[""]?.[0] : undefined;
  return (
    <Form method="post" className="stack">
      {blockedBy ? <Paragraph className="muted">{t(blockedBy)}</Paragraph> : <Paragraph>{t("direction.newVersionIntro")}</Paragraph>}
      {error && (
        <Alert data-color="danger" role="alert">
          {translateError(t, error)}
        </Alert>
      )}
      <Button type="submit" name="intent" value="new-version" variant="secondary" disabled={!!blockedBy}>
        {t("direction.newVersion")}
      </Button>
    </Form>
  );
}
