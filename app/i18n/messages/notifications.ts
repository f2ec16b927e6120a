/** E-mail reminders and notification preferences: the reminder button, the preferences page, one-click unsubscribe. */
export const nb = {
  "outbox.kind.reflection_reminder": "Påminnelse om refleksjon",
  "outbox.kind.reflection_prompt_reminder": "Påminnelse om refleksjon etter samling",
  "outbox.kind.consultation_answered": "Innspill besvart",

  "notifications.remind.title": "Påminn dem som mangler",
  "notifications.remind.intro":
    "Sender én e-post til hver deltaker som mangler start- eller sluttrefleksjonen som er bedt om nå. Hver person får høyst én slik påminnelse per {days} dager. Du ser aldri hva noen har skrevet.",
  "notifications.remind.submit": "Send påminnelse til dem som mangler",
  "notifications.remind.reminded": "{count, plural, one {# person får en påminnelse.} other {# personer får en påminnelse.}}",
  "notifications.remind.recent":
    "{count, plural, one {# person ble hoppet over fordi hen fikk en påminnelse nylig.} other {# personer ble hoppet over fordi de fikk en påminnelse nylig.}}",
  "notifications.remind.optedOut":
    "{count, plural, one {# person ble hoppet over fordi hen har slått av slike påminnelser.} other {# personer ble hoppet over fordi de har slått av slike påminnelser.}}",

  "notifications.nav": "Varsler",
  "notifications.title": "Varsler på e-post",
  "notifications.intro": "Velg hvilke valgfrie e-poster du vil ha fra Samling.",
  "notifications.optional": "Valgfrie e-poster",
  "notifications.category.reflection_reminders": "Påminnelser om refleksjoner",
  "notifications.category.reflection_remindersHelp":
    "Når start- eller sluttrefleksjonen din er bedt om og ikke skrevet, og når lenken etter en samling ikke er brukt.",
  "notifications.category.gathering_reminders": "Påminnelser før samlinger",
  "notifications.category.gathering_remindersHelp": "En uke og en dag før samlinger du er invitert til.",
  "notifications.save": "Lagre valgene",
  "notifications.saved": "Valgene dine er lagret.",
  "notifications.essential": "E-poster du alltid får",
  "notifications.essentialText":
    "Invitasjoner, endringer, avlysninger, plass fra venteliste og e-poster om innlogging og passord kan ikke slås av: uten dem vet du ikke hva som gjelder.",

  "notifications.unsubscribe.title": "Slå av e-poster",
  "notifications.unsubscribe.confirm": "Vil du slå av «{category}»? Du kan slå dem på igjen under Varsler når du er logget inn.",
  "notifications.unsubscribe.submit": "Slå av",
  "notifications.unsubscribe.done": "«{category}» er slått av. Du kan slå dem på igjen under Varsler når du er logget inn.",
  "notifications.unsubscribe.invalid": "Lenken er ikke gyldig. Ingenting er endret. Logg inn og velg varsler under Varsler.",
};

export const nn: Record<keyof typeof nb, string> = {
  "outbox.kind.reflection_reminder": "Påminning om refleksjon",
  "outbox.kind.reflection_prompt_reminder": "Påminning om refleksjon etter samling",
  "outbox.kind.consultation_answered": "Innspel svarte på",

  "notifications.remind.title": "Minn på dei som manglar",
  "notifications.remind.intro":
    "Sender éin e-post til kvar deltakar som manglar start- eller sluttrefleksjonen som er beden om no. Kvar person får høgst éi slik påminning per {days} dagar. Du ser aldri kva nokon har skrive.",
  "notifications.remind.submit": "Send påminning til dei som manglar",
  "notifications.remind.reminded": "{count, plural, one {# person får ei påminning.} other {# personar får ei påminning.}}",
  "notifications.remind.recent":
    "{count, plural, one {# person vart hoppa over fordi vedkomande fekk ei påminning nyleg.} other {# personar vart hoppa over fordi dei fekk ei påminning nyleg.}}",
  "notifications.remind.optedOut":
    "{count, plural, one {# person vart hoppa over fordi vedkomande har slått av slike påminningar.} other {# personar vart hoppa over fordi dei har slått av slike påminningar.}}",

  "notifications.nav": "Varsel",
  "notifications.title": "Varsel på e-post",
  "notifications.intro": "Vel kva valfrie e-postar du vil ha frå Samling.",
  "notifications.optional": "Valfrie e-postar",
  "notifications.category.reflection_reminders": "Påminningar om refleksjonar",
  "notifications.category.reflection_remindersHelp":
    "Når start- eller sluttrefleksjonen din er beden om og ikkje skriven, og når lenkja etter ei samling ikkje er brukt.",
  "notifications.category.gathering_reminders": "Påminningar før samlingar",
  "notifications.category.gathering_remindersHelp": "Ei veke og ein dag før samlingar du er invitert til.",
  "notifications.save": "Lagre vala",
  "notifications.saved": "Vala dine er lagra.",
  "notifications.essential": "E-postar du alltid får",
  "notifications.essentialText":
    "Invitasjonar, endringar, avlysingar, plass frå ventelista og e-postar om innlogging og passord kan ikkje slåast av: utan dei veit du ikkje kva som gjeld.",

  "notifications.unsubscribe.title": "Slå av e-postar",
  "notifications.unsubscribe.confirm": "Vil du slå av «{category}»? Du kan slå dei på att under Varsel når du er logga inn.",
  "notifications.unsubscribe.submit": "Slå av",
  "notifications.unsubscribe.done": "«{category}» er slått av. Du kan slå dei på att under Varsel når du er logga inn.",
  "notifications.unsubscribe.invalid": "Lenkja er ikkje gyldig. Ingenting er endra. Logg inn og vel varsel under Varsel.",
};

export const sv: Record<keyof typeof nb, string> = {
  "outbox.kind.reflection_reminder": "Påminnelse om reflektion",
  "outbox.kind.reflection_prompt_reminder": "Påminnelse om reflektion efter träff",
  "outbox.kind.consultation_answered": "Synpunkter besvarade",

  "notifications.remind.title": "Påminn dem som saknas",
  "notifications.remind.intro":
    "Skickar ett mejl till varje deltagare som saknar den start- eller slutreflektion som efterfrågas nu. Varje person får högst en sådan påminnelse per {days} dagar. Du ser aldrig vad någon har skrivit.",
  "notifications.remind.submit": "Skicka påminnelse till dem som saknas",
  "notifications.remind.reminded": "{count, plural, one {# person får en påminnelse.} other {# personer får en påminnelse.}}",
  "notifications.remind.recent":
    "{count, plural, one {# person hoppades över eftersom hen nyligen fick en påminnelse.} other {# personer hoppades över eftersom de nyligen fick en påminnelse.}}",
  "notifications.remind.optedOut":
    "{count, plural, one {# person hoppades över eftersom hen har stängt av sådana påminnelser.} other {# personer hoppades över eftersom de har stängt av sådana påminnelser.}}",

  "notifications.nav": "Aviseringar",
  "notifications.title": "Aviseringar via mejl",
  "notifications.intro": "Välj vilka valfria mejl du vill få från Samling.",
  "notifications.optional": "Valfria mejl",
  "notifications.category.reflection_reminders": "Påminnelser om reflektioner",
  "notifications.category.reflection_remindersHelp":
    "När din start- eller slutreflektion efterfrågas och inte är skriven, och när länken efter en träff inte har använts.",
  "notifications.category.gathering_reminders": "Påminnelser före träffar",
  "notifications.category.gathering_remindersHelp": "En vecka och en dag före träffar du är inbjuden till.",
  "notifications.save": "Spara valen",
  "notifications.saved": "Dina val är sparade.",
  "notifications.essential": "Mejl du alltid får",
  "notifications.essentialText":
    "Inbjudningar, ändringar, inställda träffar, plats från reservlistan och mejl om inloggning och lösenord kan inte stängas av: utan dem vet du inte vad som gäller.",

  "notifications.unsubscribe.title": "Stäng av mejl",
  "notifications.unsubscribe.confirm": "Vill du stänga av ”{category}”? Du kan slå på dem igen under Aviseringar när du är inloggad.",
  "notifications.unsubscribe.submit": "Stäng av",
  "notifications.unsubscribe.done": "”{category}” är avstängda. Du kan slå på dem igen under Aviseringar när du är inloggad.",
  "notifications.unsubscribe.invalid": "Länken är inte giltig. Inget har ändrats. Logga in och välj aviseringar under Aviseringar.",
};

export const en: Record<keyof typeof nb, string> = {
  "outbox.kind.reflection_reminder": "Reflection reminder",
  "outbox.kind.reflection_prompt_reminder": "Reminder to reflect after a gathering",
  "outbox.kind.consultation_answered": "Comments answered",

  "notifications.remind.title": "Remind those who are missing",
  "notifications.remind.intro":
    "Sends one e-mail to each participant missing the baseline or closing reflection asked for now. Each person gets at most one such reminder per {days} days. You never see what anyone has written.",
  "notifications.remind.submit": "Remind those who are missing",
  "notifications.remind.reminded": "{count, plural, one {# person is being reminded.} other {# people are being reminded.}}",
  "notifications.remind.recent":
    "{count, plural, one {# person was skipped: they were reminded recently.} other {# people were skipped: they were reminded recently.}}",
  "notifications.remind.optedOut":
    "{count, plural, one {# person was skipped: they have turned such reminders off.} other {# people were skipped: they have turned such reminders off.}}",

  "notifications.nav": "Notifications",
  "notifications.title": "E-mail notifications",
  "notifications.intro": "Choose which optional e-mails you want from Samling.",
  "notifications.optional": "Optional e-mails",
  "notifications.category.reflection_reminders": "Reflection reminders",
  "notifications.category.reflection_remindersHelp":
    "When your baseline or closing reflection is asked for and not written, and when the link after a gathering is unused.",
  "notifications.category.gathering_reminders": "Reminders before gatherings",
  "notifications.category.gathering_remindersHelp": "A week and a day before gatherings you are invited to.",
  "notifications.save": "Save choices",
  "notifications.saved": "Your choices are saved.",
  "notifications.essential": "E-mails you always get",
  "notifications.essentialText":
    "Invitations, changes, cancellations, a place from the waiting list and e-mails about signing in and passwords cannot be turned off: without them you would not know what applies.",

  "notifications.unsubscribe.title": "Turn off e-mails",
  "notifications.unsubscribe.confirm": "Turn off “{category}”? You can turn them on again under Notifications when signed in.",
  "notifications.unsubscribe.submit": "Turn off",
  "notifications.unsubscribe.done": "“{category}” are turned off. You can turn them on again under Notifications when signed in.",
  "notifications.unsubscribe.invalid":
    "This link is not valid. Nothing was changed. Sign in and choose your notifications under Notifications.",
};
