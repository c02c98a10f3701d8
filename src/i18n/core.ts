import { defineMessages } from './define.js';
import * as en from './en.js';

/**
 * The sections every element gets. sv and nb each load as one chunk holding all three sections (the three
 * loaders import the same module, which the browser and bundlers fetch once).
 */
export const coreMessages = {
  common: defineMessages({
    en: en.common,
    sv: () => import('./sv.js').then((m) => m.common),
    nb: () => import('./nb.js').then((m) => m.common),
  }),
  errors: defineMessages({
    en: en.errors,
    sv: () => import('./sv.js').then((m) => m.errors),
    nb: () => import('./nb.js').then((m) => m.errors),
  }),
  fields: defineMessages({
    en: en.fields,
    sv: () => import('./sv.js').then((m) => m.fields),
    nb: () => import('./nb.js').then((m) => m.fields),
  }),
};

export type CoreBundles = typeof coreMessages;
