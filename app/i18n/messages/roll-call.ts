/** Roll-call per day and walk-ins at a gathering; copying a programme's structure to a new period. */
export const nb = {
  "rollCall.introDays":
    "Samlingen går over flere dager. Kryss av for hver dag personen var til stede; alle som har takket ja eller ikke har svart, står som til stede alle dager. Den som ikke var der noen dag, har fravær, eller meldt fravær om det er krysset av for det.",
  "rollCall.presentOn": "Til stede {day}",
  "rollCall.excused": "Meldt fravær (hvis ingen dag er krysset av)",
  "rollCall.unknownDay": "Skjemaet gjelder en dag samlingen ikke går over. Ingenting er lagret.",
  "rollCall.report.attendanceValue":
    "{rate} ({people, plural, one {# leder} other {# ledere}}, {days, plural, one {# dag} other {# dager}} til stede)",
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
  "export.column.daysAttended": "Days present",
};
