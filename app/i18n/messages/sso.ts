/** Single sign-on with OpenID Connect: the sign-in button and the pages when it cannot sign someone in. */
export const nb = {
  "sso.button": "Logg inn med {name}",
  "sso.or": "Eller logg inn med e-post og passord:",
  "sso.failed.title": "Innloggingen lyktes ikke",
  "sso.failed.invalid":
    "Vi kunne ikke bekrefte innloggingen. Den kan ha tatt for lang tid eller blitt startet i en annen fane. Prøv igjen.",
  "sso.failed.denied": "Innloggingen ble avbrutt hos {name}. Prøv igjen, eller logg inn på en annen måte.",
  "sso.failed.unverified":
    "{name} oppga ingen bekreftet e-postadresse for deg, så vi finner ikke brukeren din i Samling. Be HR-koordinatoren i organisasjonen din om hjelp.",
  "sso.failed.unknown":
    "Det finnes ingen aktiv bruker i Samling med e-postadressen du har hos {name}. Be HR-koordinatoren i organisasjonen din om å legge deg til, eller om å rette adressen din i Samling.",
  "sso.failed.again": "Prøv igjen",
  "sso.failed.otherWays": "Logg inn med passord eller innloggingslenke",
};

export const nn: Record<keyof typeof nb, string> = {
  "sso.button": "Logg inn med {name}",
  "sso.or": "Eller logg inn med e-post og passord:",
  "sso.failed.title": "Innlogginga lukkast ikkje",
  "sso.failed.invalid": "Vi kunne ikkje stadfeste innlogginga. Ho kan ha teke for lang tid eller vorte starta i ei anna fane. Prøv igjen.",
  "sso.failed.denied": "Innlogginga vart avbroten hos {name}. Prøv igjen, eller logg inn på ein annan måte.",
  "sso.failed.unverified":
    "{name} gav ikkje opp nokon stadfesta e-postadresse for deg, så vi finn ikkje brukaren din i Samling. Be HR-koordinatoren i organisasjonen din om hjelp.",
  "sso.failed.unknown":
    "Det finst ingen aktiv brukar i Samling med e-postadressa du har hos {name}. Be HR-koordinatoren i organisasjonen din om å leggje deg til, eller om å rette adressa di i Samling.",
  "sso.failed.again": "Prøv igjen",
  "sso.failed.otherWays": "Logg inn med passord eller innloggingslenkje",
};

export const sv: Record<keyof typeof nb, string> = {
  "sso.button": "Logga in med {name}",
  "sso.or": "Eller logga in med e-post och lösenord:",
  "sso.failed.title": "Inloggningen misslyckades",
  "sso.failed.invalid":
    "Vi kunde inte bekräfta inloggningen. Den kan ha tagit för lång tid eller ha startats i en annan flik. Försök igen.",
  "sso.failed.denied": "Inloggningen avbröts hos {name}. Försök igen, eller logga in på ett annat sätt.",
  "sso.failed.unverified":
    "{name} uppgav ingen bekräftad e-postadress för dig, så vi hittar inte ditt konto i Samling. Be HR-samordnaren i din organisation om hjälp.",
  "sso.failed.unknown":
    "Det finns inget aktivt konto i Samling med den e-postadress du har hos {name}. Be HR-samordnaren i din organisation att lägga till dig eller att rätta din adress i Samling.",
  "sso.failed.again": "Försök igen",
  "sso.failed.otherWays": "Logga in med lösenord eller inloggningslänk",
};

export const en: Record<keyof typeof nb, string> = {
  "sso.button": "Sign in with {name}",
  "sso.or": "Or sign in with e-mail and password:",
  "sso.failed.title": "Sign-in did not succeed",
  "sso.failed.invalid": "We could not confirm the sign-in. It may have taken too long or been started in another tab. Please try again.",
  "sso.failed.denied": "The sign-in was cancelled at {name}. Try again, or sign in another way.",
  "sso.failed.unverified":
    "{name} did not give a verified e-mail address for you, so we cannot find your account in Samling. Ask the HR coordinator of your organisation for help.",
  "sso.failed.unknown":
    "There is no active account in Samling with the e-mail address you have at {name}. Ask the HR coordinator of your organisation to add you, or to correct your address in Samling.",
  "sso.failed.again": "Try again",
  "sso.failed.otherWays": "Sign in with a password or a sign-in link",
};
