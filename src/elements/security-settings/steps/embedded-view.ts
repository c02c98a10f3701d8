import { html, nothing } from 'lit';
import type { WithdrawalLock } from '../../../contract/index.js';

export type EmbeddedKind = 'totp-setup' | 'recovery-phrase';

export interface EmbeddedOptions {
  /** This element's client, handed on (else the embedded element uses the page's default, as this one does). */
  readonly client: object | undefined;
  readonly baseUrl: string | undefined;
  readonly level: number;
  readonly close: () => void;
  readonly changed: (change: 'setup_totp' | 'issue_recovery_phrase', lock: WithdrawalLock) => void;
}

/**
 * The tag `<totp-setup>` or `<recovery-key-backup>` is registered under on this page (a prefix may rename it).
 * Their code loads here, when the user asks for them.
 */
export async function embeddedTag(kind: EmbeddedKind): Promise<string> {
  const { tagOnThisPage } = await import('../../shared/embeddable.js');
  return tagOnThisPage(kind === 'totp-setup' ? 'totp-setup' : 'recovery-key-backup');
}

/**
 * The embedded element, made once per task (a template cannot take a tag name without unsafe statics): its events
 * tell this element what changed; its "Cancel" goes back to the overview.
 */
export function createEmbedded(kind: EmbeddedKind, tag: string, o: EmbeddedOptions): HTMLElement {
  const el = document.createElement(tag) as HTMLElement & { client?: object; baseUrl?: string; headingLevel: number };
  if (o.client) el.client = o.client;
  if (o.baseUrl) el.baseUrl = o.baseUrl;
  el.headingLevel = o.level;
  if (kind === 'totp-setup') el.addEventListener('tillit-totp-enabled', (event) => o.changed('setup_totp', event.withdrawalLock));
  el.addEventListener('tillit-recovery-phrase-confirmed', () => o.changed('issue_recovery_phrase', null));
  el.addEventListener('tillit-cancelled', () => o.close());
  return el;
}

/**
 * The embedded step, in the light part (the embedded element's own fields must stay visible to password managers
 * and one-time-code autofill), with "Back to security settings" under it.
 */
export function embeddedStep(element: HTMLElement | undefined, back: string, close: () => void) {
  return html`${element ?? nothing}<button class="tillit-secondary" type="button" @click=${close}>${back}</button>`;
}
