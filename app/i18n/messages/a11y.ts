/** The accessibility statement (tilgjengelighetserklæring) and other accessibility texts. */
export const nb = {
  "a11y.footer": "Tilgjengelighetserklæring",
  "a11y.title": "Tilgjengelighetserklæring",
  "a11y.intro":
    "Samling skal kunne brukes av alle. Løsningen har som mål å oppfylle WCAG 2.1 nivå A og AA, slik forskrift om universell utforming krever, og kravene i WCAG 2.2 der de kan testes automatisk.",
  "a11y.conforms.title": "Dette er på plass",
  "a11y.conforms.keyboard": "Alle sider og skjemaer kan brukes med tastatur, med synlig fokus, og virker uten JavaScript.",
  "a11y.conforms.names": "Skjemafelt har egne ledetekster, og knappenes tilgjengelige navn begynner med teksten som vises.",
  "a11y.conforms.reflow": "Sidene kan forstørres til 400 % (320 piksler bredde) uten sidelengs rulling; tabeller ruller i sin egen ramme.",
  "a11y.conforms.motion": "Animasjoner slås av når du har bedt om redusert bevegelse.",
  "a11y.conforms.pdf":
    "Sluttrapporten lastes ned som tagget PDF (PDF/UA) med overskrifter, tabeller med kolonneoverskrifter og tekstalternativ til diagrammene.",
  "a11y.conforms.tested": "Hver side testes automatisk med axe-core etter WCAG 2.0, 2.1 og 2.2 nivå A og AA, med og uten JavaScript.",
  "a11y.gaps.title": "Dette er ikke på plass ennå",
  "a11y.gaps.pdf":
    "Sluttrapportens PDF er kontrollert ved å lese strukturen tilbake, men ikke med et eget PDF/UA-valideringsverktøy eller skjermleser.",
  "a11y.gaps.email": "E-poster er testet med skjermleser bare i vanlige e-postprogrammer; noen programmer kan vise dem annerledes.",
  "a11y.gaps.manual":
    "Den automatiske testingen finner ikke alle problemer. Lesbarhet av egne tekster og tekstalternativ skrevet av brukerne kontrolleres ikke.",
  "a11y.contact.title": "Kontakt og klage",
  "a11y.contact.text":
    "Finner du noe som ikke virker for deg, kontakt HR-koordinatoren for programmet ditt eller kontaktpersonen som står i e-postene fra Samling. Får du ikke svar, kan du melde fra til Tilsynet for universell utforming av ikt.",
  "a11y.contact.authority": "Tilsynet for universell utforming av ikt (uutilsynet.no)",
};

export const en: Record<keyof typeof nb, string> = {
  "a11y.footer": "Accessibility statement",
  "a11y.title": "Accessibility statement",
  "a11y.intro":
    "Samling is meant to be usable by everyone. It aims to meet WCAG 2.1 levels A and AA, as Norwegian regulations on universal design require, and the WCAG 2.2 criteria that can be tested automatically.",
  "a11y.conforms.title": "What conforms",
  "a11y.conforms.keyboard": "Every page and form can be used with the keyboard, with a visible focus, and works without JavaScript.",
  "a11y.conforms.names": "Form fields have labels of their own, and buttons' accessible names begin with the text they show.",
  "a11y.conforms.reflow":
    "Pages can be zoomed to 400 % (320 pixels wide) without scrolling sideways; tables scroll within their own frame.",
  "a11y.conforms.motion": "Animations are switched off when you have asked for reduced motion.",
  "a11y.conforms.pdf":
    "The final report downloads as a tagged PDF (PDF/UA) with headings, tables with header cells and text alternatives for the charts.",
  "a11y.conforms.tested":
    "Every page is tested automatically with axe-core against WCAG 2.0, 2.1 and 2.2 levels A and AA, with and without JavaScript.",
  "a11y.gaps.title": "What does not conform yet",
  "a11y.gaps.pdf":
    "The final report's PDF has been checked by reading its structure back, but not with a PDF/UA validator or a screen reader.",
  "a11y.gaps.email": "E-mails have been tested with a screen reader in common mail programs only; some programs may show them differently.",
  "a11y.gaps.manual":
    "Automatic testing does not find every problem. The readability of users' own texts and the text alternatives they write are not checked.",
  "a11y.contact.title": "Contact and complaints",
  "a11y.contact.text":
    "If something does not work for you, contact the HR coordinator of your programme or the contact person named in Samling's e-mails. If you get no answer, you can report it to the Norwegian Authority for Universal Design of ICT.",
  "a11y.contact.authority": "Authority for Universal Design of ICT (uutilsynet.no)",
};

export const nn: Record<keyof typeof nb, string> = {
  "a11y.footer": "Tilgjengeerklæring",
  "a11y.title": "Tilgjengeerklæring",
  "a11y.intro":
    "Samling skal kunne brukast av alle. Løysinga har som mål å oppfylle WCAG 2.1 nivå A og AA, slik forskrift om universell utforming krev, og krava i WCAG 2.2 der dei kan testast automatisk.",
  "a11y.conforms.title": "Dette er på plass",
  "a11y.conforms.keyboard": "Alle sider og skjema kan brukast med tastatur, med synleg fokus, og verkar utan JavaScript.",
  "a11y.conforms.names": "Skjemafelt har eigne leietekstar, og dei tilgjengelege namna til knappane byrjar med teksten som blir vist.",
  "a11y.conforms.reflow": "Sidene kan forstørrast til 400 % (320 pikslar breidd) utan sidelengs rulling; tabellar rullar i si eiga ramme.",
  "a11y.conforms.motion": "Animasjonar blir slått av når du har bede om redusert rørsle.",
  "a11y.conforms.pdf":
    "Sluttrapporten blir lasta ned som tagga PDF (PDF/UA) med overskrifter, tabellar med kolonneoverskrifter og tekstalternativ til diagramma.",
  "a11y.conforms.tested": "Kvar side blir testa automatisk med axe-core etter WCAG 2.0, 2.1 og 2.2 nivå A og AA, med og utan JavaScript.",
  "a11y.gaps.title": "Dette er ikkje på plass enno",
  "a11y.gaps.pdf":
    "PDF-en til sluttrapporten er kontrollert ved å lese strukturen tilbake, men ikkje med eit eige PDF/UA-valideringsverktøy eller skjermlesar.",
  "a11y.gaps.email": "E-postar er testa med skjermlesar berre i vanlege e-postprogram; nokre program kan vise dei annleis.",
  "a11y.gaps.manual":
    "Den automatiske testinga finn ikkje alle problem. Lesbarheit i eigne tekstar og tekstalternativ skrivne av brukarane blir ikkje kontrollert.",
  "a11y.contact.title": "Kontakt og klage",
  "a11y.contact.text":
    "Finn du noko som ikkje verkar for deg, kontakt HR-koordinatoren for programmet ditt eller kontaktpersonen som står i e-postane frå Samling. Får du ikkje svar, kan du melde frå til Tilsynet for universell utforming av ikt.",
  "a11y.contact.authority": "Tilsynet for universell utforming av ikt (uutilsynet.no)",
};

export const sv: Record<keyof typeof nb, string> = {
  "a11y.footer": "Tillgänglighetsredogörelse",
  "a11y.title": "Tillgänglighetsredogörelse",
  "a11y.intro":
    "Samling ska kunna användas av alla. Tjänsten har som mål att uppfylla WCAG 2.1 nivå A och AA, som reglerna om tillgänglighet kräver, och kraven i WCAG 2.2 där de kan testas automatiskt.",
  "a11y.conforms.title": "Det här uppfylls",
  "a11y.conforms.keyboard": "Alla sidor och formulär kan användas med tangentbord, med synligt fokus, och fungerar utan JavaScript.",
  "a11y.conforms.names": "Formulärfält har egna etiketter, och knapparnas tillgängliga namn börjar med den text som visas.",
  "a11y.conforms.reflow": "Sidorna kan förstoras till 400 % (320 pixlar bredd) utan rullning i sidled; tabeller rullar i sin egen ram.",
  "a11y.conforms.motion": "Animationer stängs av när du har bett om reducerad rörelse.",
  "a11y.conforms.pdf":
    "Slutrapporten laddas ned som taggad PDF (PDF/UA) med rubriker, tabeller med kolumnrubriker och textalternativ till diagrammen.",
  "a11y.conforms.tested": "Varje sida testas automatiskt med axe-core enligt WCAG 2.0, 2.1 och 2.2 nivå A och AA, med och utan JavaScript.",
  "a11y.gaps.title": "Det här uppfylls inte ännu",
  "a11y.gaps.pdf":
    "Slutrapportens PDF har kontrollerats genom att strukturen lästs tillbaka, men inte med ett eget PDF/UA-valideringsverktyg eller en skärmläsare.",
  "a11y.gaps.email": "E-post har testats med skärmläsare bara i vanliga e-postprogram; vissa program kan visa dem annorlunda.",
  "a11y.gaps.manual":
    "Den automatiska testningen hittar inte alla problem. Läsbarheten i användarnas egna texter och de textalternativ de skriver kontrolleras inte.",
  "a11y.contact.title": "Kontakt och klagomål",
  "a11y.contact.text":
    "Om något inte fungerar för dig, kontakta HR-samordnaren för ditt program eller kontaktpersonen som anges i e-posten från Samling. Får du inget svar kan du anmäla det till tillsynsmyndigheten för digital tillgänglighet.",
  "a11y.contact.authority": "Tilsynet for universell utforming av ikt, den norska tillsynsmyndigheten för tillgänglighet (uutilsynet.no)",
};
