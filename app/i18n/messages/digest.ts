/**
 * The union representatives' notice when a final report is started, and the coordinator's weekly
 * digest: their names in the outbox and the digest's choice on the notification preferences page
 * (the keys follow those pages' `outbox.kind.*` and `notifications.category.*` patterns).
 */
export const nb = {
  "outbox.kind.report_started_union": "Sluttrapport påbegynt (tillitsvalgte)",
  "outbox.kind.weekly_digest": "Ukeoversikt",
  "notifications.category.weekly_digest": "Ukeoversikt",
  "notifications.category.weekly_digestHelp":
    "Mandag morgen, når det er noe å følge opp: ubesvarte invitasjoner, oppmøte som ikke er registrert og sluttrapporter som ikke er sendt inn.",
};

export const en: Record<keyof typeof nb, string> = {
  "outbox.kind.report_started_union": "Final report started (union representatives)",
  "outbox.kind.weekly_digest": "Weekly digest",
  "notifications.category.weekly_digest": "Weekly digest",
  "notifications.category.weekly_digestHelp":
    "On Monday morning, when there is something to follow up: unanswered invitations, roll-calls not taken and final reports not yet submitted.",
};

export const nn: Record<keyof typeof nb, string> = {
  "outbox.kind.report_started_union": "Sluttrapport påbyrja (tillitsvalde)",
  "outbox.kind.weekly_digest": "Vekeoversikt",
  "notifications.category.weekly_digest": "Vekeoversikt",
  "notifications.category.weekly_digestHelp":
    "Måndag morgon, når det er noko å følgje opp: invitasjonar utan svar, oppmøte som ikkje er registrert og sluttrapportar som ikkje er sende inn.",
};

export const sv: Record<keyof typeof nb, string> = {
  "outbox.kind.report_started_union": "Slutrapport påbörjad (fackliga företrädare)",
  "outbox.kind.weekly_digest": "Veckoöversikt",
  "notifications.category.weekly_digest": "Veckoöversikt",
  "notifications.category.weekly_digestHelp":
    "Måndag morgon, när det finns något att följa upp: obesvarade inbjudningar, närvaro som inte har registrerats och slutrapporter som inte har lämnats in.",
};
