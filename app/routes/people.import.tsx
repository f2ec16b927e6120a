import { RuleViolation } from "../domain/rule-violation";
import { Alert, Button, Heading, Paragraph, Select, Table, Tag } from "@digdir/designsystemet-react";
import {
  data,
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { SelectField } from "../components/choice-fields";
import { FieldFrame, TextField } from "../components/form";
import { IntentForm, useIntentForm, type FormReply } from "../components/intent-form";
import { noChoices, type ImportChoices, type Issue, type PlannedRow, type Resolution, type Unmatched } from "../domain/roster-import";
import type { MessageKey } from "../i18n/catalog";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { redirectWithFlash, type FlashMessage } from "../server/flash.server";
import { parseForm, unknownIntent } from "../server/forms.server";
import { orgLevels, orgUnits } from "../server/organisation.server";
import { requireOrgScope } from "../server/org-scope.server";
import { invitePeople } from "../server/identity.server";
import { commitImport, importPrograms, previewImport, readRosterUpload } from "../server/roster-import.server";
import { choiceId } from "../components/schemas";
import { DataTable, Section } from "../components/page-parts";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "import.title");

const maxUploadBytes = 5 * 1024 * 1024;
/** Rows without problems shown in the preview; every row with a problem is always shown. */
const sampleRows = 100;

export async function loader({ request }: LoaderFunctionArgs) {
  const scope = await requireOrgScope(request, "coordinator", "admin");
  const programs = importPrograms(scope.organisationId);
  const active = programs.filter((p) => p.status === "active");
  return {
    programs,
    // With one running programme, that is the one the cohort column means.
    defaultProgramId: active.length === 1 ? active[0]!.id : null,
    units: orgUnits(scope.organisationId).map((u) => u.name),
    levels: orgLevels(scope.organisationId).map((l) => l.name),
  };
}

const programId = choiceId.optional();
const uploadSchema = z.object({
  programId,
  file: z.custom<File>((v) => v instanceof Blob && v.size > 0, "import.fileRequired"),
});
/** A choice for one unknown unit or level: "create", or the id of an existing one to map it to. */
const choiceList = z
  .array(
    z.object({
      name: z.string().min(1).max(200),
      choice: z
        .string()
        .regex(/^(create|[1-9][0-9]{0,9})$/)
        .optional(),
    }),
  )
  .max(1000)
  .default([]);
const commitSchema = z.object({
  programId,
  text: z
    .string()
    .min(1)
    .max(maxUploadBytes * 2),
  fileName: z.string().max(300).default(""),
  sheet: z.string().max(300).optional(),
  units: choiceList,
  levels: choiceList,
  defaultLevelId: choiceId.optional(),
  inviteNew: z.literal("on").optional(),
});

const toResolutions = (list: z.output<typeof choiceList>) =>
  new Map(
    list.flatMap((c): [string, Resolution][] =>
      c.choice ? [[c.name.toLowerCase(), c.choice === "create" ? "create" : { mapTo: Number(c.choice) }]] : [],
    ),
  );

/**
 * Two steps, both plain form posts: the upload (multipart) answers with a preview and writes
 * nothing; the preview's button posts the decoded text back with intent=commit, which plans again
 * and writes all rows in one transaction, or none.
 */
export async function action({ request }: ActionFunctionArgs) {
  const scope = await requireOrgScope(request, "coordinator", "admin");
  const multipart = request.headers.get("Content-Type")?.startsWith("multipart/form-data");
  if (multipart) {
    let formData: FormData;
    try {
      formData = await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: maxUploadBytes }));
    } catch (error) {
      // Too large, or a body no browser sends (a malformed part): either way a message at the file field.
      const message = error instanceof MaxPartSizeExceededError ? "import.fileTooLarge" : "import.uploadMalformed";
      return data<FormReply>({ formId: "upload", result: { status: "error", error: { file: [message] } } }, { status: 400 });
    }
    const parsed = parseForm({ formData, formId: "upload" }, uploadSchema);
    if (!parsed.ok) return parsed.reply;
    const { file } = parsed.value;
    const read = await readRosterUpload(new Uint8Array(await file.arrayBuffer()), file.name);
    if (!read.ok) return parsed.refuse(new RuleViolation(read.problem, 400, "file"));
    const source = read.format === "csv" ? { encoding: read.encoding } : { sheet: read.sheet };
    return preview(scope.organisationId, parsed.value.programId ?? null, read.text, file.name, source, noChoices, 200);
  }
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent !== "commit" && intent !== "review") throw unknownIntent();
  const parsed = parseForm({ formData, formId: "commit" }, commitSchema);
  if (!parsed.ok) return parsed.reply;
  const { text, fileName, sheet } = parsed.value;
  const program = parsed.value.programId ?? null;
  const choices: ImportChoices = {
    units: toResolutions(parsed.value.units),
    levels: toResolutions(parsed.value.levels),
    defaultLevelId: parsed.value.defaultLevelId ?? null,
  };
  const source = sheet ? { sheet } : {};
  if (intent === "review") return preview(scope.organisationId, program, text, fileName, source, choices, 200);
  const outcome = commitImport(scope.organisationId, program, text, scope.user.id, choices);
  if (!outcome.ok) return preview(scope.organisationId, program, text, fileName, source, choices, 400);
  const message: FlashMessage = parsed.value.inviteNew
    ? {
        key: "flash.import.doneInvited",
        values: { ...outcome.result, count: invitePeople(scope.organisationId, outcome.createdPersonIds, scope.user.id) },
      }
    : { key: "import.done", values: outcome.result };
  return redirectWithFlash(`/people/import${scope.query}`, message);
}

function preview(
  organisationId: number,
  program: number | null,
  text: string,
  fileName: string,
  source: { encoding?: string; sheet?: string },
  choices: ImportChoices,
  status: number,
) {
  const { parsed, plan, context, unmatched } = previewImport(organisationId, program, text, choices);
  const problems = plan.rows.filter((r) => r.action === "invalid");
  const missingLevels = problems.some((r) => r.issues.some((i) => i.code === "everyday.import.missingLevel"));
  return data(
    {
      preview: {
        text,
        fileName,
        encoding: source.encoding ?? null,
        sheet: source.sheet ?? null,
        programId: program,
        unmatched,
        unitOptions: context.units,
        levelOptions: context.levels,
        defaultLevelId: choices.defaultLevelId,
        // Offered while a new leader lacks a level, and kept once chosen.
        offerDefaultLevel: missingLevels || choices.defaultLevelId !== null,
        delimiter: parsed.delimiter,
        columns: parsed.columns,
        fileProblems: parsed.fileProblems,
        counts: plan.counts,
        ok: plan.ok && parsed.fileProblems.length === 0,
        problems,
        sample: plan.rows.filter((r) => r.action !== "invalid").slice(0, sampleRows),
      },
    },
    { status },
  );
}

type Preview = { preview: ReturnType<typeof preview>["data"]["preview"] };

function IssueList({ issues }: { issues: Issue[] }) {
  const t = useT();
  return (
    <ul>
      {issues.map((issue, i) => (
        <li key={i}>{t(issue.code, issue.vars)}</li>
      ))}
    </ul>
  );
}

function RowsTable({ rows, caption, withIssues }: { rows: PlannedRow[]; caption: string; withIssues: boolean }) {
  const t = useT();
  return (
    <DataTable
      columns={[
        { label: t("import.line"), numeric: true },
        t("people.name"),
        t("people.email"),
        t("people.unit"),
        t("people.level"),
        t("people.cohort"),
        t("people.roles"),
        withIssues ? t("import.problems") : t("import.action"),
      ]}
      caption={caption}
      size="sm"
    >
      {rows.map((r) => (
        <Table.Row key={r.line}>
          <Table.Cell className="amount">{r.line}</Table.Cell>
          <Table.Cell>{r.name}</Table.Cell>
          <Table.Cell>{r.email}</Table.Cell>
          <Table.Cell>{r.unit}</Table.Cell>
          <Table.Cell>{r.level}</Table.Cell>
          <Table.Cell>{r.cohort}</Table.Cell>
          <Table.Cell>{r.roles}</Table.Cell>
          <Table.Cell>
            {withIssues ? (
              <IssueList issues={r.issues} />
            ) : (
              <Tag data-color={r.action === "create" ? "success" : "info"}>{t(`import.action.${r.action}` as MessageKey)}</Tag>
            )}
          </Table.Cell>
        </Table.Row>
      ))}
    </DataTable>
  );
}

const choiceValue = (choice: Resolution | null) => (choice === null ? "" : choice === "create" ? "create" : String(choice.mapTo));

/** One select per unknown name: leave it, create it, or map it to an existing one. */
function UnmatchedChoices({
  field,
  list,
  options,
  title,
}: {
  field: "units" | "levels";
  list: Unmatched[];
  options: readonly { id: number; name: string }[];
  title: string;
}) {
  const t = useT();
  if (list.length === 0) return null;
  return (
    <fieldset className="stack">
      <legend>{title}</legend>
      {list.map((u, i) => (
        <FieldFrame
          key={u.name}
          id={`${field}-${i}`}
          descriptionId={`${field}-${i}-description`}
          errorId={`${field}-${i}-error`}
          errors={undefined}
          label={t("everyday.import.valueLabel", { name: u.name, rows: u.rows })}
        >
          <input type="hidden" name={`${field}[${i}].name`} value={u.name} />
          <Select id={`${field}-${i}`} name={`${field}[${i}].choice`} defaultValue={choiceValue(u.choice)}>
            <option value="">{t("everyday.import.leaveUnknown")}</option>
            <option value="create">{t("everyday.import.create", { name: u.name })}</option>
            <optgroup label={t("everyday.import.mapGroup")}>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </optgroup>
          </Select>
        </FieldFrame>
      ))}
    </fieldset>
  );
}

function FixChoices({ preview }: Preview) {
  const t = useT();
  // Stand-in ids (below zero) of names to be created are not existing options.
  const existing = (list: readonly { id: number; name: string }[]) => list.filter((o) => o.id > 0);
  return (
    <div className="stack">
      <Heading level={3} data-size="xs">
        {t("everyday.import.fixTitle")}
      </Heading>
      <Paragraph>{t("everyday.import.fixIntro")}</Paragraph>
      <UnmatchedChoices
        field="units"
        list={preview.unmatched.units}
        options={existing(preview.unitOptions)}
        title={t("everyday.import.unitsTitle")}
      />
      <UnmatchedChoices
        field="levels"
        list={preview.unmatched.levels}
        options={existing(preview.levelOptions)}
        title={t("everyday.import.levelsTitle")}
      />
      {preview.offerDefaultLevel && (
        <FieldFrame
          id="default-level"
          label={t("everyday.import.defaultLevel")}
          description={t("everyday.import.defaultLevelHelp")}
          descriptionId="default-level-help"
          errorId="default-level-error"
          errors={undefined}
        >
          <Select
            id="default-level"
            name="defaultLevelId"
            aria-describedby="default-level-help"
            defaultValue={preview.defaultLevelId ?? ""}
          >
            <option value="">{t("everyday.import.noDefaultLevel")}</option>
            {existing(preview.levelOptions).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Select>
        </FieldFrame>
      )}
    </div>
  );
}

function PreviewSection({ preview }: Preview) {
  const t = useT();
  const navigation = useNavigation();
  const { counts } = preview;
  const fixable = preview.unmatched.units.length > 0 || preview.unmatched.levels.length > 0 || preview.offerDefaultLevel;
  return (
    <Section id="preview-title" title={t("import.preview", { file: preview.fileName })}>
      <Paragraph className="muted">
        {preview.sheet !== null ? (
          t("everyday.import.workbook", { sheet: preview.sheet })
        ) : (
          <>
            {preview.encoding && t("import.encoding", { encoding: preview.encoding })}{" "}
            {t("import.delimiter", {
              delimiter:
                preview.delimiter === ";" ? t("import.semicolon") : preview.delimiter === "," ? t("import.comma") : t("import.tab"),
            })}
          </>
        )}
      </Paragraph>
      {preview.columns.length > 0 && (
        <Paragraph>
          {t("import.columns")}{" "}
          {preview.columns.map((c, i) => (
            <Tag key={i} data-color={c.field ? "info" : "neutral"}>
              {c.header || "–"} → {c.field ? t(`import.field.${c.field}`) : t("import.ignored")}
            </Tag>
          ))}
        </Paragraph>
      )}
      {preview.fileProblems.map((p) => (
        <Alert key={p.code} data-color="danger" role="alert">
          {t(p.code, p.vars)}
        </Alert>
      ))}
      {preview.fileProblems.length === 0 && (
        <ul>
          <li>{t("import.countCreate", { count: counts.create })}</li>
          <li>{t("import.countUpdate", { count: counts.update })}</li>
          <li>{t("import.countUnchanged", { count: counts.unchanged })}</li>
          <li>{t("import.countInvalid", { count: counts.invalid })}</li>
        </ul>
      )}
      {preview.problems.length > 0 && (
        <>
          <Alert data-color="danger" role="alert">
            {t("import.fixFirst", { count: preview.problems.length })}
          </Alert>
          <RowsTable rows={preview.problems} caption={t("import.problemRows")} withIssues />
        </>
      )}
      {preview.fileProblems.length === 0 && (
        <Form method="post" className="stack">
          <input type="hidden" name="formId" value="commit" />
          <input type="hidden" name="text" value={preview.text} />
          <input type="hidden" name="fileName" value={preview.fileName} />
          {preview.sheet !== null && <input type="hidden" name="sheet" value={preview.sheet} />}
          {preview.programId && <input type="hidden" name="programId" value={preview.programId} />}
          {fixable && <FixChoices preview={preview} />}
          {preview.ok && <Alert data-color="info">{t("import.readyToCommit")}</Alert>}
          {preview.ok && counts.create > 0 && (
            <div className="checkbox-row">
              <input type="checkbox" id="invite-new" name="inviteNew" className="ds-input" />
              <label htmlFor="invite-new">{t("identity.import.inviteNew", { count: counts.create })}</label>
            </div>
          )}
          <div className="actions">
            {fixable && (
              <Button
                type="submit"
                name="intent"
                value="review"
                variant={preview.ok ? "secondary" : "primary"}
                disabled={navigation.state === "submitting"}
              >
                {t("everyday.import.review")}
              </Button>
            )}
            {preview.ok && (
              <Button type="submit" name="intent" value="commit" disabled={navigation.state === "submitting"}>
                {t("import.commit", { count: counts.create + counts.update })}
              </Button>
            )}
          </div>
        </Form>
      )}
      {preview.sample.length > 0 && (
        <RowsTable
          rows={preview.sample}
          caption={
            preview.sample.length < counts.create + counts.update + counts.unchanged
              ? t("import.sampleOf", { count: preview.sample.length })
              : t("import.validRows")
          }
          withIssues={false}
        />
      )}
    </Section>
  );
}

export default function RosterImport() {
  const { programs, units, levels, defaultProgramId } = useLoaderData<typeof loader>();
  const reply = useActionData<Preview | FormReply>();
  const t = useT();
  const navigation = useNavigation();
  const [form, fields] = useIntentForm("upload", uploadSchema, defaultProgramId ? { programId: String(defaultProgramId) } : null);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("import.title")}
      </Heading>
      <Paragraph>{t("everyday.import.intro")}</Paragraph>
      <ul>
        <li>{t("import.helpColumns")}</li>
        <li>{t("import.helpFormat")}</li>
        <li>{t("import.helpValues", { units: units.join(", ") || "–", levels: levels.join(", ") || "–" })}</li>
        <li>{t("import.helpUpdate")}</li>
      </ul>
      <IntentForm
        form={form}
        intent="preview"
        encType="multipart/form-data"
        className="stack narrow"
        labels={{ file: t("import.file"), programId: t("import.program") }}
      >
        <TextField
          type="file"
          meta={fields.file}
          label={t("import.file")}
          description={t("everyday.import.fileHelp")}
          accept=".xlsx,.csv,.txt,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        />
        <SelectField
          meta={fields.programId}
          label={t("import.program")}
          description={t("import.programHelp")}
          placeholder={t("import.noProgram")}
          options={programs.map((p) => ({ value: String(p.id), label: p.title }))}
        />
        <div>
          <Button type="submit" disabled={navigation.state === "submitting"}>
            {t("import.upload")}
          </Button>
        </div>
      </IntentForm>
      {reply && "preview" in reply && <PreviewSection preview={reply.preview} />}
    </div>
  );
}
