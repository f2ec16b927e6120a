/** The directorate's comparison in pages: the count shown, the charts drawn on request. */
export const nb = {
  "directorateCompare.showing": "{count, plural, one {# program} other {# programmer}} i utvalget; her vises {first}–{last}.",
  "directorateCompare.showCharts": "Vis diagrammer for programmene på denne siden",
  "directorateCompare.hideCharts": "Skjul diagrammene",
};

export const en: Record<keyof typeof nb, string> = {
  "directorateCompare.showing": "{count, plural, one {# programme} other {# programmes}} in the selection; showing {first}–{last}.",
  "directorateCompare.showCharts": "Show charts for the programmes on this page",
  "directorateCompare.hideCharts": "Hide the charts",
};

export const nn: Record<keyof typeof nb, string> = {
  "directorateCompare.showing": "{count, plural, one {# program} other {# program}} i utvalet; her ser du {first}–{last}.",
  "directorateCompare.showCharts": "Vis diagram for programma på denne sida",
  "directorateCompare.hideCharts": "Gøym diagramma",
};

export const sv: Record<keyof typeof nb, string> = {
  "directorateCompare.showing": "{count, plural, one {# program} other {# program}} i urvalet; här visas {first}–{last}.",
  "directorateCompare.showCharts": "Visa diagram för programmen på den här sidan",
  "directorateCompare.hideCharts": "Dölj diagrammen",
};
