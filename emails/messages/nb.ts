/**
 * E-mail text in bokmål. `[[key]]` in a template takes "<kind>.<key>" when it exists, else "<key>".
 * Text is ICU MessageFormat, as in the app's catalogues: its arguments are the message's values, with
 * a nested value's name joined in camel case (`gathering.title` is `{gatheringTitle}`). The values are
 * filled in and HTML-escaped per message; the subject is plain text.
 */
export const nb = {
  lang: "nb",
  greeting: "Hei {recipient},",
  footer: "Sendt automatisk fra Samling.",
  footerContact: "Spørsmål kan rettes til {contact}.",
  "details.when": "Når",
  "details.where": "Hvor",
  "details.online": "Digitalt",
  "details.theme": "Tema",
  "details.facilitators": "Lærekrefter",
  "details.agenda": "Program",
  "rsvp.prompt": "Svar med én av knappene, så vet vi om du kommer:",
  "rsvp.accept": "Jeg kommer",
  "rsvp.decline": "Jeg kan ikke komme",
  calendarNote:
    "Kalenderinvitasjonen er lagt ved. Svar med knappene over; et svar i kalenderprogrammet ditt blir ikke registrert i Samling.",
  preWork: "Det er forarbeid til samlingen. Du finner det på samlingssiden:",
  "dates.sameDay": "{date}, kl. {start}–{end}",
  "dates.range": "{startDate} kl. {start} – {endDate} kl. {end}",
  "dates.at": "{date} kl. {time}",

  "invitation.subject": "Invitasjon: {gatheringTitle} {gatheringDate}",
  "invitation.preview": "Du er invitert til {gatheringTitle}, {gatheringWhen}.",
  "invitation.intro": "Du er invitert til {gatheringTitle} i {programme}.",
  "invitation.why": "Du får denne e-posten fordi du er invitert til en samling i {programme}.",

  "reminder.subject": "Påminnelse: {gatheringTitle} {gatheringDate}",
  "reminder.preview": "{gatheringTitle} begynner {gatheringWhen}.",
  "reminder.intro": "{days, plural, one {Om # dag er det {gatheringTitle}.} other {Om # dager er det {gatheringTitle}.}}",
  "reminder.introTomorrow": "I morgen er det {gatheringTitle}.",
  "reminder.accepted": "Du har takket ja – velkommen!",
  "reminder.waitlisted": "Du står på venteliste. Vi gir deg beskjed hvis du får plass.",
  "reminder.pending": "Du har ikke svart ennå. Gi oss beskjed om du kommer.",
  "reminder.rsvp.decline": "Jeg kan likevel ikke komme",
  "reminder.why": "Du får denne påminnelsen fordi du er invitert til en samling i {programme} og ikke har takket nei.",

  "waitlist_promoted.subject": "Du har fått plass: {gatheringTitle} {gatheringDate}",
  "waitlist_promoted.preview": "En plass ble ledig på {gatheringTitle}, {gatheringWhen}, og den er din.",
  "waitlist_promoted.intro": "Du sto på venteliste til {gatheringTitle} i {programme}. Nå er en plass ledig, og den er din – velkommen!",
  "waitlist_promoted.rsvp.prompt": "Kan du likevel ikke komme, gi beskjed så plassen går videre:",
  "waitlist_promoted.rsvp.decline": "Jeg kan likevel ikke komme",
  "waitlist_promoted.why": "Du får denne e-posten fordi du sto på venteliste til en samling i {programme}.",

  "change_notice.subject": "Endret: {gatheringTitle} {gatheringDate}",
  "change_notice.preview": "{gatheringTitle} er endret. Se hva som gjelder nå.",
  "change_notice.heading": "Endret: {gatheringTitle}",
  "change_notice.intro": "Samlingen er endret. Dette er nytt:",
  "change_notice.now": "Slik er samlingen nå:",
  "change_notice.rsvp.prompt": "Passer det fortsatt? Gi beskjed hvis svaret ditt er endret:",
  "change_notice.calendarNote": "Den oppdaterte kalenderinvitasjonen er lagt ved og erstatter den du har fra før.",
  "change_notice.why": "Du får denne e-posten fordi du er invitert til en samling i {programme} som er endret.",
  "changed.title": "Tittel",
  "changed.theme": "Tema",
  "changed.kind": "Type samling",
  "changed.time": "Tidspunkt",
  "changed.venue": "Sted",
  "changed.onlineUrl": "Lenke til digital deltakelse",
  "changed.agenda": "Program",
  "changed.facilitators": "Lærekrefter",
  "changed.capacity": "Antall plasser",
  "changed.other": "Andre detaljer",

  "cancellation.subject": "Avlyst: {gatheringTitle} {gatheringDate}",
  "cancellation.preview": "{gatheringTitle} {gatheringWhen} er avlyst.",
  "cancellation.heading": "Avlyst: {gatheringTitle}",
  "cancellation.intro": "{gatheringTitle}, {gatheringWhen}, er avlyst.",
  "cancellation.reasonLabel": "Begrunnelse",
  "cancellation.calendarNote": "Avlysningen er lagt ved, slik at avtalen fjernes fra kalenderen din.",
  "cancellation.why": "Du får denne e-posten fordi du var invitert til samlingen i {programme}.",

  "invitation_withdrawn.subject": "Invitasjonen er trukket tilbake: {gatheringTitle} {gatheringDate}",
  "invitation_withdrawn.preview": "Du er ikke lenger invitert til {gatheringTitle} {gatheringWhen}.",
  "invitation_withdrawn.heading": "Invitasjonen er trukket tilbake",
  "invitation_withdrawn.intro":
    "Du er ikke lenger invitert til {gatheringTitle}, {gatheringWhen}. Samlingen holdes som planlagt for de andre inviterte.",
  "invitation_withdrawn.calendarNote": "En avlysning er lagt ved, slik at avtalen fjernes fra kalenderen din.",
  "invitation_withdrawn.why": "Du får denne e-posten fordi du var invitert til samlingen i {programme}.",

  "reflection_prompt.subject": "Hvordan var {gatheringTitle}? Skriv en refleksjon",
  "reflection_prompt.preview": "Noen minutter til refleksjon etter {gatheringTitle}.",
  "reflection_prompt.heading": "Hvordan var {gatheringTitle}?",
  "reflection_prompt.intro":
    "Takk for at du deltok {gatheringDate}. Bruk noen minutter på å skrive ned hva du tar med deg inn i lederrollen din, mens det er friskt i minne.",
  "reflection_prompt.action": "Skriv refleksjonen",
  "reflection_prompt.privacy":
    "Refleksjonen er bare synlig for deg. Lenken virker én gang og i {days, plural, one {# dag} other {# dager}}; etterpå finner du skjemaet ved å logge inn i Samling.",
  "reflection_prompt.why": "Du får denne e-posten fordi du deltok på en samling i {programme}.",

  "bulk_message.subject": "{messageSubject} – {gatheringTitle}",
  "bulk_message.preview": "Melding fra {sender} om {gatheringTitle}.",
  "bulk_message.intro": "Melding fra {sender} til deltakerne på {gatheringTitle} ({gatheringDate}):",
  "bulk_message.why": "Du får denne e-posten fordi du er invitert til {gatheringTitle} i {programme}.",

  "consultation_opened.subject": "Høring: {document} – frist {deadline}",
  "consultation_opened.preview": "Du er invitert til å gi innspill innen {deadline}.",
  "consultation_opened.heading": "Høring: {document}",
  "consultation_opened.intro":
    "Sekretariatet har sendt versjon {version} av {document} på høring. Du er invitert til å gi innspill innen {deadline}.",
  "consultation_opened.action": "Les og gi innspill",
  "consultation_opened.howTo":
    "Du kan kommentere hver del av dokumentet. Innspillene lagres som utkast til du sender dem, og du får svar på hvordan de er fulgt opp.",
  "consultation_opened.why": "Du får denne e-posten fordi du er invitert til høringen i {programme}.",

  "report_requested.subject": "Sluttrapport etterspurt: {programme}",
  "report_requested.preview": "Direktoratet ber om sluttrapport innen {due}.",
  "report_requested.heading": "Direktoratet ber om en sluttrapport",
  "report_requested.intro": "{requester} i direktoratet ber om en sluttrapport for {programme} innen {due}.",
  "report_requested.focusLabel": "Ønsket vinkling",
  "report_requested.action": "Åpne sluttrapporten",
  "report_requested.why": "Du får denne e-posten fordi du er HR-koordinator for {programme}.",

  "report_submitted.subject": "Sluttrapport sendt inn: {programme} ({organisation})",
  "report_submitted.preview": "{organisation} har sendt inn sluttrapporten.",
  "report_submitted.heading": "Sluttrapporten er sendt inn",
  "report_submitted.intro": "{submitter} har sendt inn sluttrapporten for {programme} i {organisation}.",
  "report_submitted.action": "Les rapporten",
  "report_submitted.why": "Du får denne e-posten fordi direktoratet ba om denne rapporten.",

  "report_returned.subject": "Sluttrapporten er sendt tilbake: {programme}",
  "report_returned.preview": "Direktoratet ber om endringer i sluttrapporten.",
  "report_returned.heading": "Sluttrapporten er sendt tilbake",
  "report_returned.intro": "Direktoratet har sendt sluttrapporten for {programme} tilbake for endringer.",
  "report_returned.commentLabel": "Kommentar fra direktoratet",
  "report_returned.action": "Åpne sluttrapporten",
  "report_returned.why": "Du får denne e-posten fordi du er HR-koordinator for {programme}.",

  "report_published.subject": "Sluttrapport publisert: {programme}",
  "report_published.preview": "Sluttrapporten for {programme} er publisert.",
  "report_published.heading": "Sluttrapporten er publisert",
  "report_published.intro": "Sluttrapporten for {programme} i {organisation} er publisert og kan leses av direktoratet.",
  "report_published.action": "Les rapporten",

  "account_invitation.subject": "Du er invitert til Samling – {organisation}",
  "account_invitation.preview": "Aktiver brukeren din i Samling.",
  "account_invitation.heading": "Velkommen til Samling",
  "account_invitation.intro":
    "{invitedBy, select, person {{inviter} har invitert deg} other {Du er invitert}} til Samling, der {organisation} følger opp lederutviklingsprogrammet: samlinger, påmelding og refleksjoner. Velg et passord for å aktivere brukeren din.",
  "account_invitation.action": "Aktiver brukeren",
  "account_invitation.validity":
    "Lenken virker én gang og i {days} dager. Har den gått ut, kan du be om en ny på innloggingssiden med «Glemt passord?».",
  "account_invitation.why": "Du får denne e-posten fordi du er registrert som deltaker i {organisation}.",

  "password_reset.subject": "Nytt passord i Samling",
  "password_reset.preview": "Lenken for å velge nytt passord virker i {minutes} minutter.",
  "password_reset.heading": "Velg et nytt passord",
  "password_reset.intro": "Noen, forhåpentligvis du, ba om å få velge nytt passord for brukeren din i Samling.",
  "password_reset.action": "Velg nytt passord",
  "password_reset.validity":
    "Lenken virker én gang og i {minutes} minutter. Når du har valgt nytt passord, blir du logget ut alle andre steder. Ba du ikke om dette, kan du se bort fra e-posten.",
  "password_reset.why": "Du får denne e-posten fordi noen ba om nytt passord for e-postadressen din i Samling.",

  "sign_in_link.subject": "Lenke for å logge inn i Samling",
  "sign_in_link.preview": "Lenken virker i {minutes} minutter.",
  "sign_in_link.heading": "Logg inn i Samling",
  "sign_in_link.intro": "Bruk knappen for å logge inn uten passord.",
  "sign_in_link.action": "Logg inn",
  "sign_in_link.validity": "Lenken virker én gang og i {minutes} minutter. Ba du ikke om den, kan du se bort fra e-posten.",
  "sign_in_link.why": "Du får denne e-posten fordi noen ba om en innloggingslenke for e-postadressen din i Samling.",
  "report_published.why": "Du får denne e-posten fordi du følger sluttrapporten for {programme}.",
  "facilitator_invitation.subject": "{mode, select, changed {Endret: } other {}}{gatheringTitle} {gatheringDate} – du er lærekraft",
  "facilitator_invitation.preview":
    "{mode, select, changed {{gatheringTitle} er endret.} other {Du er lærekraft på {gatheringTitle}, {gatheringWhen}.}}",
  "facilitator_invitation.heading": "{mode, select, changed {Endret: {gatheringTitle}} other {{gatheringTitle}}}",
  "facilitator_invitation.intro":
    "{mode, select, changed {Samlingen du er lærekraft på, er endret. Dette er nytt:} other {Du er lærekraft på {gatheringTitle} i {programme}. Du er ikke deltaker og trenger ikke svare på invitasjonen.}}",
  "facilitator_invitation.calendarNote": "Kalenderinvitasjonen er lagt ved; en senere endring erstatter den.",
  "facilitator_invitation.why": "Du får denne e-posten fordi du er satt opp som lærekraft på en samling i {programme}.",
  "facilitator_cancellation.subject": "{mode, select, cancelled {Avlyst} other {Du leder ikke lenger}}: {gatheringTitle} {gatheringDate}",
  "facilitator_cancellation.preview":
    "{mode, select, cancelled {{gatheringTitle} {gatheringWhen} er avlyst.} other {Du er ikke lenger lærekraft på {gatheringTitle}.}}",
  "facilitator_cancellation.heading": "{mode, select, cancelled {Avlyst: {gatheringTitle}} other {Du leder ikke lenger {gatheringTitle}}}",
  "facilitator_cancellation.intro":
    "{mode, select, cancelled {{gatheringTitle}, {gatheringWhen}, er avlyst.} other {Du er ikke lenger satt opp som lærekraft på {gatheringTitle}, {gatheringWhen}.}}",
  "facilitator_cancellation.reasonLabel": "Begrunnelse",
  "facilitator_cancellation.calendarNote": "En avlysning er lagt ved, slik at avtalen fjernes fra kalenderen din.",
  "facilitator_cancellation.why": "Du får denne e-posten fordi du var satt opp som lærekraft på en samling i {programme}.",
  "feedback_request.subject": "Hva syntes du om {gatheringTitle}? Gi en kort tilbakemelding",
  "feedback_request.preview": "Tre korte spørsmål om {gatheringTitle}.",
  "feedback_request.heading": "Hva syntes du om {gatheringTitle}?",
  "feedback_request.intro": "Takk for at du deltok. Tre korte spørsmål hjelper oss å gjøre neste samling bedre.",
  "feedback_request.action": "Gi tilbakemelding",
  "feedback_request.privacy":
    "Lenken er personlig: du logger inn som deg selv. Svarene lagres uten navn, og tall og tekst vises først når minst fem har svart.",
  "feedback_request.why": "Du får denne e-posten fordi du deltok på en samling i {programme}.",

  "reflection_reminder.subject":
    "{reflection, select, baseline {Påminnelse: startrefleksjonen i {programme}} other {Påminnelse: sluttrefleksjonen i {programme}}}",
  "reflection_reminder.preview": "{reflection, select, baseline {Startrefleksjonen} other {Sluttrefleksjonen}} din er ikke skrevet ennå.",
  "reflection_reminder.heading": "{reflection, select, baseline {Skriv startrefleksjonen} other {Skriv sluttrefleksjonen}}",
  "reflection_reminder.intro":
    "{reflection, select, baseline {Programmet {programme} er i gang. Startrefleksjonen din er ikke skrevet ennå: den tar noen minutter og viser deg senere hvor du startet.} other {{programme} nærmer seg slutten. Sluttrefleksjonen din er ikke skrevet ennå: den viser hva du har fått ut av programmet.}}",
  "reflection_reminder.action": "Skriv refleksjonen",
  "reflection_reminder.privacy": "Refleksjonen er bare synlig for deg. Koordinatoren ser bare om den er skrevet, aldri hva du skriver.",
  "reflection_reminder.optOut": "Vil du ikke ha slike påminnelser? Endre varslene dine",
  "reflection_reminder.why": "Du får denne påminnelsen fordi du er med i {programme}.",
  "reflection_prompt_reminder.subject": "Påminnelse: hvordan var {gatheringTitle}?",
  "reflection_prompt_reminder.preview": "Lenken til refleksjonen etter {gatheringTitle} er ikke brukt ennå.",
  "reflection_prompt_reminder.heading": "Hvordan var {gatheringTitle}?",
  "reflection_prompt_reminder.intro":
    "For noen dager siden fikk du en lenke for å skrive en refleksjon etter {gatheringTitle} ({gatheringDate}). Den er ikke brukt ennå, og virker til {expires}.",
  "reflection_prompt_reminder.action": "Skriv refleksjonen",
  "reflection_prompt_reminder.privacy": "Refleksjonen er bare synlig for deg. Lenken virker én gang.",
  "reflection_prompt_reminder.optOut": "Vil du ikke ha slike påminnelser? Endre varslene dine",
  "reflection_prompt_reminder.why": "Du får denne påminnelsen fordi du deltok på en samling i {programme}.",

  "consultation_answered.subject": "Innspillene dine er besvart: {document}",
  "consultation_answered.preview": "Les hvordan innspillene dine til {document} er fulgt opp.",
  "consultation_answered.heading": "Innspillene dine er besvart",
  "consultation_answered.intro":
    "Versjon {decided} av {document} er vedtatt. Innspillene du ga i høringen om versjon {version} er besvart, og du kan lese hvordan hvert av dem er fulgt opp.",
  "consultation_answered.action": "Les svarene",
  "consultation_answered.why": "Du får denne e-posten fordi du ga innspill i høringen i {programme}.",

  "consultation.progress":
    "{progress, select, drafts {Du har utkast til {drafted} av {sections} deler av dokumentet som ikke er sendt ennå. Sekretariatet ser bare innspill som er sendt.} other {Du har ikke gitt innspill ennå. {sections, plural, one {Dokumentet har # del} other {Dokumentet har # deler}}, og du kan kommentere hver del.}}",
  "consultation.action": "{progress, select, drafts {Se over og send innspillene} other {Les og gi innspill}}",
  "consultation.privacy": "Utkastene dine er bare synlige for deg til du sender dem.",
  "consultation_deadline_reminder.subject": "Påminnelse: høringsfrist {deadline} – {document}",
  "consultation_deadline_reminder.preview": "Fristen for innspill til {document} er {deadline}.",
  "consultation_deadline_reminder.heading": "Høringsfristen nærmer seg",
  "consultation_deadline_reminder.intro": "Fristen for å gi innspill til versjon {version} av {document} er {deadline}.",
  "consultation_deadline_reminder.optOut": "Vil du ikke ha slike påminnelser? Endre varslene dine",
  "consultation_deadline_reminder.why":
    "Du får denne påminnelsen fordi du er invitert til høringen i {programme} og ikke har sendt innspillene dine ennå.",
  "consultation_deadline_moved.subject": "Ny høringsfrist {deadline} – {document}",
  "consultation_deadline_moved.preview": "Fristen for innspill er flyttet fra {previous} til {deadline}.",
  "consultation_deadline_moved.heading": "Høringsfristen er flyttet",
  "consultation_deadline_moved.intro": "Fristen for å gi innspill til versjon {version} av {document} er flyttet. Den var {previous}.",
  "consultation_deadline_moved.now": "Ny frist: {deadline}",
  "consultation_deadline_moved.why":
    "Du får denne e-posten fordi du er invitert til høringen i {programme} og ikke har sendt innspillene dine ennå.",
} as const;
