/**
 * Issue 18, the coordinator's everyday: the roster import's workbooks and its help to fix a file,
 * and the e-mails the app promised (their outbox labels; the e-mail text is in emails/messages).
 */
export const nb = {
  "everyday.import.intro":
    "Last opp regnearket som Excel-arbeidsbok (.xlsx) eller CSV. Du får se hva som vil skje med hver rad før noe lagres.",
  "everyday.import.fileHelp": "Excel-arbeidsbok (.xlsx, første ark) eller CSV, høyst 5 MB.",
  "everyday.import.xls": "Filen er i det gamle Excel-formatet (.xls). Åpne den i Excel og lagre som Excel-arbeidsbok (.xlsx) eller CSV.",
  "everyday.import.encrypted":
    "Arbeidsboken er beskyttet med passord. Fjern passordet i Excel (Fil → Info → Beskytt arbeidsbok) og last opp på nytt.",
  "everyday.import.unreadable": "Filen kan ikke leses som en Excel-arbeidsbok. Lagre den som .xlsx eller CSV og prøv igjen.",
  "everyday.import.workbook": "Excel-arbeidsbok, arket «{sheet}».",
  "everyday.import.missingLevel": "Ledernivå mangler for en ny leder. Velg et standard ledernivå for importen, eller fyll det inn i filen.",
  "everyday.import.fixTitle": "Rett opp uten å endre filen",
  "everyday.import.fixIntro":
    "Velg hva som skal skje med verdier organisasjonen ikke har. Valget gjelder alle radene som har verdien. Se over importen igjen etterpå.",
  "everyday.import.unitsTitle": "Ukjente enheter",
  "everyday.import.levelsTitle": "Ukjente ledernivåer",
  "everyday.import.valueLabel": "«{name}» ({rows} rader)",
  "everyday.import.leaveUnknown": "Ikke valgt (radene har feil)",
  "everyday.import.create": "Opprett «{name}»",
  "everyday.import.mapGroup": "Bruk en som finnes",
  "everyday.import.defaultLevel": "Standard ledernivå for nye ledere uten ledernivå",
  "everyday.import.defaultLevelHelp": "Gjelder bare nye personer i filen som er ledere og mangler ledernivå.",
  "everyday.import.noDefaultLevel": "Ingen (radene har feil)",
  "everyday.import.review": "Se over importen igjen",
  "outbox.kind.waitlist_promoted": "Plass fra venteliste",
  "everyday.copy.title": "Kopier samlingen",
  "everyday.copy.help":
    "Alt annet blir som på denne samlingen: program, sted, kull og lærekrefter. Du ser over skjemaet før den lagres. Kopien lagres som planlagt, så ingen blir invitert før du bekrefter den.",
  "everyday.copy.date": "Ny startdato",
  "everyday.copy.submit": "Lag en kopi",
  "everyday.copy.notice": "Dette er en kopi. Se over dato og program før du lagrer; ingen blir invitert før samlingen er bekreftet.",
};

export const en: Record<keyof typeof nb, string> = {
  "everyday.import.intro":
    "Upload the spreadsheet as an Excel workbook (.xlsx) or CSV. You see what will happen to every row before anything is saved.",
  "everyday.import.fileHelp": "Excel workbook (.xlsx, first sheet) or CSV, at most 5 MB.",
  "everyday.import.xls": "The file is in the old Excel format (.xls). Open it in Excel and save it as an Excel workbook (.xlsx) or CSV.",
  "everyday.import.encrypted":
    "The workbook is protected by a password. Remove the password in Excel (File → Info → Protect Workbook) and upload it again.",
  "everyday.import.unreadable": "The file cannot be read as an Excel workbook. Save it as .xlsx or CSV and try again.",
  "everyday.import.workbook": "Excel workbook, sheet “{sheet}”.",
  "everyday.import.missingLevel": "A new leader has no leader level. Choose a default level for the import, or fill it in in the file.",
  "everyday.import.fixTitle": "Fix it without changing the file",
  "everyday.import.fixIntro":
    "Choose what happens to values the organisation does not have. A choice applies to every row with the value. Review the import again afterwards.",
  "everyday.import.unitsTitle": "Unknown units",
  "everyday.import.levelsTitle": "Unknown leader levels",
  "everyday.import.valueLabel": "“{name}” ({rows} rows)",
  "everyday.import.leaveUnknown": "Not chosen (the rows are in error)",
  "everyday.import.create": "Create “{name}”",
  "everyday.import.mapGroup": "Use an existing one",
  "everyday.import.defaultLevel": "Default leader level for new leaders without one",
  "everyday.import.defaultLevelHelp": "Applies only to new people in the file who are leaders and have no leader level.",
  "everyday.import.noDefaultLevel": "None (the rows are in error)",
  "everyday.import.review": "Review the import again",
  "outbox.kind.waitlist_promoted": "Place from the waiting list",
  "everyday.copy.title": "Copy the gathering",
  "everyday.copy.help":
    "Everything else stays as on this gathering: agenda, place, cohorts and facilitators. You review the form before it is saved. The copy is saved as planned, so nobody is invited until you confirm it.",
  "everyday.copy.date": "New start date",
  "everyday.copy.submit": "Make a copy",
  "everyday.copy.notice":
    "This is a copy. Check the date and the agenda before saving; nobody is invited until the gathering is confirmed.",
};

export const nn: Record<keyof typeof nb, string> = {
  "everyday.import.intro":
    "Last opp reknearket som Excel-arbeidsbok (.xlsx) eller CSV. Du får sjå kva som vil skje med kvar rad før noko blir lagra.",
  "everyday.import.fileHelp": "Excel-arbeidsbok (.xlsx, første ark) eller CSV, høgst 5 MB.",
  "everyday.import.xls": "Fila er i det gamle Excel-formatet (.xls). Opna ho i Excel og lagra ho som Excel-arbeidsbok (.xlsx) eller CSV.",
  "everyday.import.encrypted":
    "Arbeidsboka er verna med passord. Fjern passordet i Excel (Fil → Info → Beskytt arbeidsbok) og last opp på nytt.",
  "everyday.import.unreadable": "Fila kan ikkje lesast som ei Excel-arbeidsbok. Lagra ho som .xlsx eller CSV og prøv igjen.",
  "everyday.import.workbook": "Excel-arbeidsbok, arket «{sheet}».",
  "everyday.import.missingLevel": "Leiarnivå manglar for ein ny leiar. Vel eit standard leiarnivå for importen, eller fyll det inn i fila.",
  "everyday.import.fixTitle": "Rett opp utan å endra fila",
  "everyday.import.fixIntro":
    "Vel kva som skal skje med verdiar organisasjonen ikkje har. Valet gjeld alle radene som har verdien. Sjå over importen igjen etterpå.",
  "everyday.import.unitsTitle": "Ukjende einingar",
  "everyday.import.levelsTitle": "Ukjende leiarnivå",
  "everyday.import.valueLabel": "«{name}» ({rows} rader)",
  "everyday.import.leaveUnknown": "Ikkje valt (radene har feil)",
  "everyday.import.create": "Opprett «{name}»",
  "everyday.import.mapGroup": "Bruk ein som finst",
  "everyday.import.defaultLevel": "Standard leiarnivå for nye leiarar utan leiarnivå",
  "everyday.import.defaultLevelHelp": "Gjeld berre nye personar i fila som er leiarar og manglar leiarnivå.",
  "everyday.import.noDefaultLevel": "Ingen (radene har feil)",
  "everyday.import.review": "Sjå over importen igjen",
  "outbox.kind.waitlist_promoted": "Plass frå ventelista",
  "everyday.copy.title": "Kopier samlinga",
  "everyday.copy.help":
    "Alt anna blir som på denne samlinga: program, stad, kull og lærekrefter. Du ser over skjemaet før det blir lagra. Kopien blir lagra som planlagd, så ingen blir inviterte før du stadfestar han.",
  "everyday.copy.date": "Ny startdato",
  "everyday.copy.submit": "Lag ein kopi",
  "everyday.copy.notice": "Dette er ein kopi. Sjå over dato og program før du lagrar; ingen blir inviterte før samlinga er stadfesta.",
};

export const sv: Record<keyof typeof nb, string> = {
  "everyday.import.intro":
    "Ladda upp kalkylbladet som Excelarbetsbok (.xlsx) eller CSV. Du får se vad som händer med varje rad innan något sparas.",
  "everyday.import.fileHelp": "Excelarbetsbok (.xlsx, första bladet) eller CSV, högst 5 MB.",
  "everyday.import.xls": "Filen är i det gamla Excelformatet (.xls). Öppna den i Excel och spara den som Excelarbetsbok (.xlsx) eller CSV.",
  "everyday.import.encrypted":
    "Arbetsboken är lösenordsskyddad. Ta bort lösenordet i Excel (Arkiv → Information → Skydda arbetsbok) och ladda upp den igen.",
  "everyday.import.unreadable": "Filen kan inte läsas som en Excelarbetsbok. Spara den som .xlsx eller CSV och försök igen.",
  "everyday.import.workbook": "Excelarbetsbok, bladet ”{sheet}”.",
  "everyday.import.missingLevel": "Chefsnivå saknas för en ny chef. Välj en standardnivå för importen eller fyll i den i filen.",
  "everyday.import.fixTitle": "Rätta utan att ändra filen",
  "everyday.import.fixIntro":
    "Välj vad som ska hända med värden som organisationen inte har. Valet gäller alla rader med samma värde. Granska importen igen efteråt.",
  "everyday.import.unitsTitle": "Okända enheter",
  "everyday.import.levelsTitle": "Okända chefsnivåer",
  "everyday.import.valueLabel": "”{name}” ({rows} rader)",
  "everyday.import.leaveUnknown": "Inget valt (raderna innehåller fel)",
  "everyday.import.create": "Skapa ”{name}”",
  "everyday.import.mapGroup": "Använd en befintlig",
  "everyday.import.defaultLevel": "Standardnivå för nya chefer utan chefsnivå",
  "everyday.import.defaultLevelHelp": "Gäller bara nya personer i filen som är chefer och saknar chefsnivå.",
  "everyday.import.noDefaultLevel": "Ingen (raderna innehåller fel)",
  "everyday.import.review": "Granska importen igen",
  "outbox.kind.waitlist_promoted": "Plats från reservlistan",
  "everyday.copy.title": "Kopiera träffen",
  "everyday.copy.help":
    "Allt annat blir som för den här träffen: program, plats, deltagargrupper och processledare. Du granskar formuläret innan det sparas. Kopian sparas som planerad, så ingen bjuds in förrän du bekräftar den.",
  "everyday.copy.date": "Nytt startdatum",
  "everyday.copy.submit": "Skapa en kopia",
  "everyday.copy.notice": "Det här är en kopia. Kontrollera datum och program innan du sparar; ingen bjuds in förrän träffen är bekräftad.",
};
