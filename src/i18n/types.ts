import type { CommonMessages, ErrorMessages, FieldMessages } from './en.js';

/** The locales tillit ships. English is bundled; the others load on first use. */
export type ShippedLocale = 'en' | 'sv' | 'nb';

/**
 * A language the elements can speak: a shipped one, or any BCP 47 tag a host added with `registerMessages`
 * (`'de'`, `'pt-BR'`). `(string & {})` keeps the shipped names suggested by editors.
 */
export type Locale = ShippedLocale | (string & {});

/**
 * One message: fixed text, or a function of typed params (plurals, dates, durations). `never` as the parameter
 * type lets every concrete signature, such as `(p: { seconds: number }) => string`, fit this shape.
 */
export type Message = string | ((params: never) => string);

/** A flat group of messages, e.g. `common`, `errors` or an element's own `loginForm`. */
export type Section = Readonly<Record<string, Message>>;

/**
 * A section in every shipped locale: English inline (it is the source of the type and ships in every bundle), the
 * other locales as loaders around a dynamic `import()` so each becomes a separate chunk fetched only when needed.
 * Loaders resolve to the full section type, so tsc already refuses a translation with a missing key.
 */
export interface MessageBundle<T extends Section = Section> {
  readonly en: T;
  readonly sv: () => Promise<T>;
  readonly nb: () => Promise<T>;
}

/** Sections an element asks for, by the name it reads them under: `{ loginForm: loginFormMessages }`. */
export type BundleMap = Readonly<Record<string, MessageBundle>>;

/** The messages of a bundle map: `{ loginForm: LoginFormMessages }`. */
export type MessagesOf<B extends BundleMap> = { readonly [K in keyof B]: B[K] extends MessageBundle<infer T> ? T : never };

/**
 * Every section by its one name, for `registerMessages`. A section's name is the same in every element that
 * reads it; each section's module adds itself here (`declare module '.../i18n/types.js'`).
 */
export interface MessageSections {
  common: CommonMessages;
  errors: ErrorMessages;
  fields: FieldMessages;
}

/** What a host may give `registerMessages`: any sections, each with any of its messages. */
export type MessageOverrides = { readonly [K in keyof MessageSections]?: Partial<MessageSections[K]> };

/** Failures the client reports without a backend answer (see src/client/). */
export type ClientErrorCode = 'network' | 'timeout' | 'aborted' | 'invalid_response';
