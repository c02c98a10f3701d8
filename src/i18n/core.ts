import { defineMessages } from './define.js';
import * as en from './en.js';
import type { ErrorMessages } from './errors.en.js';

/**
 * The sections every element gets. sv and nb each load as one chunk holding the core sections (the loaders import
 * the same module, which the browser and bundlers fetch once).
 */
export const coreMessages = {
  common: defineMessages({
    en: en.common,
    sv: () => import('./sv.js').then((m) => m.common),
    nb: () => import('./nb.js').then((m) => m.common),
  }),
  fields: defineMessages({
    en: en.fields,
    sv: () => import('./sv.js').then((m) => m.fields),
    nb: () => import('./nb.js').then((m) => m.fields),
  }),
};

export type CoreBundles = typeof coreMessages;

/**
 * The `errors` section, English included, loaded on demand: the first time an element has an error to show
 * (`LocalizeController.error` and `errorsReady`). Swedish and Norwegian come with the core chunks.
 */
export const errorMessages = {
  en: () => import('./errors.en.js').then((m) => m.errors),
  sv: () => import('./sv.js').then((m) => m.errors),
  nb: () => import('./nb.js').then((m) => m.errors),
} satisfies Record<'en' | 'sv' | 'nb', () => Promise<ErrorMessages>>;
