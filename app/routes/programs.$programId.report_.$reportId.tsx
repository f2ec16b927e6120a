import { Alert, Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { data, type ActionFunctionArgs, type AppLoadContext, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useLocation, useNavigation } from "@remix-run/react";
import { useEffect } from "react";
import { z } from "zod";
import { useClientNavigation } from "../components/client-navigation";
import { TextAreaField } from "../components/form";
import { ActionNotice, IntentForm, useIntentForm } from "../components/intent-form";
import { reportDocument, type ReportDocument } from "../components/report-document";
import {
  blockId,
  isLongTable,
  ReportBlocks,
  ReportView,
  subheadingLevel,
  type DrawnSection,
  type SectionText,
} from "../components/report-view";
import { narrativeKeys, narrativeMaxLength } from "../domain/report";
import { translator } from "../i18n/catalog";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { conditionalHeaders, dataRevision, notModifiedIf } from "../server/conditional-get.server";
import { parseForm, readIntent, unknownIntent, unlessRefused } from "../server/forms.server";
import { redirectWithFlash } from "../server/flash.server";
import { forbidden, hasRole, notFound, parseId, requireProgramAccess } from "../server/guards.server";
import { reportModelFor, reportOfProgram, statusInfo } from "../server/report.server";
import { staticMarkup } from "../server/static-markup.server";
import { isUnionParticipant, saveNarrativeSection, saveUnionStatement, submitReport } from "../server/report-workflow.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "report.tab.title");
export const headers = conditionalHeaders;

const text = z.string().max(narrativeMaxLength, "form.tooLong").default("");
/** `?edit=<section>`: the one section whose text editor is open (GOV.UK's "Change" link); the rest is read as it will be sent. */
const editSchema = z.enum(narrativeKeys);
/** One section's text at a time: saving merges it into the draft, so two writers of different sections keep both. */
const sectionSchema = z.object({ section: editSchema, text });
const statementSchema = z.object({ unionStatement: text });

const narrativeFormId = "report-narrative";
/** The open editor's field, as Conform names it (`<form id>-<field name>`): where a section's link lands. */
const narrativeFieldId = `${narrativeFormId}-text`;
/** `?open=<block id>`: the one long table drawn in full (a programme of many gatherings has one row per gathering). */
const openTableSchema = z.string().regex(/^report-section-[a-z]+-\d{1,3}$/);
/** Longer tables are drawn when opened; the print version and the PDF draw them all. */
const longTableRows = 10;
/** The report's title is a level 2 heading here, inside the programme's page. */
const headingLevel = 2;

async function load(request: Request, params: LoaderFunctionArgs["params"]) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator", "union_rep");
  const report = reportOfProgram(parseId(params.reportId), program.id);
  if (!report) throw notFound();
  // Coordinators write the narrative; union representatives taking part write their own statement.
  const writes = {
    narrative: hasRole(user, "coordinator"),
    statement: hasRole(user, "union_rep") && isUnionParticipant(program.id, user.id),
  };
  return { user, program, report, writes };
}

/** The report builder: live figures and the narrative of each section while a draft, the frozen report after. */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  // Read before anything the page shows (an unchecked id only picks a counter; the guard still decides).
  const revision = dataRevision({ programId: Number(params.programId) });
  const { user, program, report, writes } = await load(request, params);
  const cache = notModifiedIf(request, context, user, revision);
  const draft = report.status === "draft";
  const search = new URL(request.url).searchParams;
  const canEdit = draft && writes.narrative;
  const doc = reportDocument(reportModelFor(report), statusInfo(report), user.preferredLanguage);
  const builderPath = `/programs/${program.id}/report/${report.id}`;
  return data(
    {
      builderPath,
      reportId: report.id,
      doc: drawnDocument(context, doc, builderPath, openTableSchema.safeParse(search.get("open")).data ?? null),
      returnComment: report.status === "draft" ? report.returnComment : null,
      canEdit,
      canEditStatement: draft && writes.statement,
      editing: canEdit ? (editSchema.safeParse(search.get("edit")).data ?? null) : null,
    },
    { headers: cache },
  );
}

/**
 * The document with each section's blocks drawn as HTML (staticMarkup) and kept with the document,
 * which is kept per model, language and status (reportDocument): a view of an unchanged draft draws
 * no table or chart, and no view sends their data. (A submitted report's snapshot is read with its
 * row, so its blocks are drawn on each view.) Tables longer than `longTableRows`
 * are a link to the same page with that one (`open`) drawn in full.
 */
function drawnDocument(context: AppLoadContext, doc: ReportDocument, builderPath: string, requested: string | null) {
  const t = translator(doc.lang);
  const sections = doc.sections.map((section): DrawnSection => {
    const { blocks, ...text } = section;
    // Only a long table of this section is a key of its own: any other `open` draws what none does.
    const open = blocks.some((block, i) => blockId(section, i) === requested && isLongTable(block, longTableRows)) ? requested : null;
    const longTables = {
      maxRows: longTableRows,
      open,
      href: (id: string) => `${builderPath}?open=${id}#${id}`,
      label: (caption: string, rows: number) => t("reportOnDemand.showTable", { title: caption, count: rows }),
    };
    const blocksMarkup =
      blocks.length === 0
        ? null
        : staticMarkup(
            context,
            section,
            () => <ReportBlocks section={section} subLevel={subheadingLevel(headingLevel)} longTables={longTables} />,
            open ?? "",
          );
    return { ...text, blocksMarkup };
  });
  return { ...doc, sections };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, program, report, writes } = await load(request, params);
  const posted = await readIntent(request);
  const done = (key: "saved" | "statementSaved" | "submitted", hash = "") =>
    redirectWithFlash(`/programs/${program.id}/report/${report.id}${hash}`, { key: `report.builder.${key}` });
  // The one refusal of a valid form here: the report is no longer a draft (someone submitted it
  // meanwhile). It names no field, and the page drawn for a submitted report has no editor, so it is
  // the page's notice (unlessRefused) for the two forms with a field too.
  switch (posted.intent) {
    case "save": {
      if (!writes.narrative) throw forbidden();
      const parsed = parseForm(posted, sectionSchema);
      if (!parsed.ok) return parsed.reply;
      const { section, text } = parsed.value;
      // Back to the section just written, read as it will be sent.
      return unlessRefused(
        () => saveNarrativeSection(report.id, section, text),
        () => done("saved", `#report-section-${section}`),
      );
    }
    case "statement": {
      if (!writes.statement) throw forbidden();
      const parsed = parseForm(posted, statementSchema);
      if (!parsed.ok) return parsed.reply;
      return unlessRefused(
        () => saveUnionStatement(report.id, parsed.value.unionStatement),
        () => done("statementSaved"),
      );
    }
    case "submit":
      if (!writes.narrative) throw forbidden();
      return unlessRefused(
        () => submitReport(user, report.id),
        () => done("submitted"),
      );
    default:
      throw unknownIntent();
  }
}

export default function ReportBuilder() {
  const { builderPath, reportId, doc, returnComment, canEdit, canEditStatement, editing } = useLoaderData<typeof loader>();
  const busy = useNavigation().state === "submitting";
  const { hash, key } = useLocation();
  const t = useT();
  // Back from a save or a cancel the editor, and the button that had focus, are gone: the place is the section.
  useEffect(() => {
    if (hash.startsWith("#report-section-")) document.getElementById(hash.slice(1))?.focus();
  }, [hash, key]);
  const clientNavigation = useClientNavigation();
  return (
    <div className="stack">
      <div className="row-actions">
        <Link href={`/reports/${reportId}/print`}>{t("report.builder.print")}</Link>
        <Link href={`/reports/${reportId}/pdf`}>{t("report.builder.pdf")}</Link>
      </div>
      {returnComment && (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {t("report.builder.returnedTitle")}
          </Heading>
          <Paragraph>{returnComment}</Paragraph>
        </Alert>
      )}
      <ActionNotice />
      {doc.draft ? (
        <Paragraph>{t(canEdit ? "report.builder.intro" : "report.builder.readOnly")}</Paragraph>
      ) : (
        <Paragraph>{t("report.builder.locked")}</Paragraph>
      )}

      {/* Its links (Write/Change, Cancel, a long table's) navigate in the browser through one listener, not a
          Link each; the print and PDF links above stay outside it, as they load documents of their own. */}
      <div ref={clientNavigation}>
        <ReportView
          doc={doc}
          headingLevel={headingLevel}
          emptyNarrative={doc.draft ? t("report.noText") : undefined}
          renderNarrative={
            canEdit
              ? (section, read) =>
                  section.key === editing ? (
                    <SectionEditor
                      section={section}
                      formAction={`${builderPath}?edit=${section.key}#${narrativeFormId}`}
                      cancel={`${builderPath}#report-section-${section.key}`}
                    />
                  ) : (
                    <>
                      {read}
                      <Paragraph>
                        <Link href={`${builderPath}?edit=${section.key}#${narrativeFieldId}`}>
                          {t(section.narrative ? "report.builder.change" : "report.builder.write", { section: section.title })}
                        </Link>
                      </Paragraph>
                    </>
                  )
              : undefined
          }
          renderStatement={canEditStatement ? (section) => <StatementEditor text={section.statement?.text ?? ""} /> : undefined}
        />
      </div>

      {canEdit && (
        <section aria-labelledby="submit-report" className="stack report-submit">
          <Heading level={2} data-size="sm" id="submit-report">
            {t("report.builder.submitTitle")}
          </Heading>
          <Paragraph>{t("report.builder.submitText")}</Paragraph>
          <Form method="post" action={builderPath}>
            <Button type="submit" name="intent" value="submit" disabled={busy}>
              {t("report.builder.submit")}
            </Button>
          </Form>
        </section>
      )}
    </div>
  );
}

/** The open section's text: the page's only narrative field, so a page being read carries no form state. */
function SectionEditor({ section, formAction, cancel }: { section: SectionText; formAction: string; cancel: string }) {
  const busy = useNavigation().state === "submitting";
  const t = useT();
  const label = t("report.builder.narrative", { section: section.title });
  const [form, fields] = useIntentForm(
    narrativeFormId,
    sectionSchema,
    { section: section.key, text: section.narrative },
    { validate: "onSubmit" },
  );
  // The link's fragment only scrolls to the field (and is all there is without JavaScript): put the
  // writer in it. With JavaScript the link is a client navigation, so this runs once the editor is drawn.
  useEffect(() => document.getElementById(fields.text.id)?.focus(), [fields.text.id]);
  return (
    <IntentForm form={form} intent="save" action={formAction} labels={{ text: label }} className="stack report-edit">
      <input type="hidden" name="section" value={section.key} />
      <TextAreaField meta={fields.text} label={label} rows={8} />
      <div className="row-actions">
        <Button type="submit" disabled={busy}>
          {t("report.builder.save")}
        </Button>
        <Link href={cancel}>{t("form.cancel")}</Link>
      </div>
    </IntentForm>
  );
}

/** A union representative's assessment under section 4, their one field on the page. */
function StatementEditor({ text }: { text: string }) {
  const busy = useNavigation().state === "submitting";
  const t = useT();
  const label = t("report.union.statement");
  const [form, fields] = useIntentForm("report-statement", statementSchema, { unionStatement: text }, { validate: "onSubmit" });
  return (
    <IntentForm form={form} intent="statement" labels={{ unionStatement: label }} className="stack report-edit">
      <TextAreaField meta={fields.unionStatement} label={label} rows={5} />
      <Button type="submit" variant="secondary" disabled={busy}>
        {t("report.builder.saveStatement")}
      </Button>
    </IntentForm>
  );
}
