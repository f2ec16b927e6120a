/**
 * Parts of heavy pages drawn only when opened: the analytics page's summary tables (one line per level
 * or cohort, its figures opened on demand) and the report builder's long tables.
 */
export const nb = {
  "analyticsSummary.hint":
    "Tabellene viser hvor mange i hver gruppe som har levert refleksjoner, og endringen fra start til siste refleksjon. Velg en gruppe for å se snittene, diagrammet og fordelingen av svarene.",
  "analyticsSummary.levelsCaption": "Ledernivåer: svarandel og endring fra start til siste refleksjon",
  "analyticsSummary.cohortsCaption": "Kull: svarandel og endring fra start til siste refleksjon",
  "analyticsSummary.group": "Gruppe",
  "analyticsSummary.response": "Svarandel",
  "analyticsSummary.responseCell": "{rate} ({responding} av {members})",
  "analyticsSummary.noMembers": "{authors} (ingen medlemmer nå)",
  "analyticsSummary.opened": "(vist under)",
  "reportOnDemand.showTable": "Vis tabellen «{title}» ({count, plural, one {# rad} other {# rader}})",
};

export const nn: Record<keyof typeof nb, string> = {
  "analyticsSummary.hint":
    "Tabellane viser kor mange i kvar gruppe som har levert refleksjonar, og endringa frå start til siste refleksjon. Vel ei gruppe for å sjå snitta, diagrammet og fordelinga av svara.",
  "analyticsSummary.levelsCaption": "Leiarnivå: svarprosent og endring frå start til siste refleksjon",
  "analyticsSummary.cohortsCaption": "Kull: svarprosent og endring frå start til siste refleksjon",
  "analyticsSummary.group": "Gruppe",
  "analyticsSummary.response": "Svarprosent",
  "analyticsSummary.responseCell": "{rate} ({responding} av {members})",
  "analyticsSummary.noMembers": "{authors} (ingen medlemmer no)",
  "analyticsSummary.opened": "(vist under)",
  "reportOnDemand.showTable": "Vis tabellen «{title}» ({count, plural, one {# rad} other {# rader}})",
};

export const sv: Record<keyof typeof nb, string> = {
  "analyticsSummary.hint":
    "Tabellerna visar hur många i varje grupp som har lämnat in reflektioner och förändringen från start till senaste reflektion. Välj en grupp för att se medelvärdena, diagrammet och fördelningen av svaren.",
  "analyticsSummary.levelsCaption": "Chefsnivåer: svarsfrekvens och förändring från start till senaste reflektion",
  "analyticsSummary.cohortsCaption": "Deltagargrupper: svarsfrekvens och förändring från start till senaste reflektion",
  "analyticsSummary.group": "Grupp",
  "analyticsSummary.response": "Svarsfrekvens",
  "analyticsSummary.responseCell": "{rate} ({responding} av {members})",
  "analyticsSummary.noMembers": "{authors} (inga medlemmar nu)",
  "analyticsSummary.opened": "(visas nedan)",
  "reportOnDemand.showTable": "Visa tabellen ”{title}” ({count, plural, one {# rad} other {# rader}})",
};

export const en: Record<keyof typeof nb, string> = {
  "analyticsSummary.hint":
    "The tables show how many in each group have submitted reflections, and the change from the start to the latest reflection. Choose a group to see its means, chart and distribution of answers.",
  "analyticsSummary.levelsCaption": "Leader levels: response rate and change from the start to the latest reflection",
  "analyticsSummary.cohortsCaption": "Cohorts: response rate and change from the start to the latest reflection",
  "analyticsSummary.group": "Group",
  "analyticsSummary.response": "Response rate",
  "analyticsSummary.responseCell": "{rate} ({responding} of {members})",
  "analyticsSummary.noMembers": "{authors} (no members now)",
  "analyticsSummary.opened": "(shown below)",
  "reportOnDemand.showTable": "Show the table “{title}” ({count, plural, one {# row} other {# rows}})",
};
