import { defineMessages } from './define.js';
import * as en from './en.js';
import type { IdentifierMessages, PasswordMessages, PhoneMessages } from './en.js';

/*
 * The shared field sections (see en.ts; the code field's is code.ts), as bundles an element passes to its LocalizeController under these
 * names: `{ identifier: identifierMessages, phone: phoneMessages, ... }`. Their Swedish and Norwegian live in
 * the core sv/nb chunks, which every element loads anyway, so a page fetches each language once.
 */

export const identifierMessages = defineMessages({
  en: en.identifier,
  sv: () => import('./sv.js').then((m) => m.identifier),
  nb: () => import('./nb.js').then((m) => m.identifier),
});

export const phoneMessages = defineMessages({
  en: en.phone,
  sv: () => import('./sv.js').then((m) => m.phone),
  nb: () => import('./nb.js').then((m) => m.phone),
});

export const passwordMessages = defineMessages({
  en: en.password,
  sv: () => import('./sv.js').then((m) => m.password),
  nb: () => import('./nb.js').then((m) => m.password),
});

declare module './types.js' {
  interface MessageSections {
    identifier: IdentifierMessages;
    phone: PhoneMessages;
    password: PasswordMessages;
  }
}
