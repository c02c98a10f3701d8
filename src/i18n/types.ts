/** The locales tillit ships. English is bundled; the others load on first use. */
export type Locale = 'en' | 'sv' | 'nb';

/**
 * One message: fixed text, or a function of typed params (plurals, dates, durations). `never` as the parameter
 * type lets every concrete signature, such as `(p: { seconds: number }) => string`, fit this shape.
 */
export type Message = string | ((params: never) => string);

/** A flat group of messages, e.g. `common`, `errors` or an element's own `loginForm`. */
export type Section = Readonly<Record<string, Message>>;

/**
 * A section in every locale: English inline (it is the source of the type and ships in every bundle), the other
 * locales as loaders around a dynamic `import()` so each becomes a separate chunk fetched only when needed.
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

/** Failures the client reports without a backend answer (see src/client/). */
export type ClientErrorCode = 'network' | 'timeout' | 'aborted' | 'invalid_response';
