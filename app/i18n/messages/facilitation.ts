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
  "facilitation.agenda.edit": "Endre programmet",
  "facilitation.agenda.title": "Program for {title}",
  "facilitation.agenda.intro": "Som lærekraft kan du endre programmet for samlingen. Tid, sted og invitasjoner endres av koordinatoren.",
  "facilitation.agenda.confirmedNotice":
    "Samlingen er bekreftet: de inviterte og lærekreftene får en oppdatert kalenderinvitasjon når du lagrer endringer.",
  "facilitation.agenda.notEditable": "Programmet for en avlyst eller gjennomført samling kan ikke endres.",
  "facilitation.feedback.view": "Se tilbakemeldinger",
  "facilitation.onBehalf.accept": "Registrer ja på vegne av de valgte",
  "facilitation.onBehalf.decline": "Registrer nei på vegne av de valgte",
  "gatherings.done.answered": "{count, plural, one {Svaret er registrert for # person.} other {Svaret er registrert for # personer.}}",
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
  "facilitation.agenda.edit": "Endre programmet",
  "facilitation.agenda.title": "Program for {title}",
  "facilitation.agenda.intro": "Som lærekraft kan du endre programmet for samlinga. Tid, stad og invitasjonar blir endra av koordinatoren.",
  "facilitation.agenda.confirmedNotice":
    "Samlinga er stadfesta: dei inviterte og lærekreftene får ein oppdatert kalenderinvitasjon når du lagrar endringar.",
  "facilitation.agenda.notEditable": "Programmet for ei avlyst eller gjennomført samling kan ikkje endrast.",
  "facilitation.feedback.view": "Sjå tilbakemeldingar",
  "facilitation.onBehalf.accept": "Registrer ja på vegner av dei valde",
  "facilitation.onBehalf.decline": "Registrer nei på vegner av dei valde",
  "gatherings.done.answered": "{count, plural, one {Svaret er registrert for # person.} other {Svaret er registrert for # personar.}}",
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
  "facilitation.agenda.edit": "Ändra programmet",
  "facilitation.agenda.title": "Program för {title}",
  "facilitation.agenda.intro": "Som processledare kan du ändra programmet för träffen. Tid, plats och inbjudningar ändras av samordnaren.",
  "facilitation.agenda.confirmedNotice":
    "Träffen är bekräftad: de inbjudna och processledarna får en uppdaterad kalenderinbjudan när du sparar ändringar.",
  "facilitation.agenda.notEditable": "Programmet för en inställd eller genomförd träff kan inte ändras.",
  "facilitation.feedback.view": "Se återkoppling",
  "facilitation.onBehalf.accept": "Registrera ja för de valda",
  "facilitation.onBehalf.decline": "Registrera nej för de valda",
  "gatherings.done.answered": "{count, plural, one {Svaret är registrerat för # person.} other {Svaret är registrerat för # personer.}}",
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
  "facilitation.agenda.edit": "Edit the agenda",
  "facilitation.agenda.title": "Agenda for {title}",
  "facilitation.agenda.intro":
    "As a facilitator you can edit the gathering's agenda. Time, venue and invitations are changed by the coordinator.",
  "facilitation.agenda.confirmedNotice":
    "The gathering is confirmed: invitees and facilitators get an updated calendar invitation when you save changes.",
  "facilitation.agenda.notEditable": "The agenda of a cancelled or held gathering cannot be changed.",
  "facilitation.feedback.view": "See feedback",
  "facilitation.onBehalf.accept": "Record yes on behalf of those selected",
  "facilitation.onBehalf.decline": "Record no on behalf of those selected",
  "gatherings.done.answered": "{count, plural, one {The answer is recorded for # person.} other {The answer is recorded for # people.}}",
};
