/** One-time messages after a change (app/server/flash.server.ts) that say two things at once. */
export const nb = {
  "flash.import.doneInvited":
    "Importen er lagret. Nye: {created}, oppdatert: {updated}, uendret: {unchanged}. Lagt i kull: {placed}. Invitasjoner sendt: {invited}. {count, plural, one {# invitasjon til å aktivere brukeren er sendt.} other {# invitasjoner til å aktivere brukeren er sendt.}}",
};

export const en: Record<keyof typeof nb, string> = {
  "flash.import.doneInvited":
    "The import is saved. New: {created}, updated: {updated}, unchanged: {unchanged}. Placed in cohorts: {placed}. Invitations sent: {invited}. {count, plural, one {# account invitation has been sent.} other {# account invitations have been sent.}}",
};

export const nn: Record<keyof typeof nb, string> = {
  "flash.import.doneInvited":
    "Importen er lagra. Nye: {created}, oppdaterte: {updated}, uendra: {unchanged}. Lagde i kull: {placed}. Invitasjonar sende: {invited}. {count, plural, one {# invitasjon til å aktivera brukaren er send.} other {# invitasjonar til å aktivera brukaren er sende.}}",
};

export const sv: Record<keyof typeof nb, string> = {
  "flash.import.doneInvited":
    "Importen är sparad. Nya: {created}, uppdaterade: {updated}, oförändrade: {unchanged}. Placerade i grupp: {placed}. Skickade inbjudningar: {invited}. {count, plural, one {# inbjudan att aktivera kontot har skickats.} other {# inbjudningar att aktivera kontot har skickats.}}",
};
