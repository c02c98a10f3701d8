/** Swedish. Loaded on demand (a separate chunk); tsc checks it against the English types. */
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
  continue: 'Fortsätt',
  back: 'Tillbaka',
  cancel: 'Avbryt',
  errorPrefix: 'Fel:',
  errorSummaryTitle: 'Det finns ett problem',
  loading: 'Laddar',
  captchaUnavailable:
    'Vi behöver kontrollera att du inte är en robot, men kontrollen kunde inte starta. Ladda om sidan och försök igen.',
  retryNow: 'Du kan försöka igen nu',
  secondsLeft: (p) => `${p.seconds} ${plural('sv', p.seconds, { one: 'sekund', other: 'sekunder' })} kvar`,
  attemptsLeft: (p) => `Du har ${p.count} försök kvar`,
  factor_totp: 'autentiseringsapp',
  factor_sms: 'sms-verifiering',
  factor_email: 'e-postverifiering',
  factor_passkey: 'nyckel',
};

export const errors: ErrorMessages = {
  validation_failed: 'Något av det du har fyllt i stämmer inte. Kontrollera uppgifterna och försök igen.',
  malformed_request: 'Något gick fel när din begäran skickades. Ladda om sidan och försök igen.',
  unauthenticated: 'Du har loggats ut. Logga in igen för att fortsätta.',
  csrf_failed: 'Vi kunde inte bekräfta din session. Ladda om sidan och försök igen.',
  forbidden: 'Du kan inte göra detta med ditt konto. Kontakta kundtjänst om du tror att det är fel.',
  not_found: 'Vi hittade inte det du letade efter. Ladda om sidan och försök igen.',
  method_not_allowed: 'Den här åtgärden är inte tillgänglig. Ladda om sidan och försök igen.',
  payload_too_large: 'Filen är för stor. Välj en mindre fil och försök igen.',
  unsupported_media_type: 'Den här filtypen stöds inte. Välj en annan fil.',
  rate_limited: (p) =>
    `För många försök. Vänta ${p.seconds ? formatDuration('sv', p.seconds) : 'några minuter'} och försök igen.`,
  internal_error: 'Något gick fel hos oss och inget har ändrats. Försök igen senare.',
  service_unavailable: 'Tjänsten är inte tillgänglig just nu. Försök igen om några minuter.',
  invalid_credentials:
    'Uppgifterna stämmer inte. Kontrollera e-postadressen eller telefonnumret och lösenordet och försök igen.',
  account_locked: (p) =>
    `För många misslyckade försök. Försök igen ${lockWait('sv', p, 'om', 'kl.', 'efter kl.', 'senare')} eller återställ ditt lösenord.`,
  captcha_required: 'Slutför säkerhetskontrollen för att fortsätta.',
  captcha_invalid: 'Säkerhetskontrollen misslyckades. Gör om den.',
  challenge_expired: 'Verifieringen har gått ut. Gå tillbaka och börja om.',
  method_not_available: 'Den här verifieringsmetoden är inte tillgänglig. Välj en annan.',
  invalid_code: (p) =>
    'Koden stämmer inte. Kontrollera den och försök igen.' +
    (p.attemptsRemaining === undefined ? '' : ` ${common.attemptsLeft({ count: p.attemptsRemaining })}.`),
  code_expired: 'Koden har gått ut. Be om en ny kod.',
  code_already_used: 'Koden har redan använts. Vänta tills din autentiseringsapp visar en ny kod och ange den.',
  too_many_attempts: 'För många felaktiga koder. Börja om för att få en ny kod.',
  resend_too_soon: (p) =>
    p.seconds
      ? `En kod skickades nyss. Du kan be om en ny om ${formatDuration('sv', p.seconds)}.`
      : 'En kod skickades nyss. Vänta en stund innan du ber om en ny.',
  passkey_failed: 'Din nyckel kunde inte verifieras. Försök igen eller fortsätt på ett annat sätt.',
  social_failed: 'Inloggningen med Google eller Apple misslyckades. Försök igen eller logga in med e-post eller telefonnummer.',
  social_not_linked:
    'Det här Google- eller Apple-kontot är inte kopplat till något konto här. Logga in med e-post eller telefonnummer och lösenord.',
  password_too_weak:
    'Välj ett starkare lösenord: minst 10 tecken, inte ett vanligt lösenord och inte din e-postadress eller ditt telefonnummer.',
  reset_not_verified: 'Bekräfta koden vi skickade till dig innan du väljer ett nytt lösenord.',
  step_up_required: 'Bekräfta att det är du för att fortsätta.',
  verification_invalid: 'Din bekräftelse har gått ut. Bekräfta igen att det är du.',
  already_bound: 'Det här är redan aktiverat för ditt konto. Ändra det i stället.',
  not_bound: 'Det här är inte aktiverat för ditt konto. Aktivera det först.',
  identifier_in_cooldown: (p) =>
    p.availableAt
      ? `E-postadressen eller telefonnumret togs bort nyligen och kan användas igen från ${formatDay('sv', p.availableAt)}. Använd en annan.`
      : 'E-postadressen eller telefonnumret togs bort nyligen och kan inte användas på 30 dagar. Använd en annan.',
  identifier_taken: 'Du kan inte använda den här e-postadressen eller det här telefonnumret. Ange en annan.',
  last_factor:
    'Du kan inte stänga av det här eftersom det är ditt sista sätt att logga in eller återställa kontot. Lägg till en annan metod först.',
  prerequisite_missing: (p) => `Aktivera ${p.required ?? 'de säkerhetsmetoder som krävs'} först och försök sedan igen.`,
  request_pending: 'Vi granskar redan en tidigare begäran. Vi skickar ett mejl till dig när den är klar.',
  kyc_level_unavailable:
    'Du kan inte påbörja den här verifieringsnivån än. Slutför nivån före eller vänta på granskningen som pågår.',
  documents_missing: 'Ladda upp alla foton som efterfrågas innan du skickar in.',
  idempotency_conflict: 'Begäran har redan skickats med andra uppgifter. Ladda om sidan och försök igen.',
  network: 'Vi kunde inte ansluta. Kontrollera din internetanslutning och försök igen.',
  timeout: 'Det tar för lång tid. Kontrollera din anslutning och försök igen.',
  aborted: 'Begäran avbröts innan den var klar. Försök igen.',
  invalid_response: 'Vi fick ett oväntat svar. Försök igen senare.',
  unknown: 'Något gick fel. Försök igen senare.',
};

export const fields: FieldMessages = {
  required: 'Fyll i det här fältet',
  invalid_format: 'Ange uppgiften i rätt format',
  too_short: 'Ange fler tecken',
  too_long: 'Ange färre tecken',
  too_small: 'Ange ett högre tal',
  too_large: 'Ange ett lägre tal',
  mismatch: 'Uppgifterna stämmer inte överens. Ange samma sak i båda fälten',
  not_allowed: 'Det här är inte tillåtet. Ange något annat',
};

export const identifier: IdentifierMessages = {
  email: 'E-post',
  phone: 'Telefon',
  emailLabel: 'E-postadress',
  emailRequired: 'Ange din e-postadress',
  emailInvalid: 'Ange en e-postadress i rätt format, till exempel namn@example.com',
};

export const phone: PhoneMessages = {
  countryLabel: 'Landsnummer',
  label: 'Telefonnummer',
  hint: 'Med eller utan landsnummer',
  required: 'Ange ditt telefonnummer',
  invalid: (p) => `Ange ett telefonnummer i rätt format för ${p.country}`,
  length: (p) => `Ange ett telefonnummer för ${p.country} med ${digitRange(p, 'till')} siffror efter landsnumret`,
};

export const password: PasswordMessages = {
  label: 'Lösenord',
  required: 'Ange ditt lösenord',
  show: 'Visa lösenord',
  hide: 'Dölj lösenord',
  shown: 'Ditt lösenord visas',
  hidden: 'Ditt lösenord är dolt',
  capsLockOn: 'Caps Lock är på',
};

export const code: CodeMessages = {
  label: 'Verifieringskod',
  hint: 'Den sexsiffriga koden',
  required: 'Ange den sexsiffriga koden',
  format: 'Ange koden som sex siffror, till exempel 123456',
  totpTitle: 'Ange koden från din autentiseringsapp',
  smsTitle: 'Kolla din telefon',
  emailTitle: 'Kolla din e-post',
  totpIntro: 'Öppna din autentiseringsapp och ange den sexsiffriga koden som visas.',
  sent: (p) => `Vi har skickat en sexsiffrig kod till ${p.to}.`,
  resent: (p) => `Vi har skickat en ny kod till ${p.to}`,
  sending: 'Skickar en kod …',
  resend: 'Skicka ny kod',
  resendIn: (p) => `Du kan få en ny kod om ${formatDuration('sv', p.seconds)}`,
  verify: 'Fortsätt',
  verifying: 'Kontrollerar …',
  otherMethods: 'Andra sätt att bekräfta att det är du',
  useTotp: 'Använd din autentiseringsapp',
  useSms: (p) => `Få en kod via sms till ${p.to}`,
  useEmail: (p) => `Få en kod via e-post till ${p.to}`,
};
