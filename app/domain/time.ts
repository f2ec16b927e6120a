/** Milliseconds in a day of 24 hours (not a calendar day in Oslo: use the date helpers for those). */
export const dayMs = 86_400_000;
