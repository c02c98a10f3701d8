import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SensitiveAction } from '../../../src/contract/step-up.js';
import { consequencesOf, consequenceText, type ConsequenceAction } from '../../../src/elements/shared/consequences.js';
import { withdrawalLockMessages } from '../../../src/i18n/withdrawal-lock.js';

const t = withdrawalLockMessages.en;
const kinds = (action: ConsequenceAction) => consequencesOf(action).map((c) => c.kind);
const say = (action: ConsequenceAction) => consequencesOf(action).map((c) => consequenceText(t, c));

describe('consequencesOf', () => {
  it('locks withdrawals for 24 hours after every password, contact and authenticator change', () => {
    for (const action of ['password_reset', 'change_password', 'bind_email', 'bind_phone', 'change_email', 'change_phone',
      'unbind_email', 'unbind_phone', 'setup_totp', 'disable_totp', 'disable_email_two_factor', 'disable_phone_two_factor'] as const) {
      assert.deepEqual(consequencesOf(action)[0], { kind: 'withdrawal_lock', hours: 24 }, action);
    }
  });

  it('bars an unbound address for 30 days and urges a replacement', () => {
    assert.deepEqual(kinds('unbind_email'), ['withdrawal_lock', 'identifier_cooldown', 'bind_replacement']);
    assert.deepEqual(say('unbind_phone'), [
      'You will not be able to withdraw for 24 hours. This keeps your account safe if someone else is doing this.',
      'For 30 days after you remove this phone number, it cannot be used to open an account or be added to one.',
      'Add a new phone number soon, so you can still confirm it is you and get back into your account.',
    ]);
  });

  it('bars the address a change replaces, without asking for a replacement', () => {
    assert.deepEqual(kinds('change_email'), ['withdrawal_lock', 'identifier_cooldown']);
    assert.match(say('change_email')[1]!, /your current email address cannot be used/);
  });

  it('asks for a new authenticator after removing one', () => {
    assert.deepEqual(say('disable_totp')[1], 'Set up an authenticator app again soon, to keep your account well protected.');
  });

  it('has nothing to state for the phrase, passkeys and codes turned on, and knows every sensitive action', () => {
    for (const action of ['issue_recovery_phrase', 'register_passkey', 'remove_passkey', 'enable_email_two_factor', 'enable_phone_two_factor'] as const) {
      assert.deepEqual(consequencesOf(action), [], action);
    }
    for (const action of SensitiveAction.options) assert.ok(Array.isArray(consequencesOf(action)), action);
  });

  it('words every consequence in Swedish and Norwegian', async () => {
    const sv = await withdrawalLockMessages.sv();
    const nb = await withdrawalLockMessages.nb();
    const all = consequencesOf('unbind_email');
    assert.equal(consequenceText(sv, all[0]!), 'Du kommer inte att kunna göra uttag på 24 timmar. Det skyddar ditt konto om någon annan gör det här.');
    assert.match(consequenceText(nb, all[1]!), /^I 30 dager etter at du har fjernet e-postadressen/);
    assert.match(consequenceText(sv, { kind: 'withdrawal_lock', hours: 1 }), /på 1 timme\./);
  });
});
