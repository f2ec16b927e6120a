/** Facilitators' side (calendar invitations, agenda), feedback by e-mail and in the report, answers on behalf. */
export const nb = {
  "outbox.kind.facilitator_invitation": "Kalenderinvitasjon til lærekraft",
  "outbox.kind.facilitator_cancellation": "Avlysning til lærekraft",
  "outbox.kind.feedback_request": "Be om tilbakemelding",
  "facilitation.feedbackLink.title": "Tilbakemelding på samlingen",
  "facilitation.feedbackLink.unknown": "Lenken er ikke gyldig. Kontroller at hele lenken fra e-posten er med.",
  "facilitation.feedbackLink.wrongPerson":
    "Denne lenken ble sendt til en annen person. Du er logget inn som en annen enn mottakeren, så skjemaet vises ikke her.",
  "facilitation.feedbackLink.toHome": "Til forsiden",
};

export const nn: Record<keyof typeof nb, string> = {
  "outbox.kind.facilitator_invitation": "Kalenderinvitasjon til lærekraft",
  "outbox.kind.facilitator_cancellation": "Avlysing til lærekraft",
  "outbox.kind.feedback_request": "Be om tilbakemelding",
  "facilitation.feedbackLink.title": "Tilbakemelding på samlinga",
  "facilitation.feedbackLink.unknown": "Lenkja er ikkje gyldig. Kontroller at heile lenkja frå e-posten er med.",
  "facilitation.feedbackLink.wrongPerson":
    "Denne lenkja vart send til ein annan person. Du er logga inn som ein annan enn mottakaren, så skjemaet blir ikkje vist her.",
  "facilitation.feedbackLink.toHome": "Til framsida",
};

export const sv: Record<keyof typeof nb, string> = {
  "outbox.kind.facilitator_invitation": "Kalenderinbjudan till processledare",
  "outbox.kind.facilitator_cancellation": "Inställt, till processledare",
  "outbox.kind.feedback_request": "Begäran om återkoppling",
  "facilitation.feedbackLink.title": "Återkoppling på träffen",
  "facilitation.feedbackLink.unknown": "Länken är inte giltig. Kontrollera att hela länken från mejlet är med.",
  "facilitation.feedbackLink.wrongPerson":
    "Den här länken skickades till en annan person. Du är inloggad som någon annan än mottagaren, så formuläret visas inte här.",
  "facilitation.feedbackLink.toHome": "Till startsidan",
};

export const en: Record<keyof typeof nb, string> = {
  "outbox.kind.facilitator_invitation": "Calendar invitation to facilitator",
  "outbox.kind.facilitator_cancellation": "Cancellation to facilitator",
  "outbox.kind.feedback_request": "Feedback request",
  "facilitation.feedbackLink.title": "Feedback on the gathering",
  "facilitation.feedbackLink.unknown": "The link is not valid. Check that the whole link from the e-mail is included.",
  "facilitation.feedbackLink.wrongPerson":
    "This link was sent to another person. You are signed in as someone other than its recipient, so the form is not shown here.",
  "facilitation.feedbackLink.toHome": "To the home page",
};
