import type { nb } from "./nb";

/** E-posttext på svenska; samma nycklar som den norska katalogen (se nb.ts för hur den används). */
export const sv: Record<keyof typeof nb, string> = {
  lang: "sv",
  greeting: "Hej {recipient}!",
  footer: "Skickat automatiskt från Samling.",
  footerContact: "Frågor besvaras av {contact}.",
  "details.when": "När",
  "details.where": "Var",
  "details.online": "Digitalt",
  "details.theme": "Tema",
  "details.facilitators": "Processledare",
  "details.agenda": "Program",
  "rsvp.prompt": "Svara med en av knapparna så att vi vet om du kommer:",
  "rsvp.accept": "Jag kommer",
  "rsvp.decline": "Jag kan inte komma",
  calendarNote: "Kalenderinbjudan är bifogad. Svara med knapparna ovan; ett svar i ditt kalenderprogram registreras inte i Samling.",
  preWork: "Det finns förberedelser inför träffen. Du hittar dem på träffens sida:",
  "dates.sameDay": "{date}, kl. {start}–{end}",
  "dates.range": "{startDate} kl. {start} – {endDate} kl. {end}",
  "dates.at": "{date} kl. {time}",

  "invitation.subject": "Inbjudan: {gatheringTitle} {gatheringDate}",
  "invitation.preview": "Du är inbjuden till {gatheringTitle}, {gatheringWhen}.",
  "invitation.intro": "Du är inbjuden till {gatheringTitle} inom {programme}.",
  "invitation.why": "Du får det här mejlet eftersom du är inbjuden till en träff inom {programme}.",

  "reminder.subject": "Påminnelse: {gatheringTitle} {gatheringDate}",
  "reminder.preview": "{gatheringTitle} börjar {gatheringWhen}.",
  "reminder.intro": "{days, plural, one {Om # dag är det {gatheringTitle}.} other {Om # dagar är det {gatheringTitle}.}}",
  "reminder.introTomorrow": "I morgon är det {gatheringTitle}.",
  "reminder.accepted": "Du har tackat ja – välkommen!",
  "reminder.waitlisted": "Du står på reservlistan. Vi hör av oss om du får en plats.",
  "reminder.pending": "Du har inte svarat än. Meddela oss om du kommer.",
  "reminder.rsvp.decline": "Jag kan ändå inte komma",
  "reminder.why": "Du får den här påminnelsen eftersom du är inbjuden till en träff inom {programme} och inte har tackat nej.",

  "waitlist_promoted.subject": "Du har fått en plats: {gatheringTitle} {gatheringDate}",
  "waitlist_promoted.preview": "En plats har blivit ledig på {gatheringTitle}, {gatheringWhen}, och den är din.",
  "waitlist_promoted.intro":
    "Du stod på reservlistan till {gatheringTitle} inom {programme}. Nu har en plats blivit ledig och den är din – välkommen!",
  "waitlist_promoted.rsvp.prompt": "Kan du ändå inte komma? Meddela oss, så att platsen går vidare till någon annan:",
  "waitlist_promoted.rsvp.decline": "Jag kan ändå inte komma",
  "waitlist_promoted.why": "Du får det här mejlet eftersom du stod på reservlistan till en träff inom {programme}.",

  "change_notice.subject": "Ändrad: {gatheringTitle} {gatheringDate}",
  "change_notice.preview": "{gatheringTitle} har ändrats. Se vad som gäller nu.",
  "change_notice.heading": "Ändrad: {gatheringTitle}",
  "change_notice.intro": "Träffen har ändrats. Det här är nytt:",
  "change_notice.now": "Så här ser träffen ut nu:",
  "change_notice.rsvp.prompt": "Passar det fortfarande? Meddela oss om ditt svar har ändrats:",
  "change_notice.calendarNote": "Den uppdaterade kalenderinbjudan är bifogad och ersätter den du redan har.",
  "change_notice.why": "Du får det här mejlet eftersom du är inbjuden till en träff inom {programme} som har ändrats.",
  "changed.title": "Rubrik",
  "changed.theme": "Tema",
  "changed.kind": "Typ av träff",
  "changed.time": "Tid",
  "changed.venue": "Plats",
  "changed.onlineUrl": "Länk för digitalt deltagande",
  "changed.agenda": "Program",
  "changed.facilitators": "Processledare",
  "changed.capacity": "Antal platser",
  "changed.other": "Övriga uppgifter",

  "cancellation.subject": "Inställd: {gatheringTitle} {gatheringDate}",
  "cancellation.preview": "{gatheringTitle} {gatheringWhen} är inställd.",
  "cancellation.heading": "Inställd: {gatheringTitle}",
  "cancellation.intro": "{gatheringTitle}, {gatheringWhen}, är inställd.",
  "cancellation.reasonLabel": "Skäl",
  "cancellation.calendarNote": "Avbokningen är bifogad, så att mötet tas bort från din kalender.",
  "cancellation.why": "Du får det här mejlet eftersom du var inbjuden till träffen inom {programme}.",

  "invitation_withdrawn.subject": "Inbjudan har återkallats: {gatheringTitle} {gatheringDate}",
  "invitation_withdrawn.preview": "Du är inte längre inbjuden till {gatheringTitle} {gatheringWhen}.",
  "invitation_withdrawn.heading": "Inbjudan har återkallats",
  "invitation_withdrawn.intro":
    "Du är inte längre inbjuden till {gatheringTitle}, {gatheringWhen}. Träffen genomförs som planerat för övriga inbjudna.",
  "invitation_withdrawn.calendarNote": "En avbokning är bifogad, så att mötet tas bort från din kalender.",
  "invitation_withdrawn.why": "Du får det här mejlet eftersom du var inbjuden till träffen inom {programme}.",

  "reflection_prompt.subject": "Hur var {gatheringTitle}? Skriv en reflektion",
  "reflection_prompt.preview": "Några minuter för reflektion efter {gatheringTitle}.",
  "reflection_prompt.heading": "Hur var {gatheringTitle}?",
  "reflection_prompt.intro":
    "Tack för att du deltog {gatheringDate}. Ta några minuter och skriv ner vad du tar med dig in i din roll som chef medan det är färskt i minnet.",
  "reflection_prompt.action": "Skriv reflektionen",
  "reflection_prompt.privacy":
    "Reflektionen syns bara för dig. Länken fungerar en gång och i {days, plural, one {# dag} other {# dagar}}; därefter hittar du formuläret genom att logga in i Samling.",
  "reflection_prompt.why": "Du får det här mejlet eftersom du deltog i en träff inom {programme}.",

  "bulk_message.subject": "{messageSubject} – {gatheringTitle}",
  "bulk_message.preview": "Meddelande från {sender} om {gatheringTitle}.",
  "bulk_message.intro": "Meddelande från {sender} till deltagarna i {gatheringTitle} ({gatheringDate}):",
  "bulk_message.why": "Du får det här mejlet eftersom du är inbjuden till {gatheringTitle} inom {programme}.",

  "consultation_opened.subject": "Remiss: {document} – svar senast {deadline}",
  "consultation_opened.preview": "Du är inbjuden att lämna synpunkter senast {deadline}.",
  "consultation_opened.heading": "Remiss: {document}",
  "consultation_opened.intro":
    "Sekretariatet har skickat version {version} av {document} på remiss. Du är inbjuden att lämna synpunkter senast {deadline}.",
  "consultation_opened.action": "Läs och lämna synpunkter",
  "consultation_opened.howTo":
    "Du kan kommentera varje del av dokumentet. Synpunkterna sparas som utkast tills du skickar dem, och du får svar på hur de har tagits om hand.",
  "consultation_opened.why": "Du får det här mejlet eftersom du är inbjuden till remissen inom {programme}.",

  "report_requested.subject": "Slutrapport begärd: {programme}",
  "report_requested.preview": "Direktoratet begär en slutrapport senast {due}.",
  "report_requested.heading": "Direktoratet begär en slutrapport",
  "report_requested.intro": "{requester} på direktoratet begär en slutrapport för {programme} senast {due}.",
  "report_requested.focusLabel": "Önskat fokus",
  "report_requested.action": "Öppna slutrapporten",
  "report_requested.why": "Du får det här mejlet eftersom du är HR-samordnare för {programme}.",

  "report_submitted.subject": "Slutrapport inlämnad: {programme} ({organisation})",
  "report_submitted.preview": "{organisation} har lämnat in slutrapporten.",
  "report_submitted.heading": "Slutrapporten är inlämnad",
  "report_submitted.intro": "{submitter} har lämnat in slutrapporten för {programme} i {organisation}.",
  "report_submitted.action": "Läs rapporten",
  "report_submitted.why": "Du får det här mejlet eftersom direktoratet begärde rapporten.",

  "report_returned.subject": "Slutrapporten har skickats tillbaka: {programme}",
  "report_returned.preview": "Direktoratet begär ändringar i slutrapporten.",
  "report_returned.heading": "Slutrapporten har skickats tillbaka",
  "report_returned.intro": "Direktoratet har skickat tillbaka slutrapporten för {programme} för ändringar.",
  "report_returned.commentLabel": "Kommentar från direktoratet",
  "report_returned.action": "Öppna slutrapporten",
  "report_returned.why": "Du får det här mejlet eftersom du är HR-samordnare för {programme}.",

  "report_published.subject": "Slutrapport publicerad: {programme}",
  "report_published.preview": "Slutrapporten för {programme} är publicerad.",
  "report_published.heading": "Slutrapporten är publicerad",
  "report_published.intro": "Slutrapporten för {programme} i {organisation} är publicerad och kan läsas av direktoratet.",
  "report_published.action": "Läs rapporten",
  "report_published.why": "Du får det här mejlet eftersom du följer slutrapporten för {programme}.",

  "account_invitation.subject": "Du är inbjuden till Samling – {organisation}",
  "account_invitation.preview": "Aktivera ditt konto i Samling.",
  "account_invitation.heading": "Välkommen till Samling",
  "account_invitation.intro":
    "{invitedBy, select, person {{inviter} har bjudit in dig} other {Du är inbjuden}} till Samling, där {organisation} följer upp ledarutvecklingsprogrammet: träffar, anmälningar och reflektioner. Välj ett lösenord för att aktivera ditt konto.",
  "account_invitation.action": "Aktivera kontot",
  "account_invitation.validity":
    "Länken fungerar en gång och i {days} dagar. Har den slutat gälla kan du begära en ny på inloggningssidan under ”Glömt lösenordet?”.",
  "account_invitation.why": "Du får det här mejlet eftersom du är registrerad som deltagare i {organisation}.",

  "password_reset.subject": "Nytt lösenord i Samling",
  "password_reset.preview": "Länken för att välja ett nytt lösenord fungerar i {minutes} minuter.",
  "password_reset.heading": "Välj ett nytt lösenord",
  "password_reset.intro": "Någon, förhoppningsvis du, har begärt att få välja ett nytt lösenord för ditt konto i Samling.",
  "password_reset.action": "Välj nytt lösenord",
  "password_reset.validity":
    "Länken fungerar en gång och i {minutes} minuter. När du har valt ett nytt lösenord loggas du ut från alla andra enheter. Har du inte begärt detta kan du bortse från mejlet.",
  "password_reset.why": "Du får det här mejlet eftersom någon har begärt ett nytt lösenord för din e-postadress i Samling.",

  "sign_in_link.subject": "Länk för att logga in i Samling",
  "sign_in_link.preview": "Länken fungerar i {minutes} minuter.",
  "sign_in_link.heading": "Logga in i Samling",
  "sign_in_link.intro": "Använd knappen för att logga in utan lösenord.",
  "sign_in_link.action": "Logga in",
  "sign_in_link.validity": "Länken fungerar en gång och i {minutes} minuter. Har du inte begärt den kan du bortse från mejlet.",
  "sign_in_link.why": "Du får det här mejlet eftersom någon har begärt en inloggningslänk för din e-postadress i Samling.",
  "facilitator_invitation.subject": "{mode, select, changed {Ändrat: } other {}}{gatheringTitle} {gatheringDate} – du är processledare",
  "facilitator_invitation.preview":
    "{mode, select, changed {{gatheringTitle} har ändrats.} other {Du är processledare för {gatheringTitle}, {gatheringWhen}.}}",
  "facilitator_invitation.heading": "{mode, select, changed {Ändrat: {gatheringTitle}} other {{gatheringTitle}}}",
  "facilitator_invitation.intro":
    "{mode, select, changed {Träffen du leder har ändrats. Det här är nytt:} other {Du är processledare för {gatheringTitle} inom {programme}. Du är inte deltagare och behöver inte svara på inbjudan.}}",
  "facilitator_invitation.calendarNote": "Kalenderinbjudan är bifogad; en senare ändring ersätter den.",
  "facilitator_invitation.why": "Du får det här mejlet eftersom du är processledare för en träff inom {programme}.",
  "facilitator_cancellation.subject": "{mode, select, cancelled {Inställt} other {Du leder inte längre}}: {gatheringTitle} {gatheringDate}",
  "facilitator_cancellation.preview":
    "{mode, select, cancelled {{gatheringTitle} {gatheringWhen} är inställd.} other {Du är inte längre processledare för {gatheringTitle}.}}",
  "facilitator_cancellation.heading":
    "{mode, select, cancelled {Inställt: {gatheringTitle}} other {Du leder inte längre {gatheringTitle}}}",
  "facilitator_cancellation.intro":
    "{mode, select, cancelled {{gatheringTitle}, {gatheringWhen}, är inställd.} other {Du är inte längre processledare för {gatheringTitle}, {gatheringWhen}.}}",
  "facilitator_cancellation.reasonLabel": "Motivering",
  "facilitator_cancellation.calendarNote": "En avbokning är bifogad, så att mötet tas bort från din kalender.",
  "facilitator_cancellation.why": "Du får det här mejlet eftersom du var processledare för en träff inom {programme}.",
  "feedback_request.subject": "Vad tyckte du om {gatheringTitle}? Ge en kort återkoppling",
  "feedback_request.preview": "Tre korta frågor om {gatheringTitle}.",
  "feedback_request.heading": "Vad tyckte du om {gatheringTitle}?",
  "feedback_request.intro": "Tack för att du deltog. Tre korta frågor hjälper oss att göra nästa träff bättre.",
  "feedback_request.action": "Ge återkoppling",
  "feedback_request.privacy":
    "Länken är personlig: du loggar in som dig själv. Svaren sparas utan namn, och siffror och text visas först när minst fem har svarat.",
  "feedback_request.why": "Du får det här mejlet eftersom du deltog i en träff inom {programme}.",

  "reflection_reminder.subject":
    "{reflection, select, baseline {Påminnelse: startreflektionen i {programme}} other {Påminnelse: slutreflektionen i {programme}}}",
  "reflection_reminder.preview": "Din {reflection, select, baseline {startreflektion} other {slutreflektion}} är inte skriven än.",
  "reflection_reminder.heading": "{reflection, select, baseline {Skriv startreflektionen} other {Skriv slutreflektionen}}",
  "reflection_reminder.intro":
    "{reflection, select, baseline {Programmet {programme} har börjat. Din startreflektion är inte skriven än: den tar några minuter och visar dig senare var du började.} other {{programme} närmar sig slutet. Din slutreflektion är inte skriven än: den visar vad du har fått ut av programmet.}}",
  "reflection_reminder.action": "Skriv reflektionen",
  "reflection_reminder.privacy": "Reflektionen är bara synlig för dig. Koordinatorn ser bara om den är skriven, aldrig vad du skriver.",
  "reflection_reminder.optOut": "Vill du inte få sådana påminnelser? Ändra dina aviseringar",
  "reflection_reminder.why": "Du får den här påminnelsen eftersom du deltar i {programme}.",
  "reflection_prompt_reminder.subject": "Påminnelse: hur var {gatheringTitle}?",
  "reflection_prompt_reminder.preview": "Länken till reflektionen efter {gatheringTitle} har inte använts än.",
  "reflection_prompt_reminder.heading": "Hur var {gatheringTitle}?",
  "reflection_prompt_reminder.intro":
    "För några dagar sedan fick du en länk för att skriva en reflektion efter {gatheringTitle} ({gatheringDate}). Den har inte använts än och fungerar till {expires}.",
  "reflection_prompt_reminder.action": "Skriv reflektionen",
  "reflection_prompt_reminder.privacy": "Reflektionen är bara synlig för dig. Länken fungerar en gång.",
  "reflection_prompt_reminder.optOut": "Vill du inte få sådana påminnelser? Ändra dina aviseringar",
  "reflection_prompt_reminder.why": "Du får den här påminnelsen eftersom du deltog i en träff i {programme}.",

  "consultation_answered.subject": "Dina synpunkter har besvarats: {document}",
  "consultation_answered.preview": "Läs hur dina synpunkter på {document} har följts upp.",
  "consultation_answered.heading": "Dina synpunkter har besvarats",
  "consultation_answered.intro":
    "Version {decided} av {document} har beslutats. Synpunkterna du lämnade i remissen om version {version} har besvarats, och du kan läsa hur var och en av dem har följts upp.",
  "consultation_answered.action": "Läs svaren",
  "consultation_answered.why": "Du får det här mejlet eftersom du lämnade synpunkter i remissen inom {programme}.",

  "consultation.progress":
    "{progress, select, drafts {Du har utkast till {drafted} av dokumentets {sections} avsnitt som inte har skickats än. Sekretariatet ser bara synpunkter som har skickats.} other {Du har inte lämnat några synpunkter än. {sections, plural, one {Dokumentet har # avsnitt} other {Dokumentet har # avsnitt}}, och du kan kommentera vart och ett.}}",
  "consultation.action": "{progress, select, drafts {Granska och skicka dina synpunkter} other {Läs och lämna synpunkter}}",
  "consultation.privacy": "Dina utkast syns bara för dig tills du skickar dem.",
  "consultation_deadline_reminder.subject": "Påminnelse: sista svarsdag {deadline} – {document}",
  "consultation_deadline_reminder.preview": "Synpunkter på {document} ska lämnas senast {deadline}.",
  "consultation_deadline_reminder.heading": "Sista svarsdag närmar sig",
  "consultation_deadline_reminder.intro": "Synpunkter på version {version} av {document} ska lämnas senast {deadline}.",
  "consultation_deadline_reminder.optOut": "Vill du inte få sådana påminnelser? Ändra dina aviseringar",
  "consultation_deadline_reminder.why":
    "Du får den här påminnelsen eftersom du är inbjuden till remissen inom {programme} och inte har skickat dina synpunkter än.",
  "consultation_deadline_moved.subject": "Ny sista svarsdag {deadline} – {document}",
  "consultation_deadline_moved.preview": "Sista svarsdag har flyttats från {previous} till {deadline}.",
  "consultation_deadline_moved.heading": "Sista svarsdag för remissen har ändrats",
  "consultation_deadline_moved.intro":
    "Sista svarsdag för synpunkter på version {version} av {document} har flyttats. Tidigare gällde {previous}.",
  "consultation_deadline_moved.now": "Ny sista svarsdag: {deadline}",
  "consultation_deadline_moved.why":
    "Du får det här mejlet eftersom du är inbjuden till remissen inom {programme} och inte har skickat dina synpunkter än.",
};
