/** The participants' side: feedback after gatherings and union representatives' chosen gatherings. */
export const nb = {
  "participants.feedback.title": "Tilbakemelding på samlingen",
  "participants.feedback.intro":
    "Svarene er anonyme: de lagres uten navn, og det lagres bare at du har svart, slik at ingen svarer to ganger. Resultatene vises først når minst fem har svart.",
  "participants.feedback.overall": "Hvor nyttig var samlingen alt i alt?",
  "participants.feedback.overallLow": "lite nyttig",
  "participants.feedback.overallHigh": "svært nyttig",
  "participants.feedback.relevance":
    "Hvor relevant var samlingen for din lederrolle?",
  "participants.feedback.relevanceLow": "lite relevant",
  "participants.feedback.relevanceHigh": "svært relevant",
  "participants.feedback.takeaway": "Hva tar du med deg fra samlingen?",
  "participants.feedback.takeawayHelp":
    "Valgfritt. Skriv ikke noe som avslører hvem du er, om du vil være anonym.",
  "participants.feedback.submit": "Send tilbakemelding",
  "participants.feedback.thanks": "Takk! Tilbakemeldingen din er registrert.",
  "participants.feedback.answered":
    "Du har gitt tilbakemelding på denne samlingen.",
  "participants.feedback.closed":
    "Du kan ikke gi tilbakemelding på denne samlingen.",
  "participants.feedback.ratingRequired": "Velg et tall fra 1 til 5.",
  "participants.feedback.results": "Resultater",
  "participants.feedback.count": "Antall svar: {n}",
  "participants.feedback.tooFew":
    "For få svar til å vise resultater (minst fem må ha svart).",
  "participants.feedback.mean": "Gjennomsnitt {mean} av 5",
  "participants.feedback.distribution": "Fordeling (1–5): {values}",
  "participants.feedback.takeaways": "Hva deltakerne tar med seg",
  "participants.feedback.noTakeaways": "Ingen har skrevet noe ennå.",
  "participants.feedback.link": "Tilbakemelding",
  "participants.home.feedbackDue": "Gi tilbakemelding",
  "participants.home.feedbackOn": "Tilbakemelding på {title}",
  "participants.union.chooseGatherings": "Samlinger du vil delta på",
  "participants.union.chooseGatheringsHelp":
    "Du blir invitert som observatør til samlingene du velger. Tar du bort en samling, trekkes invitasjonen tilbake.",
  "participants.union.saveGatherings": "Lagre valg av samlinger",
  "participants.union.noGatherings":
    "Programmet har ingen kommende samlinger ennå.",
  "participants.union.planned": "ikke bekreftet",
  "outbox.kind.invitation_withdrawn": "Invitasjon trukket tilbake",
  "participants.remove.action": "Fjern valgte fra invitasjonen",
  "participants.remove.started":
    "Invitasjoner kan bare trekkes tilbake før samlingen starter.",
  "gatherings.done.removed":
    "{count} fjernet fra invitasjonen. De får beskjed med kalenderavlysning.",
};

export const en: Record<keyof typeof nb, string> = {
  "participants.feedback.title": "Feedback on the gathering",
  "participants.feedback.intro":
    "Answers are anonymous: they are stored without a name, and only the fact that you have answered is kept, so nobody answers twice. Results are shown only once at least five have answered.",
  "participants.feedback.overall": "How valuable was the gathering overall?",
  "participants.feedback.overallLow": "of little value",
  "participants.feedback.overallHigh": "very valuable",
  "participants.feedback.relevance":
    "How relevant was the gathering for your leader role?",
  "participants.feedback.relevanceLow": "not very relevant",
  "participants.feedback.relevanceHigh": "very relevant",
  "participants.feedback.takeaway":
    "What do you take with you from the gathering?",
  "participants.feedback.takeawayHelp":
    "Optional. If you want to stay anonymous, write nothing that gives away who you are.",
  "participants.feedback.submit": "Send feedback",
  "participants.feedback.thanks": "Thank you! Your feedback has been recorded.",
  "participants.feedback.answered":
    "You have given feedback on this gathering.",
  "participants.feedback.closed": "You cannot give feedback on this gathering.",
  "participants.feedback.ratingRequired": "Choose a number from 1 to 5.",
  "participants.feedback.results": "Results",
  "participants.feedback.count": "Answers: {n}",
  "participants.feedback.tooFew":
    "Too few answers to show results (at least five must have answered).",
  "participants.feedback.mean": "Average {mean} of 5",
  "participants.feedback.distribution": "Distribution (1–5): {values}",
  "participants.feedback.takeaways": "What participants take with them",
  "participants.feedback.noTakeaways": "Nobody has written anything yet.",
  "participants.feedback.link": "Feedback",
  "participants.home.feedbackDue": "Give feedback",
  "participants.home.feedbackOn": "Feedback on {title}",
  "participants.union.chooseGatherings": "Gatherings you want to take part in",
  "participants.union.chooseGatheringsHelp":
    "You are invited as an observer to the gatherings you choose. Remove one and the invitation is withdrawn.",
  "participants.union.saveGatherings": "Save chosen gatherings",
  "participants.union.noGatherings":
    "The programme has no upcoming gatherings yet.",
  "participants.union.planned": "not confirmed",
  "outbox.kind.invitation_withdrawn": "Invitation withdrawn",
  "participants.remove.action": "Remove selected from the invitation",
  "participants.remove.started":
    "Invitations can only be withdrawn before the gathering starts.",
  "gatherings.done.removed":
    "{count} removed from the invitation. They are told, with a calendar cancellation.",
};

export const nn: Record<keyof typeof nb, string> = {
  "participants.feedback.title": "Tilbakemelding på samlinga",
  "participants.feedback.intro": "Svara er anonyme: dei blir lagra utan namn, og det blir berre lagra at du har svart, slik at ingen svarer to gonger. Resultata blir viste først når minst fem har svart.",
  "participants.feedback.overall": "Kor nyttig var samlinga alt i alt?",
  "participants.feedback.overallLow": "lite nyttig",
  "participants.feedback.overallHigh": "svært nyttig",
  "participants.feedback.relevance": "Kor relevant var samlinga for leiarrolla di?",
  "participants.feedback.relevanceLow": "lite relevant",
  "participants.feedback.relevanceHigh": "svært relevant",
  "participants.feedback.takeaway": "Kva tek du med deg frå samlinga?",
  "participants.feedback.takeawayHelp": "Valfritt. Skriv ikkje noko som avslører kven du er, om du vil vere anonym.",
  "participants.feedback.submit": "Send tilbakemelding",
  "participants.feedback.thanks": "Takk! Tilbakemeldinga di er registrert.",
  "participants.feedback.answered": "Du har gitt tilbakemelding på denne samlinga.",
  "participants.feedback.closed": "Du kan ikkje gi tilbakemelding på denne samlinga.",
  "participants.feedback.ratingRequired": "Vel eit tal frå 1 til 5.",
  "participants.feedback.results": "Resultat",
  "participants.feedback.count": "Tal på svar: {n}",
  "participants.feedback.tooFew": "For få svar til å vise resultat (minst fem må ha svart).",
  "participants.feedback.mean": "Gjennomsnitt {mean} av 5",
  "participants.feedback.distribution": "Fordeling (1–5): {values}",
  "participants.feedback.takeaways": "Kva deltakarane tek med seg",
  "participants.feedback.noTakeaways": "Ingen har skrive noko enno.",
  "participants.feedback.link": "Tilbakemelding",
  "participants.home.feedbackDue": "Gi tilbakemelding",
  "participants.home.feedbackOn": "Tilbakemelding på {title}",
  "participants.union.chooseGatherings": "Samlingar du vil delta på",
  "participants.union.chooseGatheringsHelp": "Du blir invitert som observatør til samlingane du vel. Tek du bort ei samling, blir invitasjonen trekt tilbake.",
  "participants.union.saveGatherings": "Lagre val av samlingar",
  "participants.union.noGatherings": "Programmet har ingen komande samlingar enno.",
  "participants.union.planned": "ikkje stadfesta",
  "outbox.kind.invitation_withdrawn": "Invitasjon trekt tilbake",
};

export const sv: Record<keyof typeof nb, string> = {
  "participants.feedback.title": "Utvärdering av träffen",
  "participants.feedback.intro": "Svaren är anonyma: de sparas utan namn, och det enda som sparas om dig är att du har svarat, så att ingen svarar två gånger. Resultaten visas först när minst fem personer har svarat.",
  "participants.feedback.overall": "Hur givande var träffen som helhet?",
  "participants.feedback.overallLow": "inte särskilt givande",
  "participants.feedback.overallHigh": "mycket givande",
  "participants.feedback.relevance": "Hur relevant var träffen för din roll som chef?",
  "participants.feedback.relevanceLow": "inte särskilt relevant",
  "participants.feedback.relevanceHigh": "mycket relevant",
  "participants.feedback.takeaway": "Vad tar du med dig från träffen?",
  "participants.feedback.takeawayHelp": "Frivilligt. Vill du vara anonym, skriv inget som avslöjar vem du är.",
  "participants.feedback.submit": "Skicka svar",
  "participants.feedback.thanks": "Tack! Ditt svar är registrerat.",
  "participants.feedback.answered": "Du har redan svarat på utvärderingen av den här träffen.",
  "participants.feedback.closed": "Du kan inte svara på utvärderingen av den här träffen.",
  "participants.feedback.ratingRequired": "Välj en siffra från 1 till 5.",
  "participants.feedback.results": "Resultat",
  "participants.feedback.count": "Antal svar: {n}",
  "participants.feedback.tooFew": "För få svar för att visa resultat (minst fem måste ha svarat).",
  "participants.feedback.mean": "Medelvärde {mean} av 5",
  "participants.feedback.distribution": "Fördelning (1–5): {values}",
  "participants.feedback.takeaways": "Vad deltagarna tar med sig",
  "participants.feedback.noTakeaways": "Ingen har skrivit något ännu.",
  "participants.feedback.link": "Utvärdering",
  "participants.home.feedbackDue": "Svara på utvärderingen",
  "participants.home.feedbackOn": "Utvärdering av {title}",
  "participants.union.chooseGatherings": "Träffar du vill delta i",
  "participants.union.chooseGatheringsHelp": "Du bjuds in som observatör till de träffar du väljer. Tar du bort en träff återkallas inbjudan.",
  "participants.union.saveGatherings": "Spara valda träffar",
  "participants.union.noGatherings": "Programmet har inga kommande träffar ännu.",
  "participants.union.planned": "inte bekräftad",
  "outbox.kind.invitation_withdrawn": "Inbjudan återkallad",
};
