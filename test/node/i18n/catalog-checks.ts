/**
 * Checks shared by the catalog tests: they apply to the core sections and to every element's messages.ts.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { errorMessages } from '../../../src/i18n/core.js';
import type { MessageBundle, Section } from '../../../src/i18n/types.js';

/** One params object that fits every message function (each takes a subset of these). */
export const sampleParams = {
  seconds: 65,
  count: 2,
  attemptsRemaining: 2,
  until: new Date('2026-11-27T15:05:00Z'),
  availableAt: new Date('2026-12-27T09:00:00Z'),
  required: 'X and Y',
  // Element sections' params: a country name, a digit range, a masked destination, a display name.
  country: 'Sverige',
  min: 7,
  max: 9,
  to: 'a•••e@example.com',
  name: 'Alva',
  // <kyc-uploader>: a level, an amount, the cut-off sides, a percentage, a review's window and time, a status.
  level: 2,
  amount: '2 000 USD',
  sides: 'right edge',
  percent: 40,
  fromMinutes: 15,
  toMinutes: 60,
  time: '15:05',
  status: 'In review',
  // Level 1's minimum age.
  age: 18,
  // The withdrawal lock's: its end and time left, already formatted, and the rule's hours and days.
  end: 'Friday 27 November at 16:06 CET',
  left: 'in 23 hours',
  hours: 24,
  days: 30,
  // The new-password checklist's announcements: the rule that changed, already worded.
  rule: 'Has 10 to 128 characters',
  // The recovery-phrase boxes': a box's position in the phrase, the phrase's length, a formatted list of positions.
  position: 3,
  total: 12,
  list: '3, 7 and 10',
  // The security settings': a formatted day, a masked current value, the change a finished task made.
  since: '27 Nov 2026',
  date: '27 Nov 2026',
  current: 'a•••e@example.com',
  change: 'bind_email',
  // The 2FA reset's own formatted date and time (review by, sent, decided) would be `date` too; the security
  // settings' day above serves both.
  // The authenticator setup's: the service and account as the app lists them, the code's digits and period.
  issuer: 'Acme Exchange',
  account: 'alva@example.com',
  digits: 6,
  period: 30,
};

/** Dot paths of every leaf, so a nested section (should one appear) is compared deeply too. */
export function leafPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, prefix ? `${prefix}.${key}` : key));
}

export function missingPaths(english: unknown, other: unknown): string[] {
  const have = new Set(leafPaths(other));
  return leafPaths(english).filter((path) => !have.has(path));
}

function call(message: unknown, params: object): string {
  return typeof message === 'function' ? String((message as (p: object) => unknown)(params)) : String(message);
}

/** Text a message shows for the sample params (functions called, strings as they are). */
export function render(section: Section, params: object = sampleParams): Record<string, string> {
  return Object.fromEntries(Object.entries(section).map(([key, message]) => [key, call(message, params)]));
}

/** Problems with rendered text: empty, or leaking a placeholder of a missing param. */
export function badTexts(texts: Record<string, string>): string[] {
  return Object.entries(texts)
    .filter(([, text]) => !text.trim() || /undefined|NaN|\[object|Invalid Date|\$\{/.test(text))
    .map(([key, text]) => `${key}: ${JSON.stringify(text)}`);
}

/** Keys whose text is the English text word for word: most likely a copy nobody translated. */
export function sameAsEnglish(english: Section, other: Section, allowed: readonly string[] = []): string[] {
  const en = render(english);
  const tr = render(other);
  return Object.keys(en).filter((key) => en[key] === tr[key] && !allowed.includes(key));
}

export function isBundle(value: unknown): value is MessageBundle {
  const v = value as Partial<MessageBundle> | null;
  return !!v && typeof v === 'object' && typeof v.en === 'object' && typeof v.sv === 'function' && typeof v.nb === 'function';
}

/** Letters that belong to one language only, to catch a Swedish file pasted into Norwegian and back. */
export const foreignLetters = { sv: /[æøÆØ]/, nb: /[äöÄÖ]/ } as const;

/**
 * Every section bundle besides the core ones: each element's `messages.ts` under src/elements/ (shared views'
 * too), and the shared sections of src/i18n/ (`sections.ts`, `step-up.ts`). Named `file#export`.
 */
export async function sectionBundles(root: string): Promise<Array<[string, MessageBundle]>> {
  const src = join(root, 'src');
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .map((f) => f.replace(/\\/g, '/'))
    .filter((f) => /^elements\/.*(^|\/)messages\.ts$/.test(f) || /^i18n\/(sections|step-up|code|withdrawal-lock|new-password|recovery-phrase)\.ts$/.test(f));
  const found: Array<[string, MessageBundle]> = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(src, file)).href)) as Record<string, unknown>;
    const bundles = Object.entries(module).filter(([, value]) => isBundle(value));
    assert.ok(bundles.length, `${relative(root, join(src, file))} exports no defineMessages() bundle`);
    for (const [name, bundle] of bundles) found.push([`src/${file}#${name}`, bundle as MessageBundle]);
  }
  return found;
}

/** The `errors` section (loaded on demand in elements) as a bundle the checks above take. */
export async function errorBundle(): Promise<MessageBundle> {
  return { en: await errorMessages.en(), sv: errorMessages.sv, nb: errorMessages.nb };
}
