import { html, nothing, type TemplateResult } from 'lit';
import type { Passkey, SecurityOverview } from '../../../contract/index.js';
import type { DateWords } from '../format.js';
import type { SecuritySettingsMessages } from '../messages.js';
import type { Task } from '../settings-context.js';
import { twoFactorSwitch } from './two-factor-switch.js';

export interface OverviewView {
  readonly t: SecuritySettingsMessages;
  /** The withdrawal lock's notice (the shared one, from the overview part), or nothing. */
  readonly lock: unknown;
  readonly overview: SecurityOverview | undefined;
  readonly failed: boolean;
  readonly loading: boolean;
  readonly dates: DateWords;
  /** Level of each factor's heading (one below the element's). */
  readonly level: number;
  readonly open: (task: Task) => void;
  readonly reload: () => void;
  /** Opens `<totp-setup>` or `<recovery-key-backup>` (loaded then). */
  readonly embed: (what: 'totp-setup' | 'recovery-phrase') => void;
  /** Ids of the passkeys on this device (the passkey module remembers them): marked "This device". */
  readonly thisDevice: ReadonlySet<string>;
}

function action(text: string, run: () => void, part = 'action') {
  return html`<button class="action" part=${part} type="button" @click=${run}>${text}</button>`;
}

function row(o: OverviewView, id: string, title: string, status: TemplateResult | string, actions: unknown, extra: unknown = nothing) {
  return html`
    <li class="row" part="row" aria-labelledby=${id}>
      <div class="row-title" id=${id} role="heading" aria-level=${o.level}>${title}</div>
      <div class="row-status">${status}</div>
      ${extra}
      <div class="row-actions">${actions}</div>
    </li>
  `;
}

function contactRow(o: OverviewView, kind: 'email' | 'phone', ov: SecurityOverview) {
  const { t } = o;
  const bound = kind === 'email' ? ov.email && { value: ov.email.address, twoFactor: ov.email.twoFactor } : ov.phone && { value: ov.phone.number, twoFactor: ov.phone.twoFactor };
  const title = kind === 'email' ? t.emailTitle : t.phoneTitle;
  if (!bound) {
    return row(o, `row-${kind}`, title, t.notAdded, action(kind === 'email' ? t.addEmail : t.addPhone, () => o.open({ kind: 'contact', contact: kind, change: false })));
  }
  // Changing the e-mail needs an authenticator and SMS codes on first (the backend's rule): say so, with the ways there.
  const blocked = kind === 'email' && (!ov.totp || !ov.phone?.twoFactor);
  // A masked phone number ("+46 70 ••• •• 12") stays on one line; a long e-mail address may wrap anywhere.
  const status = html`<span class=${kind === 'phone' ? 'value phone' : 'value'}>${bound.value}</span>
    ${twoFactorSwitch({ t, kind, on: bound.twoFactor, toggle: (enabled) => o.open({ kind: 'contact-two-factor', contact: kind, enabled }) })}`;
  const needs = blocked
    ? html`<p class="needs" part="needs">${t.emailChangeNeeds}</p>`
    : nothing;
  return row(
    o,
    `row-${kind}`,
    title,
    status,
    html`${blocked ? nothing : action(kind === 'email' ? t.changeEmail : t.changePhone, () => o.open({ kind: 'contact', contact: kind, change: true }))}
    ${action(kind === 'email' ? t.removeEmail : t.removePhone, () => o.open({ kind: 'unbind', contact: kind }))}`,
    needs,
  );
}

function totpRow(o: OverviewView, ov: SecurityOverview) {
  const { t } = o;
  if (!ov.totp) {
    return row(o, 'row-totp', t.totpTitle, t.totpOff, action(t.setUpTotp, () => o.embed('totp-setup')));
  }
  return row(
    o,
    'row-totp',
    t.totpTitle,
    t.totpOn({ since: o.dates.day(ov.totp.enabledAt) }),
    html`${action(t.replaceTotp, () => o.open({ kind: 'disable-totp', replace: true }))}
    ${action(t.turnOffTotp, () => o.open({ kind: 'disable-totp' }))}`,
  );
}

function passkeyItem(o: OverviewView, p: Passkey) {
  const { t } = o;
  const used = p.lastUsedAt ? t.passkeyLastUsed({ date: o.dates.day(p.lastUsedAt) }) : t.passkeyNeverUsed;
  return html`
    <li class="passkey" part="passkey">
      <span class="value">${p.name}</span>
      ${o.thisDevice.has(p.id) ? html`<span class="this-device" part="this-device">${t.thisDevice}</span>` : nothing}
      <span class="muted">${t.passkeyAdded({ date: o.dates.day(p.createdAt) })}, ${used}</span>
      <span class="row-actions">
        ${action(t.renamePasskey({ name: p.name }), () => o.open({ kind: 'rename-passkey', passkey: p }))}
        ${action(t.removePasskey({ name: p.name }), () => o.open({ kind: 'remove-passkey', passkey: p }))}
      </span>
    </li>
  `;
}

function passkeysRow(o: OverviewView, ov: SecurityOverview) {
  const { t } = o;
  const list = ov.passkeys.length
    ? html`<ul class="passkeys">${ov.passkeys.map((p) => passkeyItem(o, p))}</ul>`
    : t.passkeysNone;
  return row(o, 'row-passkeys', t.passkeysTitle, list, action(t.addPasskey, () => o.open({ kind: 'add-passkey' }), 'action add-passkey'));
}

function phraseRow(o: OverviewView, ov: SecurityOverview) {
  const { t } = o;
  const status = ov.recoveryPhrase ? t.phraseOn({ date: o.dates.day(ov.recoveryPhrase.confirmedAt) }) : t.phraseOff;
  return row(o, 'row-phrase', t.phraseTitle, status, action(ov.recoveryPhrase ? t.newPhrase : t.setUpPhrase, () => o.embed('recovery-phrase')));
}

function passwordRow(o: OverviewView, ov: SecurityOverview) {
  const { t } = o;
  if (!ov.password) return row(o, 'row-password', t.passwordTitle, t.passwordNone, nothing);
  return row(o, 'row-password', t.passwordTitle, t.passwordChanged({ date: o.dates.day(ov.password.changedAt) }), action(t.changePassword, () => o.open({ kind: 'password' })));
}

/**
 * The overview, in the shadow root (nothing in it is a credential): the withdrawal lock first, then every factor
 * with its state and what can be done with it. Each action opens its task; the consequences come there.
 */
export function overviewView(o: OverviewView) {
  const ov = o.overview;
  if (!ov) {
    if (o.failed && !o.loading) return html`<button class="action" part="action" type="button" @click=${o.reload}>${o.t.reload}</button>`;
    return html`<p class="muted" role="status">${o.t.loading}</p>`;
  }
  return html`
    ${o.lock}
    <ul class="rows" part="rows">
      ${contactRow(o, 'email', ov)} ${contactRow(o, 'phone', ov)} ${totpRow(o, ov)} ${passkeysRow(o, ov)} ${phraseRow(o, ov)}
      ${passwordRow(o, ov)}
    </ul>
  `;
}
