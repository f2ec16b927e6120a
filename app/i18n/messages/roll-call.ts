/** Roll-call per day and walk-ins at a gathering; copying a programme's structure to a new period. */
export const nb = {
  "rollCall.introDays":
    "Samlingen går over flere dager. Kryss av for hver dag personen var til stede; alle som har takket ja eller ikke har svart, står som til stede alle dager. Den som ikke var der noen dag, har fravær, eller meldt fravær om det er krysset av for det.",
  "rollCall.presentOn": "Til stede {day}",
  "rollCall.excused": "Meldt fravær (hvis ingen dag er krysset av)",
  "rollCall.unknownDay": "Skjemaet gjelder en dag samlingen ikke går over. Ingenting er lagret.",
  "rollCall.report.attendanceValue":
    "{rate} ({people, plural, one {# leder} other {# ledere}}, {days, plural, one {# dag} other {# dager}} til stede)",
  "rollCall.walkIn.title": "Legg til en som kom uten invitasjon",
  "rollCall.walkIn.help":
    "Søk etter navnet blant personene i organisasjonen. Den som legges til, står som til stede og får ingen invitasjon på e-post. Den som ikke finnes i organisasjonen, må legges inn under Personer først. Lagre oppmøtet før du legger til noen, om du har endret det.",
  "rollCall.walkIn.search": "Navn",
  "rollCall.walkIn.find": "Søk",
  "rollCall.walkIn.person": "Velg person",
  "rollCall.walkIn.add": "Legg til som til stede",
  "rollCall.walkIn.noMatch": "Ingen i organisasjonen som ikke allerede er invitert, har et navn som passer.",
  "rollCall.walkIn.notFound": "Personen finnes ikke blant de aktive personene i organisasjonen.",
  "rollCall.walkIn.alreadyInvited": "Personen er allerede invitert til samlingen.",
  "rollCall.walkIn.marker": "lagt til på samlingen",
  "programCopy.title": "Kopier programmets oppbygning",
  "programCopy.link": "Kopier til en ny periode",
  "programCopy.intro":
    "Det nye programmet får formål og hovedfokus, kullene (navn, ledernivå og rekkefølge, uten deltakere), refleksjonsspørsmålene, siste vedtatte versjon av retningsdokumentet som nytt utkast, budsjettlinjene (planlagte beløp, uten utgifter) og målene med fokusområder. Personer, samlinger, rapporter og høringer kopieres ikke. Programmet starter i planlegging.",
  "programCopy.newTitle": "Tittel på det nye programmet",
  "programCopy.submit": "Lag det nye programmet",
  "export.column.daysAttended": "Dager til stede",
} as const;

export const nn: Record<keyof typeof nb, string> = {
  "rollCall.introDays":
    "Samlinga går over fleire dagar. Kryss av for kvar dag personen var til stades; alle som har takka ja eller ikkje har svara, står som til stades alle dagar. Den som ikkje var der nokon dag, har fråvær, eller meldt fråvær om det er kryssa av for det.",
  "rollCall.presentOn": "Til stades {day}",
  "rollCall.excused": "Meldt fråvær (om ingen dag er kryssa av)",
  "rollCall.unknownDay": "Skjemaet gjeld ein dag samlinga ikkje går over. Ingenting er lagra.",
  "rollCall.report.attendanceValue":
    "{rate} ({people, plural, one {# leiar} other {# leiarar}}, {days, plural, one {# dag} other {# dagar}} til stades)",
  "rollCall.walkIn.title": "Legg til ein som kom utan invitasjon",
  "rollCall.walkIn.help":
    "Søk etter namnet blant personane i organisasjonen. Den som blir lagd til, står som til stades og får ingen invitasjon på e-post. Den som ikkje finst i organisasjonen, må leggjast inn under Personar først. Lagre oppmøtet før du legg til nokon, om du har endra det.",
  "rollCall.walkIn.search": "Namn",
  "rollCall.walkIn.find": "Søk",
  "rollCall.walkIn.person": "Vel person",
  "rollCall.walkIn.add": "Legg til som til stades",
  "rollCall.walkIn.noMatch": "Ingen i organisasjonen som ikkje alt er inviterte, har eit namn som passar.",
  "rollCall.walkIn.notFound": "Personen finst ikkje blant dei aktive personane i organisasjonen.",
  "rollCall.walkIn.alreadyInvited": "Personen er alt invitert til samlinga.",
  "rollCall.walkIn.marker": "lagd til på samlinga",
  "programCopy.title": "Kopier oppbygginga av programmet",
  "programCopy.link": "Kopier til ein ny periode",
  "programCopy.intro":
    "Det nye programmet får føremål og hovudfokus, kulla (namn, leiarnivå og rekkjefølgje, utan deltakarar), refleksjonsspørsmåla, siste vedtekne versjon av retningsdokumentet som nytt utkast, budsjettlinjene (planlagde beløp, utan utgifter) og måla med fokusområde. Personar, samlingar, rapportar og høyringar blir ikkje kopierte. Programmet startar i planlegging.",
  "programCopy.newTitle": "Tittel på det nye programmet",
  "programCopy.submit": "Lag det nye programmet",
  "export.column.daysAttended": "Dagar til stades",
};

export const sv: Record<keyof typeof nb, string> = {
  "rollCall.introDays":
    "Träffen pågår i flera dagar. Kryssa för varje dag personen var närvarande; alla som har tackat ja eller inte har svarat står som närvarande alla dagar. Den som inte var där någon dag har frånvaro, eller anmäld frånvaro om det är ikryssat.",
  "rollCall.presentOn": "Närvarande {day}",
  "rollCall.excused": "Anmäld frånvaro (om ingen dag är ikryssad)",
  "rollCall.unknownDay": "Formuläret gäller en dag som träffen inte omfattar. Inget har sparats.",
  "rollCall.report.attendanceValue":
    "{rate} ({people, plural, one {# chef} other {# chefer}}, {days, plural, one {# dag} other {# dagar}} närvarande)",
  "rollCall.walkIn.title": "Lägg till någon som kom utan inbjudan",
  "rollCall.walkIn.help":
    "Sök på namnet bland personerna i organisationen. Den som läggs till står som närvarande och får ingen inbjudan per e-post. Den som inte finns i organisationen måste först läggas in under Personer. Spara närvaron innan du lägger till någon, om du har ändrat den.",
  "rollCall.walkIn.search": "Namn",
  "rollCall.walkIn.find": "Sök",
  "rollCall.walkIn.person": "Välj person",
  "rollCall.walkIn.add": "Lägg till som närvarande",
  "rollCall.walkIn.noMatch": "Ingen i organisationen som inte redan är inbjuden har ett namn som passar.",
  "rollCall.walkIn.notFound": "Personen finns inte bland de aktiva personerna i organisationen.",
  "rollCall.walkIn.alreadyInvited": "Personen är redan inbjuden till träffen.",
  "rollCall.walkIn.marker": "tillagd på träffen",
  "programCopy.title": "Kopiera programmets upplägg",
  "programCopy.link": "Kopiera till en ny period",
  "programCopy.intro":
    "Det nya programmet får syfte och huvudfokus, grupperna (namn, chefsnivå och ordning, utan deltagare), reflektionsfrågorna, den senast beslutade versionen av inriktningsdokumentet som nytt utkast, budgetposterna (planerade belopp, utan utgifter) och målen med fokusområden. Personer, träffar, rapporter och remisser kopieras inte. Programmet börjar i planering.",
  "programCopy.newTitle": "Det nya programmets titel",
  "programCopy.submit": "Skapa det nya programmet",
  "export.column.daysAttended": "Dagar närvarande",
};

export const en: Record<keyof typeof nb, string> = {
  "rollCall.introDays":
    "This gathering runs over several days. Tick each day the person was present; everyone who accepted or has not answered starts as present every day. Someone who was there on no day is absent, or excused if that is ticked.",
  "rollCall.presentOn": "Present {day}",
  "rollCall.excused": "Excused (if no day is ticked)",
  "rollCall.unknownDay": "The form names a day the gathering does not span. Nothing was saved.",
  "rollCall.report.attendanceValue":
    "{rate} ({people, plural, one {# leader} other {# leaders}}, {days, plural, one {# day} other {# days}} present)",
  "rollCall.walkIn.title": "Add someone who came without an invitation",
  "rollCall.walkIn.help":
    "Search for the name among the people of the organisation. The person added is marked present and gets no invitation e-mail. Someone not in the organisation must first be added under People. Save the roll-call before adding anyone if you have changed it.",
  "rollCall.walkIn.search": "Name",
  "rollCall.walkIn.find": "Search",
  "rollCall.walkIn.person": "Choose a person",
  "rollCall.walkIn.add": "Add as present",
  "rollCall.walkIn.noMatch": "Nobody in the organisation who is not invited already has a matching name.",
  "rollCall.walkIn.notFound": "The person is not among the organisation's active people.",
  "rollCall.walkIn.alreadyInvited": "The person is already invited to this gathering.",
  "rollCall.walkIn.marker": "added at the gathering",
  "programCopy.title": "Copy the programme's structure",
  "programCopy.link": "Copy to a new period",
  "programCopy.intro":
    "The new programme gets the purpose and main focus, the cohorts (names, leader levels and rollout order, without members), the reflection prompts, the latest decided version of the direction document as a new draft, the budget lines (planned amounts, no expenses) and the goals with their focus areas. People, gatherings, reports and consultations are not copied. The programme starts in planning.",
  "programCopy.newTitle": "Title of the new programme",
  "programCopy.submit": "Create the new programme",
  "export.column.daysAttended": "Days present",
};
