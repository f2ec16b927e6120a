import { getFormProps, type FieldMetadata, type FormMetadata, type SubmissionResult } from "@conform-to/react";
import { Alert, Button, Details, Fieldset, Heading, Label, Paragraph } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { gatheringFormSchema, gatheringKinds, type GatheringFormDefaults } from "../domain/gathering-form";
import type { ConflictNotice } from "../domain/gatherings";
import { formatDateTime, formatDay } from "../i18n/dates";
import { useLocale, useT } from "../i18n/react";
import { CheckboxGroupField } from "./checkbox-group";
import { SelectField } from "./choice-fields";
import { FormErrors, TextAreaField, TextField } from "./form";
import { useIntentForm } from "./intent-form";

type Options = {
  cohorts: { id: number; name: string }[];
  people: { id: number; name: string; roles: string[] }[];
  facilitators: { id: number; name: string; affiliation: string }[];
};

/** What the new and edit actions give back when the form is not saved. */
export type GatheringFormReply = { result?: SubmissionResult<string[]>; warnings: ConflictNotice[]; warningsKey: string };

/** The gathering form of the new and edit pages; agenda rows are added by a submit button, so no JavaScript is needed. */
export function GatheringForm({
  reply,
  defaults,
  options,
}: {
  reply: GatheringFormReply | undefined;
  defaults: GatheringFormDefaults;
  options: Options;
}) {
  const t = useT();
  // Checked in the browser when JavaScript runs, always on the server.
  const [form, fields] = useIntentForm("gathering", gatheringFormSchema, defaults, { validate: "onSubmit" });
  // In the form's order, for the fields and the error summary.
  const labels = {
    title: t("gatherings.field.title"),
    theme: t("gatherings.field.theme"),
    kind: t("gatherings.field.kind"),
    startDate: t("gatherings.field.startDate"),
    startTime: t("gatherings.field.startTime"),
    endDate: t("gatherings.field.endDate"),
    endTime: t("gatherings.field.endTime"),
    venueName: t("gatherings.field.venueName"),
    venueAddress: t("gatherings.field.venueAddress"),
    onlineUrl: t("gatherings.field.onlineUrl"),
    cohortIds: t("gatherings.field.cohorts"),
    extraInviteeIds: t("gatherings.field.extraInvitees"),
    facilitatorIds: t("gatherings.field.facilitators"),
    capacity: t("gatherings.field.capacity"),
  };
  const warnings = reply?.warnings ?? [];
  const warningsKey = reply?.warningsKey ?? "";
  const facilitatorChoices = choicesOf(options.facilitators);
  // Union representatives and coordinators first: they are the usual extra invitees.
  const extraFirst = [...options.people].sort(
    (a, b) => Number(!a.roles.some((r) => r !== "leader")) - Number(!b.roles.some((r) => r !== "leader")),
  );
  const extraChosen = Array.isArray(fields.extraInviteeIds.initialValue) && fields.extraInviteeIds.initialValue.length > 0;
  return (
    <Form method="post" {...getFormProps(form)} className="stack gathering-form">
      <FormErrors form={form} labels={labels} />
      {warnings.length > 0 && (
        <Alert data-color="warning">
          <a href="#gathering-warnings">{t("gatherings.warnings.title")}</a>
        </Alert>
      )}
      <TextField meta={fields.title} label={labels.title} />
      <TextAreaField meta={fields.theme} label={labels.theme} rows={2} />
      <SelectField
        meta={fields.kind}
        label={labels.kind}
        options={gatheringKinds.map((k) => ({ value: k, label: t(`gatherings.kind.${k}`) }))}
      />

      <HelpedFieldset id="gathering-when" legend={t("gatherings.section.when")} help={t("gatherings.field.timesHelp")}>
        <div className="field-row">
          <TextField meta={fields.startDate} label={labels.startDate} type="date" />
          <TextField meta={fields.startTime} label={labels.startTime} type="time" />
        </div>
        <div className="field-row">
          <TextField meta={fields.endDate} label={labels.endDate} type="date" />
          <TextField meta={fields.endTime} label={labels.endTime} type="time" />
        </div>
      </HelpedFieldset>

      <HelpedFieldset id="gathering-where" legend={t("gatherings.section.where")} help={t("gatherings.field.placeHelp")}>
        <TextField meta={fields.venueName} label={labels.venueName} />
        <TextField meta={fields.venueAddress} label={labels.venueAddress} autoComplete="street-address" />
        <TextField meta={fields.onlineUrl} label={labels.onlineUrl} type="url" />
      </HelpedFieldset>

      <Fieldset>
        <Fieldset.Legend>{t("gatherings.section.who")}</Fieldset.Legend>
        <CheckboxGroupField
          meta={fields.cohortIds}
          legend={labels.cohortIds}
          description={t("gatherings.field.cohortsHelp")}
          options={options.cohorts.map((c) => ({ value: String(c.id), label: c.name }))}
        />
        <Details defaultOpen={extraChosen || !!fields.extraInviteeIds.errors?.length}>
          <Details.Summary>{t("gatherings.field.extraInvitees")}</Details.Summary>
          <Details.Content>
            <CheckboxGroupField
              meta={fields.extraInviteeIds}
              legend={labels.extraInviteeIds}
              description={t("gatherings.field.extraInviteesHelp")}
              options={extraFirst.map((p) => ({
                value: String(p.id),
                label: p.roles.length ? `${p.name} (${p.roles.map((r) => t(`role.${r}` as "role.leader")).join(", ")})` : p.name,
              }))}
            />
          </Details.Content>
        </Details>
        <CheckboxGroupField meta={fields.facilitatorIds} legend={labels.facilitatorIds} options={facilitatorChoices} />
        <TextField
          meta={fields.capacity}
          label={labels.capacity}
          description={t("gatherings.field.capacityHelp")}
          type="number"
          inputMode="numeric"
        />
      </Fieldset>

      <AgendaFieldset
        rows={fields.agenda.getFieldList()}
        addRow={form.insert.getButtonProps({ name: fields.agenda.name })}
        facilitators={options.facilitators}
      />

      {/* By the save button, where the coordinator is when the form comes back. */}
      {warnings.length > 0 && <ConflictWarnings warnings={warnings} warningsKey={warningsKey} />}
      <Button type="submit">{t("form.save")}</Button>
    </Form>
  );
}

const choicesOf = (facilitators: Options["facilitators"]) =>
  facilitators.map((f) => ({ value: String(f.id), label: f.affiliation ? `${f.name} (${f.affiliation})` : f.name }));

type AgendaRowField = FieldMetadata<
  { date?: string; time?: string; title?: string; facilitatorId?: number },
  Record<string, unknown>,
  string[]
>;

/**
 * The agenda rows (time, title, facilitator; the day for a multi-day gathering) of the gathering form
 * and of the facilitators' agenda page. `addRow`: the props of the submit button that adds a row.
 */
export function AgendaFieldset({
  rows,
  addRow,
  facilitators,
}: {
  rows: AgendaRowField[];
  addRow: ReturnType<FormMetadata["insert"]["getButtonProps"]>;
  facilitators: Options["facilitators"];
}) {
  const t = useT();
  const facilitatorChoices = choicesOf(facilitators);
  return (
    <HelpedFieldset id="gathering-agenda" legend={t("gatherings.field.agenda")} help={t("gatherings.field.agendaHelp")}>
      {rows.map((row, i) => {
        const item = row.getFieldset();
        return (
          <Fieldset key={row.key} className="agenda-row">
            <Fieldset.Legend>{t("gatherings.field.agendaRow", { n: i + 1 })}</Fieldset.Legend>
            <div className="field-row">
              <TextField meta={item.date} label={t("gatherings.field.agendaDate")} type="date" />
              <TextField meta={item.time} label={t("gatherings.field.agendaTime")} type="time" />
              <div className="grow">
                <TextField meta={item.title} label={t("gatherings.field.agendaTitle")} />
              </div>
              <SelectField
                meta={item.facilitatorId}
                label={t("gatherings.field.agendaFacilitator")}
                options={facilitatorChoices}
                placeholder={t("gatherings.field.none")}
              />
            </div>
          </Fieldset>
        );
      })}
      <Button type="submit" variant="secondary" {...addRow}>
        {t("gatherings.field.addAgendaRow")}
      </Button>
    </HelpedFieldset>
  );
}

/**
 * A fieldset with a help paragraph under its legend, named by the legend and described by the help
 * through ids of our own. Without them Designsystemet's fieldset script (in the browser only, before
 * React hydrates) gives the paragraph a generated id, so the server's HTML and React's disagree
 * (“Extra attributes from the server: id”), and names the fieldset by legend and help together.
 */
function HelpedFieldset({ id, legend, help, children }: { id: string; legend: string; help: string; children: ReactNode }) {
  return (
    <Fieldset aria-labelledby={`${id}-legend`} aria-describedby={`${id}-help`}>
      <Fieldset.Legend id={`${id}-legend`}>{legend}</Fieldset.Legend>
      <Paragraph data-size="sm" className="muted" id={`${id}-help`}>
        {help}
      </Paragraph>
      {children}
    </Fieldset>
  );
}

function ConflictWarnings({ warnings, warningsKey }: { warnings: ConflictNotice[]; warningsKey: string }) {
  const t = useT();
  const locale = useLocale();
  const text = (w: ConflictNotice) => {
    switch (w.kind) {
      case "outside_programme":
        return t("gatherings.warnings.outside_programme", { start: formatDay(w.periodStart, locale), end: formatDay(w.periodEnd, locale) });
      case "venue_booked":
        return t("gatherings.warnings.venue_booked", { venue: w.venueName, title: w.title, date: formatDateTime(w.startsAt, locale) });
      case "facilitators_booked":
        return t("gatherings.warnings.facilitators_booked", {
          names: w.names.join(", "),
          title: w.title,
          date: formatDateTime(w.startsAt, locale),
        });
      case "invitees_booked":
        return t("gatherings.warnings.invitees_booked", {
          count: w.names.length,
          names: w.names.join(", "),
          title: w.title,
          date: formatDateTime(w.startsAt, locale),
        });
    }
  };
  return (
    <Alert data-color="warning" role="alert" className="stack" id="gathering-warnings">
      <Heading level={2} data-size="xs">
        {t("gatherings.warnings.title")}
      </Heading>
      <ul>
        {warnings.map((w, i) => (
          <li key={i}>{text(w)}</li>
        ))}
      </ul>
      <input type="hidden" name="acknowledged" value={warningsKey} />
      <div className="ds-field checkbox-row">
        <input type="checkbox" className="ds-input" id="gathering-save-anyway" name="saveAnyway" value="on" />
        <Label htmlFor="gathering-save-anyway">{t("gatherings.warnings.saveAnyway")}</Label>
      </div>
    </Alert>
  );
}
