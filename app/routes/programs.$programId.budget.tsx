import { Alert, Button, Card, Heading, Link, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link as RemixLink, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { budgetCategories } from "../../db/schema";
import { SelectField } from "../components/choice-fields";
import { TextField } from "../components/form";
import { ActionNotice, IntentForm, RemoveButton, useIntentForm } from "../components/intent-form";
import { byCategory } from "../domain/budget";
import { formatNok, formatNokInput, nokField } from "../domain/money";
import { formatDay } from "../i18n/dates";
import { pageTitle } from "../i18n/meta";
import { useLocale, useT } from "../i18n/react";
import { addExpense, deleteExpense, deleteLine, loadBudget, saveGrant, saveLine } from "../server/budget.server";
import { backTo, parseForm, postedId, readIntent, unknownIntent, unlessRefused } from "../server/forms.server";
import { requireProgramAccess } from "../server/guards.server";
import { choiceId, day, optionalText, requiredText } from "../components/schemas";
import { DataTable, EditLink, Section } from "../components/page-parts";
import { osloToday } from "../server/clock.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "tabs.budget");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { program } = await requireProgramAccess(request, params.programId, "coordinator");
  const budget = loadBudget(program.id);
  const editing = Number(new URL(request.url).searchParams.get("line"));
  return {
    ...budget,
    categories: byCategory(budget.summary.lines),
    editing: budget.summary.lines.find((l) => l.id === editing) ?? null,
    today: osloToday(),
  };
}

const grantSchema = z.object({
  fund: requiredText("budget.fundRequired"),
  category: requiredText("budget.categoryRequired"),
  amountApplied: nokField("budget.amountRequired"),
  amountAwarded: nokField("budget.amountRequired"),
});
const lineSchema = z.object({
  lineId: choiceId.optional(),
  category: z.enum(budgetCategories, "budget.categoryRequired"),
  description: optionalText(300),
  amount: nokField("budget.amountRequired"),
});
const expenseSchema = z.object({
  budgetLineId: z.number("budget.lineRequired").int().positive(),
  spentOn: day,
  description: requiredText("budget.descriptionRequired", 300),
  amount: nokField("budget.amountRequired").refine((ore) => ore > 0, "budget.amountPositive"),
});

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, program } = await requireProgramAccess(request, params.programId, "coordinator");
  const posted = await readIntent(request);
  switch (posted.intent) {
    case "grant": {
      const parsed = parseForm(posted, grantSchema);
      if (!parsed.ok) return parsed.reply;
      const { amountApplied, amountAwarded, ...rest } = parsed.value;
      saveGrant(program.id, { ...rest, amountAppliedOre: amountApplied, amountAwardedOre: amountAwarded });
      break;
    }
    case "saveLine": {
      const parsed = parseForm(posted, lineSchema);
      if (!parsed.ok) return parsed.reply;
      const { lineId, amount, ...rest } = parsed.value;
      saveLine(program.id, lineId, { ...rest, amountOre: amount });
      // Back to the page without ?line=, so the form is ready for the next line.
      return redirect(`/programs/${program.id}/budget#lines`);
    }
    case "deleteLine":
      return unlessRefused(
        () => deleteLine(program.id, postedId(posted, "lineId")),
        () => backTo(request),
      );
    case "addExpense": {
      const parsed = parseForm(posted, expenseSchema);
      if (!parsed.ok) return parsed.reply;
      const { amount, ...rest } = parsed.value;
      addExpense(program.id, { ...rest, amountOre: amount }, user.id);
      return backTo(request, "#expenses");
    }
    case "deleteExpense":
      deleteExpense(program.id, postedId(posted, "expenseId"));
      break;
    default:
      throw unknownIntent();
  }
  return backTo(request);
}

type Data = ReturnType<typeof useLoaderData<typeof loader>>;

function GrantForm({ grant }: { grant: Data["grant"] }) {
  const t = useT();
  const [form, fields] = useIntentForm(
    "grant",
    grantSchema,
    grant && {
      fund: grant.fund,
      category: grant.category,
      amountApplied: formatNokInput(grant.amountAppliedOre),
      amountAwarded: formatNokInput(grant.amountAwardedOre),
    },
  );
  return (
    <IntentForm
      form={form}
      intent="grant"
      labels={{
        fund: t("budget.fund"),
        category: t("budget.category"),
        amountApplied: t("budget.applied"),
        amountAwarded: t("budget.awarded"),
      }}
    >
      <div className="form-grid">
        <TextField meta={fields.fund} label={t("budget.fund")} />
        <TextField meta={fields.category} label={t("budget.category")} description={t("budget.categoryHelp")} />
        <TextField meta={fields.amountApplied} label={t("budget.applied")} description={t("budget.amountHelp")} inputMode="decimal" />
        <TextField meta={fields.amountAwarded} label={t("budget.awarded")} description={t("budget.amountHelp")} inputMode="decimal" />
      </div>
      <Button type="submit" variant="secondary">
        {t("budget.saveGrant")}
      </Button>
    </IntentForm>
  );
}

function LineForm({ line }: { line: Data["editing"] }) {
  const t = useT();
  const [form, fields] = useIntentForm(
    line ? `line-${line.id}` : "line-new",
    lineSchema,
    line && { category: line.category, description: line.description, amount: formatNokInput(line.amountOre) },
  );
  return (
    <IntentForm
      form={form}
      intent="saveLine"
      labels={{ category: t("budget.lineCategory"), description: t("budget.description"), amount: t("budget.amount") }}
    >
      {line && <input type="hidden" name="lineId" value={line.id} />}
      <div className="form-grid">
        <SelectField
          meta={fields.category}
          label={t("budget.lineCategory")}
          placeholder={t("budget.choose")}
          options={budgetCategories.map((c) => ({ value: c, label: t(`budget.category.${c}`) }))}
        />
        <TextField meta={fields.description} label={t("budget.description")} />
        <TextField meta={fields.amount} label={t("budget.amount")} inputMode="decimal" />
      </div>
      <div className="row-actions">
        <Button type="submit" variant="secondary">
          {line ? t("form.save") : t("budget.addLine")}
        </Button>
        {line && (
          <Link asChild>
            <RemixLink to="?">{t("form.cancel")}</RemixLink>
          </Link>
        )}
      </div>
    </IntentForm>
  );
}

function ExpenseForm({ lines, today }: { lines: Data["summary"]["lines"]; today: string }) {
  const t = useT();
  const [form, fields] = useIntentForm("expense", expenseSchema, { spentOn: today });
  return (
    <IntentForm
      form={form}
      intent="addExpense"
      labels={{
        budgetLineId: t("budget.line"),
        spentOn: t("budget.spentOn"),
        description: t("budget.description"),
        amount: t("budget.amount"),
      }}
    >
      <div className="form-grid">
        <SelectField
          meta={fields.budgetLineId}
          label={t("budget.line")}
          placeholder={t("budget.choose")}
          options={lines.map((l) => ({
            value: String(l.id),
            label: `${t(`budget.category.${l.category}`)}${l.description ? ` – ${l.description}` : ""}`,
          }))}
        />
        <TextField meta={fields.spentOn} label={t("budget.spentOn")} type="date" />
        <TextField meta={fields.description} label={t("budget.description")} />
        <TextField meta={fields.amount} label={t("budget.amount")} inputMode="decimal" />
      </div>
      <Button type="submit" variant="secondary">
        {t("budget.addExpense")}
      </Button>
    </IntentForm>
  );
}

export default function Budget() {
  const { grant, summary, expenses, categories, editing, today } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const nok = (ore: number) => formatNok(ore, locale);
  const lineLabel = new Map(
    summary.lines.map((l) => [l.id, `${t(`budget.category.${l.category}`)}${l.description ? ` – ${l.description}` : ""}`]),
  );
  return (
    <div className="stack">
      <ActionNotice />
      <Section id="grant" title={t("budget.grant")}>
        <GrantForm grant={grant} />
      </Section>

      <Section id="summary" title={t("budget.summary")}>
        {summary.warnings.length > 0 && (
          <Alert data-color="warning">
            <ul>
              {summary.warnings.map((w) => (
                <li key={w}>{t(w)}</li>
              ))}
            </ul>
          </Alert>
        )}
        <dl className="facts">
          <dt>{t("budget.awarded")}</dt>
          <dd className="amount">{nok(summary.awardedOre)}</dd>
          <dt>{t("budget.budgeted")}</dt>
          <dd className="amount">{nok(summary.budgetedOre)}</dd>
          <dt>{t("budget.unallocated")}</dt>
          <dd className="amount">{nok(summary.unallocatedOre)}</dd>
          <dt>{t("budget.spent")}</dt>
          <dd className="amount">{nok(summary.spentOre)}</dd>
          <dt>{t("budget.remaining")}</dt>
          <dd className="amount">{nok(summary.remainingOre)}</dd>
          <dt>{t("budget.grantLeft")}</dt>
          <dd className="amount">{nok(summary.grantLeftOre)}</dd>
        </dl>
      </Section>

      <Section id="lines" title={t("budget.lines")}>
        {summary.lines.length === 0 ? (
          <Paragraph className="muted">{t("budget.noLines")}</Paragraph>
        ) : (
          <DataTable
            columns={[
              t("budget.line"),
              { label: t("budget.budgeted"), numeric: true },
              { label: t("budget.spent"), numeric: true },
              { label: t("budget.remaining"), numeric: true },
              { label: t("budget.actions"), muted: true },
            ]}
          >
            {summary.lines.map((l) => (
              <Table.Row key={l.id}>
                <Table.Cell>
                  {lineLabel.get(l.id)}
                  {l.overspent && (
                    <>
                      {" "}
                      <Tag data-color="warning">{t("budget.overspent")}</Tag>
                    </>
                  )}
                </Table.Cell>
                <Table.Cell className="amount">{nok(l.amountOre)}</Table.Cell>
                <Table.Cell className="amount">{nok(l.spentOre)}</Table.Cell>
                <Table.Cell className="amount">{nok(l.remainingOre)}</Table.Cell>
                <Table.Cell>
                  <div className="row-actions">
                    <EditLink to={`?line=${l.id}#edit-line`} name={lineLabel.get(l.id)!} />
                    <RemoveButton intent="deleteLine" values={{ lineId: l.id }} name={lineLabel.get(l.id)!} />
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </DataTable>
        )}
        {categories.length > 0 && (
          <DataTable
            columns={[
              t("budget.lineCategory"),
              { label: t("budget.budgeted"), numeric: true },
              { label: t("budget.spent"), numeric: true },
            ]}
            caption={t("budget.byCategory")}
            size="sm"
          >
            {categories.map((c) => (
              <Table.Row key={c.category}>
                <Table.Cell>{t(`budget.category.${c.category}`)}</Table.Cell>
                <Table.Cell className="amount">{nok(c.budgetedOre)}</Table.Cell>
                <Table.Cell className="amount">{nok(c.spentOre)}</Table.Cell>
              </Table.Row>
            ))}
          </DataTable>
        )}
        <Card id="edit-line" className="stack">
          <Heading level={3} data-size="xs">
            {editing ? t("programs.editNamed", { name: lineLabel.get(editing.id)! }) : t("budget.addLine")}
          </Heading>
          <LineForm key={editing?.id ?? "new"} line={editing} />
        </Card>
      </Section>

      <Section id="expenses" title={t("budget.expenses")}>
        {summary.lines.length > 0 ? (
          <ExpenseForm lines={summary.lines} today={today} />
        ) : (
          <Paragraph className="muted">{t("budget.linesFirst")}</Paragraph>
        )}
        {expenses.length > 0 && (
          <DataTable
            columns={[
              t("budget.spentOn"),
              t("budget.line"),
              t("budget.description"),
              { label: t("budget.amount"), numeric: true },
              { label: t("budget.actions"), muted: true },
            ]}
          >
            {expenses.map((e) => (
              <Table.Row key={e.id}>
                <Table.Cell>{formatDay(e.spentOn, locale)}</Table.Cell>
                <Table.Cell>{lineLabel.get(e.budgetLineId)}</Table.Cell>
                <Table.Cell>{e.description}</Table.Cell>
                <Table.Cell className="amount">{nok(e.amountOre)}</Table.Cell>
                <Table.Cell>
                  <RemoveButton intent="deleteExpense" values={{ expenseId: e.id }} name={e.description} />
                </Table.Cell>
              </Table.Row>
            ))}
          </DataTable>
        )}
      </Section>
    </div>
  );
}
