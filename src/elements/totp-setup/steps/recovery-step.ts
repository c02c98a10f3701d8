import { html } from 'lit';
import type { IssuedRecoveryPhrase } from '../../../contract/index.js';
import type { TotpSetupClient } from '../totp-setup-client.js';

/** The `recovery` step's element: the tag it goes by on this page, once its module is in, and the one shown. */
export interface RecoverySlot {
  tag?: string;
  element?: HTMLElement;
}

export interface RecoveryView {
  readonly slot: RecoverySlot;
  readonly level: number;
  readonly client: TotpSetupClient | undefined;
  readonly baseUrl: string | undefined;
  readonly qr: boolean;
  /** The phrase `confirmTotpSetup` issued, until the inner element has taken it (then undefined). */
  readonly issued: IssuedRecoveryPhrase | undefined;
  /** The inner element moved to its first step of its own: it holds the phrase now. */
  readonly onTaken: () => void;
  /** The phrase step ended: `true` when the phrase was confirmed, `false` when the user left without saving. */
  readonly onEnded: (saved: boolean) => void;
}

/** Loads `<recovery-key-backup>` and answers the tag it is registered under (`defineElements({ prefix })` may rename it). */
export async function loadRecoveryTag(): Promise<string> {
  const { tagOnThisPage } = await import('../../shared/embeddable.js');
  return tagOnThisPage('recovery-key-backup');
}

/**
 * The recovery phrase step: a `<recovery-key-backup>` (under this page's name for it) with this element's client,
 * made once per visit (a template cannot take a tag name without unsafe statics), handed the phrase the binding
 * issued, so it shows the words at once without a step-up of its own. Its own step changes and its cancel stay
 * inside: the host hears `<totp-setup>`'s steps.
 */
export function recoveryStep(v: RecoveryView) {
  if (!v.slot.tag) return html``;
  v.slot.element ??= recoveryElement(v.slot.tag, v);
  return html`${v.slot.element}`;
}

function recoveryElement(tag: string, v: RecoveryView): HTMLElement {
  const el = document.createElement(tag) as HTMLElement & {
    embedded: boolean; headingLevel: number; client?: TotpSetupClient; baseUrl?: string; qr: boolean; issued?: IssuedRecoveryPhrase;
  };
  el.embedded = true;
  el.headingLevel = v.level;
  if (v.client) el.client = v.client;
  if (v.baseUrl) el.baseUrl = v.baseUrl;
  el.qr = v.qr;
  el.issued = v.issued;
  const inner = (event: Event) => event.stopPropagation();
  el.addEventListener('tillit-step-change', (event) => {
    inner(event);
    v.onTaken();
  });
  el.addEventListener('tillit-recovery-phrase-confirmed', () => v.onEnded(true));
  el.addEventListener('tillit-cancelled', (event) => {
    inner(event);
    v.onEnded(false);
  });
  return el;
}
