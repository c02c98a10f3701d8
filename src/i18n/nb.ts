/** Norwegian Bokmål. Loaded on demand (a separate chunk); tsc checks it against the English types. */
import type {
  CodeMessages,
  CommonMessages,
  ErrorMessages,
  FieldMessages,
  IdentifierMessages,
  PasswordMessages,
  PhoneMessages,
} from './en.js';
import { digitRange, formatDay, formatDuration, lockWait, plural } from './format.js';

export const common: CommonMessages = {
  continue: 'Fortsett',
  back: 'Tilbake',
  cancel: 'Avbryt',
  errorPrefix: 'Feil:',
  errorSummaryTitle: 'Det har oppstått et problem',
  loading: 'Laster inn',
  captchaUnavailable:
    'Vi må sjekke at du ikke er en robot, men sjekken kunne ikke starte. Last inn siden på nytt og prøv igjen.',
  retryNow: 'Du kan prøve igjen nå',
  secondsLeft: (p) => `${p.seconds} ${plural('nb', p.seconds, { one: 'sekund', other: 'sekunder' })} igjen`,
  attemptsLeft: (p) => `Du har ${p.count} forsøk igjen`,
  factor_totp: 'autentiseringsapp',
  factor_sms: 'SMS-bekreftelse',
  factor_email: 'e-postbekreftelse',
  factor_passkey: 'tilgangsnøkkel',
};

export const errors: ErrorMessages = {
  validation_failed: 'Noe av det du har fylt inn, er ikke riktig. Sjekk opplysningene og prøv igjen.',
  malformed_request: 'Noe gikk galt da forespørselen ble sendt. Last inn siden på nytt og prøv igjen.',
  unauthenticated: 'Du er logget ut. Logg inn på nytt for å fortsette.',
  csrf_failed: 'Vi kunne ikke bekrefte økten din. Last inn siden på nytt og prøv igjen.',
  forbidden: 'Du kan ikke gjøre dette med kontoen din. Kontakt kundeservice hvis du mener dette er feil.',
  not_found: 'Vi fant ikke det du lette etter. Last inn siden på nytt og prøv igjen.',
  method_not_allowed: 'Denne handlingen er ikke tilgjengelig. Last inn siden på nytt og prøv igjen.',
  payload_too_large: 'Filen er for stor. Velg en mindre fil og prøv igjen.',
  unsupported_media_type: 'Denne filtypen støttes ikke. Velg en annen fil.',
  rate_limited: (p) =>
    `For mange forsøk. Vent ${p.seconds ? formatDuration('nb', p.seconds) : 'noen minutter'} og prøv igjen.`,
  internal_error: 'Noe gikk galt hos oss, og ingenting ble endret. Prøv igjen senere.',
  service_unavailable: 'Tjenesten er ikke tilgjengelig akkurat nå. Prøv igjen om noen minutter.',
  invalid_credentials:
    'Opplysningene stemmer ikke. Sjekk e-postadressen eller telefonnummeret og passordet, og prøv igjen.',
  account_locked: (p) =>
    `For mange mislykkede forsøk. Prøv igjen ${lockWait('nb', p, 'om', 'kl.', 'etter kl.', 'senere')}, eller tilbakestill passordet ditt.`,
  captcha_required: 'Fullfør sikkerhetssjekken for å fortsette.',
  captcha_invalid: 'Sikkerhetssjekken mislyktes. Gjør den på nytt.',
  challenge_expired: 'Bekreftelsen har utløpt. Gå tilbake og start på nytt.',
  method_not_available: 'Denne bekreftelsesmetoden er ikke tilgjengelig. Velg en annen.',
  invalid_code: (p) =>
    'Koden er ikke riktig. Sjekk den og prøv igjen.' +
    (p.attemptsRemaining === undefined ? '' : ` ${common.attemptsLeft({ count: p.attemptsRemaining })}.`),
  code_expired: 'Koden har utløpt. Be om en ny kode.',
  code_already_used: 'Denne koden er allerede brukt. Vent til autentiseringsappen viser en ny kode, og skriv den inn.',
  too_many_attempts: 'For mange feil koder. Start på nytt for å få en ny kode.',
  resend_too_soon: (p) =>
    p.seconds
      ? `Vi sendte nettopp en kode. Du kan be om en ny om ${formatDuration('nb', p.seconds)}.`
      : 'Vi sendte nettopp en kode. Vent litt før du ber om en ny.',
  passkey_failed: 'Tilgangsnøkkelen din kunne ikke bekreftes. Prøv igjen, eller fortsett på en annen måte.',
  social_failed: 'Innloggingen med Google eller Apple mislyktes. Prøv igjen, eller logg inn med e-post eller telefonnummer.',
  social_not_linked:
    'Denne Google- eller Apple-kontoen er ikke koblet til en konto her. Logg inn med e-post eller telefonnummer og passord.',
  password_too_weak:
    'Velg et sterkere passord: minst 10 tegn, ikke et vanlig passord og ikke e-postadressen eller telefonnummeret ditt.',
  reset_not_verified: 'Bekreft koden vi sendte deg, før du velger nytt passord.',
  step_up_required: 'Bekreft at det er deg for å fortsette.',
  verification_invalid: 'Bekreftelsen din har utløpt. Bekreft på nytt at det er deg.',
  already_bound: 'Dette er allerede slått på for kontoen din. Endre det i stedet.',
  not_bound: 'Dette er ikke slått på for kontoen din. Sett det opp først.',
  identifier_in_cooldown: (p) =>
    p.availableAt
      ? `E-postadressen eller telefonnummeret ble nylig fjernet og kan brukes igjen fra ${formatDay('nb', p.availableAt)}. Bruk en annen.`
      : 'E-postadressen eller telefonnummeret ble nylig fjernet og kan ikke brukes på 30 dager. Bruk en annen.',
  identifier_taken: 'Du kan ikke bruke denne e-postadressen eller dette telefonnummeret. Skriv inn en annen.',
  last_factor:
    'Du kan ikke slå av dette fordi det er din siste måte å logge inn eller gjenopprette kontoen på. Legg til en annen metode først.',
  prerequisite_missing: (p) => `Slå på ${p.required ?? 'sikkerhetsmetodene som kreves'} først, og prøv deretter igjen.`,
  request_pending: 'Vi behandler allerede en tidligere forespørsel. Vi sender deg en e-post når den er ferdig.',
  kyc_level_unavailable:
    'Du kan ikke starte dette verifiseringsnivået ennå. Fullfør nivået før, eller vent på vurderingen som pågår.',
  documents_missing: 'Last opp alle bildene det bes om, før du sender inn.',
  idempotency_conflict: 'Forespørselen er allerede sendt med andre opplysninger. Last inn siden på nytt og prøv igjen.',
  network: 'Vi fikk ikke kontakt. Sjekk internettforbindelsen og prøv igjen.',
  timeout: 'Dette tar for lang tid. Sjekk forbindelsen og prøv igjen.',
  aborted: 'Forespørselen ble avbrutt før den var ferdig. Prøv igjen.',
  invalid_response: 'Vi fikk et uventet svar. Prøv igjen senere.',
  unknown: 'Noe gikk galt. Prøv igjen senere.',
};

export const fields: FieldMessages = {
  required: 'Fyll ut dette feltet',
  invalid_format: 'Skriv det inn i riktig format',
  too_short: 'Skriv inn flere tegn',
  too_long: 'Skriv inn færre tegn',
  too_small: 'Skriv inn et høyere tall',
  too_large: 'Skriv inn et lavere tall',
  mismatch: 'Feltene er ikke like. Skriv inn det samme i begge feltene',
  not_allowed: 'Dette er ikke tillatt. Skriv inn noe annet',
};

export const identifier: IdentifierMessages = {
  email: 'E-post',
  phone: 'Telefon',
  emailLabel: 'E-postadresse',
  emailRequired: 'Skriv inn e-postadressen din',
  emailInvalid: 'Skriv inn en e-postadresse i riktig format, for eksempel navn@example.com',
};

export const phone: PhoneMessages = {
  countryLabel: 'Landskode',
  label: 'Telefonnummer',
  hint: 'Med eller uten landskode',
  required: 'Skriv inn telefonnummeret ditt',
  invalid: (p) => `Skriv inn et telefonnummer i riktig format for ${p.country}`,
  length: (p) => `Skriv inn et telefonnummer for ${p.country} med ${digitRange(p, 'til')} sifre etter landskoden`,
};

export const password: PasswordMessages = {
  label: 'Passord',
  required: 'Skriv inn passordet ditt',
  show: 'Vis passord',
  hide: 'Skjul passord',
  shown: 'Passordet ditt vises',
  hidden: 'Passordet ditt er skjult',
  capsLockOn: 'Caps Lock er på',
};

export const code: CodeMessages = {
  label: 'Bekreftelseskode',
  hint: 'Den sekssifrede koden',
  required: 'Skriv inn den sekssifrede koden',
  format: 'Skriv inn koden som seks sifre, for eksempel 123456',
  totpTitle: 'Skriv inn koden fra autentiseringsappen',
  smsTitle: 'Sjekk telefonen din',
  emailTitle: 'Sjekk e-posten din',
  totpIntro: 'Åpne autentiseringsappen og skriv inn den sekssifrede koden den viser.',
  sent: (p) => `Vi har sendt en sekssifret kode til ${p.to}.`,
  resent: (p) => `Vi har sendt en ny kode til ${p.to}`,
  sending: 'Sender en kode …',
  resend: 'Send ny kode',
  resendIn: (p) => `Du kan få en ny kode om ${formatDuration('nb', p.seconds)}`,
  verify: 'Fortsett',
  verifying: 'Sjekker …',
  otherMethods: 'Andre måter å bekrefte at det er deg',
  useTotp: 'Bruk autentiseringsappen',
  useSms: (p) => `Få en kode på SMS til ${p.to}`,
  useEmail: (p) => `Få en kode på e-post til ${p.to}`,
};
