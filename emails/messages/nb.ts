/**
 * E-mail text in bokmål. `[[key]]` in a template takes "<kind>.<key>" when it exists, else "<key>".
 * Text may hold Handlebars values (`{{gathering.title}}`), filled in and escaped per message; the
 * subject is plain text. Swedish readers get this text (with Swedish date formats).
 */
export const nb = {
  lang: "nb",
  greeting: "Hei {{recipient}},",
  footer: "Sendt automatisk fra Samling.{{#if contact}} Spørsmål kan rettes til {{contact}}.{{/if}}",
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
  "dates.sameDay": "{{date}}, kl. {{start}}–{{end}}",
  "dates.range": "{{startDate}} kl. {{start}} – {{endDate}} kl. {{end}}",
  "dates.at": "{{date}} kl. {{time}}",

  "invitation.subject": "Invitasjon: {{gathering.title}} {{gathering.date}}",
  "invitation.preview": "Du er invitert til {{gathering.title}}, {{gathering.when}}.",
  "invitation.intro": "Du er invitert til {{gathering.title}} i {{programme}}.",
  "invitation.why": "Du får denne e-posten fordi du er invitert til en samling i {{programme}}.",

  "reminder.subject": "Påminnelse: {{gathering.title}} {{gathering.date}}",
  "reminder.preview": "{{gathering.title}} begynner {{gathering.when}}.",
  "reminder.intro": "Om {{days}} dager er det {{gathering.title}}.",
  "reminder.introTomorrow": "I morgen er det {{gathering.title}}.",
  "reminder.accepted": "Du har takket ja – velkommen!",
  "reminder.waitlisted": "Du står på venteliste. Vi gir deg beskjed hvis du får plass.",
  "reminder.pending": "Du har ikke svart ennå. Gi oss beskjed om du kommer.",
  "reminder.rsvp.decline": "Jeg kan likevel ikke komme",
  "reminder.why": "Du får denne påminnelsen fordi du er invitert til en samling i {{programme}} og ikke har takket nei.",

  "change_notice.subject": "Endret: {{gathering.title}} {{gathering.date}}",
  "change_notice.preview": "{{gathering.title}} er endret. Se hva som gjelder nå.",
  "change_notice.heading": "Endret: {{gathering.title}}",
  "change_notice.intro": "Samlingen er endret. Dette er nytt:",
  "change_notice.now": "Slik er samlingen nå:",
  "change_notice.rsvp.prompt": "Passer det fortsatt? Gi beskjed hvis svaret ditt er endret:",
  "change_notice.calendarNote": "Den oppdaterte kalenderinvitasjonen er lagt ved og erstatter den du har fra før.",
  "change_notice.why": "Du får denne e-posten fordi du er invitert til en samling i {{programme}} som er endret.",
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

  "cancellation.subject": "Avlyst: {{gathering.title}} {{gathering.date}}",
  "cancellation.preview": "{{gathering.title}} {{gathering.when}} er avlyst.",
  "cancellation.heading": "Avlyst: {{gathering.title}}",
  "cancellation.intro": "{{gathering.title}}, {{gathering.when}}, er avlyst.",
  "cancellation.reasonLabel": "Begrunnelse",
  "cancellation.calendarNote": "Avlysningen er lagt ved, slik at avtalen fjernes fra kalenderen din.",
  "cancellation.why": "Du får denne e-posten fordi du var invitert til samlingen i {{programme}}.",

  "reflection_prompt.subject": "Hvordan var {{gathering.title}}? Skriv en refleksjon",
  "reflection_prompt.preview": "Noen minutter til refleksjon etter {{gathering.title}}.",
  "reflection_prompt.heading": "Hvordan var {{gathering.title}}?",
  "reflection_prompt.intro":
    "Takk for at du deltok {{gathering.date}}. Bruk noen minutter på å skrive ned hva du tar med deg inn i lederrollen din, mens det er friskt i minne.",
  "reflection_prompt.action": "Skriv refleksjonen",
  "reflection_prompt.privacy":
    "Refleksjonen er bare synlig for deg. Lenken virker én gang og i {{days}} dager; etterpå finner du skjemaet ved å logge inn i Samling.",
  "reflection_prompt.why": "Du får denne e-posten fordi du deltok på en samling i {{programme}}.",

  "bulk_message.subject": "{{messageSubject}} – {{gathering.title}}",
  "bulk_message.preview": "Melding fra {{sender}} om {{gathering.title}}.",
  "bulk_message.intro": "Melding fra {{sender}} til deltakerne på {{gathering.title}} ({{gathering.date}}):",
  "bulk_message.why": "Du får denne e-posten fordi du er invitert til {{gathering.title}} i {{programme}}.",

  "consultation_opened.subject": "Høring: {{document}} – frist {{deadline}}",
  "consultation_opened.preview": "Du er invitert til å gi innspill innen {{deadline}}.",
  "consultation_opened.heading": "Høring: {{document}}",
  "consultation_opened.intro":
    "Sekretariatet har sendt versjon {{version}} av {{document}} på høring. Du er invitert til å gi innspill innen {{deadline}}.",
  "consultation_opened.action": "Les og gi innspill",
  "consultation_opened.howTo":
    "Du kan kommentere hver del av dokumentet. Innspillene lagres som utkast til du sender dem, og du får svar på hvordan de er fulgt opp.",
  "consultation_opened.why": "Du får denne e-posten fordi du er invitert til høringen i {{programme}}.",

  "report_requested.subject": "Sluttrapport etterspurt: {{programme}}",
  "report_requested.preview": "Direktoratet ber om sluttrapport innen {{due}}.",
  "report_requested.heading": "Direktoratet ber om en sluttrapport",
  "report_requested.intro": "{{requester}} i direktoratet ber om en sluttrapport for {{programme}} innen {{due}}.",
  "report_requested.focusLabel": "Ønsket vinkling",
  "report_requested.action": "Åpne sluttrapporten",
  "report_requested.why": "Du får denne e-posten fordi du er HR-koordinator for {{programme}}.",

  "report_submitted.subject": "Sluttrapport sendt inn: {{programme}} ({{organisation}})",
  "report_submitted.preview": "{{organisation}} har sendt inn sluttrapporten.",
  "report_submitted.heading": "Sluttrapporten er sendt inn",
  "report_submitted.intro": "{{submitter}} har sendt inn sluttrapporten for {{programme}} i {{organisation}}.",
  "report_submitted.action": "Les rapporten",
  "report_submitted.why": "Du får denne e-posten fordi direktoratet ba om denne rapporten.",

  "report_returned.subject": "Sluttrapporten er sendt tilbake: {{programme}}",
  "report_returned.preview": "Direktoratet ber om endringer i sluttrapporten.",
  "report_returned.heading": "Sluttrapporten er sendt tilbake",
  "report_returned.intro": "Direktoratet har sendt sluttrapporten for {{programme}} tilbake for endringer.",
  "report_returned.commentLabel": "Kommentar fra direktoratet",
  "report_returned.action": "Åpne sluttrapporten",
  "report_returned.why": "Du får denne e-posten fordi du er HR-koordinator for {{programme}}.",

  "report_published.subject": "Sluttrapport publisert: {{programme}}",
  "report_published.preview": "Sluttrapporten for {{programme}} er publisert.",
  "report_published.heading": "Sluttrapporten er publisert",
  "report_published.intro": "Sluttrapporten for {{programme}} i {{organisation}} er publisert og kan leses av direktoratet.",
  "report_published.action": "Les rapporten",
  "report_published.why": "Du får denne e-posten fordi du følger sluttrapporten for {{programme}}.",

  "account_invitation.subject": "Du er invitert til Samling – {{organisation}}",
  "account_invitation.preview": "Aktiver brukeren din i Samling.",
  "account_invitation.heading": "Velkommen til Samling",
  "account_invitation.intro":
    "{{#if inviter}}{{inviter}} har invitert deg{{else}}Du er invitert{{/if}} til Samling, der {{organisation}} følger opp lederutviklingsprogrammet: samlinger, påmelding og refleksjoner. Velg et passord for å aktivere brukeren din.",
  "account_invitation.action": "Aktiver brukeren",
  "account_invitation.validity":
    "Lenken virker én gang og i {{days}} dager. Har den gått ut, kan du be om en ny på innloggingssiden med «Glemt passord?».",
  "account_invitation.why": "Du får denne e-posten fordi du er registrert som deltaker i {{organisation}}.",

  "password_reset.subject": "Nytt passord i Samling",
  "password_reset.preview": "Lenken for å velge nytt passord virker i {{minutes}} minutter.",
  "password_reset.heading": "Velg et nytt passord",
  "password_reset.intro": "Noen, forhåpentligvis du, ba om å få velge nytt passord for brukeren din i Samling.",
  "password_reset.action": "Velg nytt passord",
  "password_reset.validity":
    "Lenken virker én gang og i {{minutes}} minutter. Når du har valgt nytt passord, blir du logget ut alle andre steder. Ba du ikke om dette, kan du se bort fra e-posten.",
  "password_reset.why": "Du får denne e-posten fordi noen ba om nytt passord for e-postadressen din i Samling.",

  "sign_in_link.subject": "Lenke for å logge inn i Samling",
  "sign_in_link.preview": "Lenken virker i {{minutes}} minutter.",
  "sign_in_link.heading": "Logg inn i Samling",
  "sign_in_link.intro": "Bruk knappen for å logge inn uten passord.",
  "sign_in_link.action": "Logg inn",
  "sign_in_link.validity": "Lenken virker én gang og i {{minutes}} minutter. Ba du ikke om den, kan du se bort fra e-posten.",
  "sign_in_link.why": "Du får denne e-posten fordi noen ba om en innloggingslenke for e-postadressen din i Samling.",
} as const;
