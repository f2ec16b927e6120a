/** The consultation deadline e-mails: their names in the outbox and their category on the notifications page. */
export const nb = {
  "outbox.kind.consultation_deadline_reminder": "Påminnelse om høringsfrist",
  "outbox.kind.consultation_deadline_moved": "Høringsfrist flyttet",
  "notifications.category.consultation_reminders": "Påminnelser om høringsfrister",
  "notifications.category.consultation_remindersHelp":
    "To dager før fristen i en høring du er invitert til, når du ikke har sendt innspillene dine. Beskjed om at fristen er flyttet, får du alltid.",
};

export const nn: Record<keyof typeof nb, string> = {
  "outbox.kind.consultation_deadline_reminder": "Påminning om høyringsfrist",
  "outbox.kind.consultation_deadline_moved": "Høyringsfrist flytta",
  "notifications.category.consultation_reminders": "Påminningar om høyringsfristar",
  "notifications.category.consultation_remindersHelp":
    "To dagar før fristen i ei høyring du er invitert til, når du ikkje har sendt innspela dine. Melding om at fristen er flytta, får du alltid.",
};

export const sv: Record<keyof typeof nb, string> = {
  "outbox.kind.consultation_deadline_reminder": "Påminnelse om sista svarsdag",
  "outbox.kind.consultation_deadline_moved": "Sista svarsdag ändrad",
  "notifications.category.consultation_reminders": "Påminnelser om sista svarsdag i remisser",
  "notifications.category.consultation_remindersHelp":
    "Två dagar före sista svarsdag i en remiss du är inbjuden till, när du inte har skickat dina synpunkter. Besked om att sista svarsdag har ändrats får du alltid.",
};

export const en: Record<keyof typeof nb, string> = {
  "outbox.kind.consultation_deadline_reminder": "Consultation deadline reminder",
  "outbox.kind.consultation_deadline_moved": "Consultation deadline moved",
  "notifications.category.consultation_reminders": "Consultation deadline reminders",
  "notifications.category.consultation_remindersHelp":
    "Two days before the deadline of a consultation you are invited to, when you have not submitted your comments. You are always told when a deadline moves.",
};
