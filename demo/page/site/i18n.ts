import type { SiteLocale } from './format.js';
import { en, type SiteMessages } from './messages.js';
import { nb } from './messages.nb.js';
import { sv } from './messages.sv.js';

/** The demo's own catalog by locale (all three are bundled: the site's texts are small). */
export const catalogs: Readonly<Record<SiteLocale, SiteMessages>> = { en, sv, nb };

/** Names of the languages in themselves, for the language switch. */
export const languageNames: Readonly<Record<SiteLocale, string>> = { en: 'English', sv: 'Svenska', nb: 'Norsk bokmål' };

export type { SiteLocale, SiteMessages };
