/** Accessibility of forms: the error summary at the top of a form that was sent with errors. */
export const nb = {
  "a11yForms.summary.heading": "Dette må rettes før skjemaet kan sendes",
  "a11yForms.statement.summary":
    "Et skjema som sendes med feil, viser en oversikt over feilene øverst, med lenker til feltene, og flytter fokus dit.",
};

export const en: Record<keyof typeof nb, string> = {
  "a11yForms.summary.heading": "Correct the following before you send the form",
  "a11yForms.statement.summary": "A form sent with errors lists them at its top, with links to the fields, and moves focus there.",
};

export const nn: Record<keyof typeof nb, string> = {
  "a11yForms.summary.heading": "Dette må rettast før skjemaet kan sendast",
  "a11yForms.statement.summary":
    "Eit skjema som blir sendt med feil, viser eit oversyn over feila øvst, med lenkjer til felta, og flyttar fokus dit.",
};

export const sv: Record<keyof typeof nb, string> = {
  "a11yForms.summary.heading": "Det här måste rättas innan formuläret kan skickas",
  "a11yForms.statement.summary":
    "Ett formulär som skickas med fel visar en översikt över felen överst, med länkar till fälten, och flyttar fokus dit.",
};
