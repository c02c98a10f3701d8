import { expect } from '@open-wc/testing';
import { TillitError } from '../../../src/client/errors.js';
import type { CodeSent } from '../../../src/contract/index.js';
import { AsyncActionController } from '../../../src/controllers/async-action-controller.js';
import { CodeChallengeController, type CodeBackend, type CodeFeedback } from '../../../src/controllers/code-challenge-controller.js';
import { codeMessages } from '../../../src/i18n/code.js';
import * as en from '../../../src/i18n/en.js';
import { FakeHost } from './fakes.js';

/** The code field's feedback, recorded instead of rendered. */
function fakeFeedback() {
  const state = { code: '', error: undefined as string | undefined, alert: undefined as string | undefined, spoken: [] as string[] };
  const feedback: CodeFeedback = {
    ids: { code: 'c', form: 'f' },
    value: () => state.code,
    setValue: (_field, value) => void (state.code = value),
    readFields: () => undefined,
    clear: () => void (state.code = ''),
    error: () => state.error,
    showFieldErrors: (errors) => void ((state.error = errors.code?.()), (state.alert = undefined)),
    showAlert: (text) => void ((state.alert = text()), (state.error = undefined)),
    clearErrors: () => void ((state.error = undefined), (state.alert = undefined)),
    focusAfterUpdate: () => undefined,
    announce: (text) => void state.spoken.push(text()),
  };
  return { feedback, state };
}

const sent = (channel: 'sms' | 'email', resendAfter: number): CodeSent => ({
  channel,
  sentTo: channel === 'sms' ? '+46 •••• ••12' : 'a•••@example.com',
  resendAfter,
  expiresAt: '2030-01-01T00:00:00Z',
});

function setup(backend: Partial<CodeBackend<string>>) {
  const host = new FakeHost();
  const action = new AsyncActionController(host);
  const { feedback, state } = fakeFeedback();
  const outcome = { verified: [] as string[], failed: [] as unknown[], methods: [] as string[] };
  const words = {
    t: { code: codeMessages.en, common: en.common },
    error: (e: { code: string } | string) => (typeof e === 'string' ? e : `error:${e.code}`),
    errorsReady: () => Promise.resolve(),
  };
  const code = new CodeChallengeController<string>(host, {
    action,
    feedback,
    words,
    verified: (result) => outcome.verified.push(result),
    failed: (error) => outcome.failed.push(error),
    methodChanged: (method) => outcome.methods.push(method),
  });
  host.connect();
  const full: CodeBackend<string> = {
    send: backend.send ?? (async (channel) => sent(channel, 30)),
    verify: backend.verify ?? (async () => 'ok'),
  };
  return { code, state, outcome, backend: full };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const challenge = { methods: ['totp', 'sms', 'email'] as const, destinations: { sms: '+46 •••• ••12', email: 'a•••@example.com' } };

describe('CodeChallengeController', () => {
  it('sends a code channel’s first code once, and keeps a countdown per channel', async () => {
    const sends: string[] = [];
    const { code, outcome, backend, state } = setup({ send: async (channel) => (sends.push(channel), sent(channel, channel === 'sms' ? 60 : 30)) });
    code.start(challenge, backend, 'totp');
    expect(sends, 'the authenticator app needs no send').to.deep.equal([]);
    code.choose('sms');
    await settle();
    code.choose('email');
    await settle();
    code.choose('sms');
    await settle();
    expect(sends).to.deep.equal(['sms', 'email']);
    expect([code.resend.sms.remaining, code.resend.email.remaining]).to.deep.equal([60, 30]);
    expect(outcome.methods).to.deep.equal(['totp', 'sms', 'email', 'sms']);
    expect(code.intro()).to.equal('We sent a 6\u2011digit code to +46\u00a0••••\u00a0••12.');
    expect(state.spoken.at(-1)).to.contain('a•••@example.com');
    expect(code.view().resend!.disabled).to.equal(true);
    code.stop();
    expect([code.resend.sms.running, code.resend.email.running, code.active]).to.deep.equal([false, false, false]);
  });

  it('refuses a code that is not six digits before asking the backend', async () => {
    const verifies: string[] = [];
    const { code, state, backend } = setup({ verify: async (_m, c) => (verifies.push(c), 'ok') });
    code.start(challenge, backend, 'totp');
    state.code = '12 34';
    code.submit();
    expect(state.error).to.equal(codeMessages.en.format);
    state.code = '';
    code.submit();
    expect(state.error).to.equal(codeMessages.en.required);
    expect(verifies).to.deep.equal([]);
  });

  it('shows a wrong code on the field and empties it; leaves other failures to the embedding flow', async () => {
    let answer: Error = new TillitError('invalid_code', 'wrong');
    const { code, state, outcome, backend } = setup({ verify: async () => Promise.reject(answer) });
    code.start(challenge, backend, 'totp');
    state.code = '123456';
    code.submit();
    await settle();
    expect([state.error, state.code]).to.deep.equal(['error:invalid_code', '']);
    expect(outcome.failed).to.deep.equal([]);
    answer = new TillitError('challenge_expired', 'gone');
    state.code = '654321';
    code.submit();
    await settle();
    expect((outcome.failed[0] as TillitError).code).to.equal('challenge_expired');
  });

  it('starts the resend countdown the backend asks for on resend_too_soon', async () => {
    let first = true;
    const { code, state, backend } = setup({
      send: async (channel) => {
        if (first) return (first = false), sent(channel, 0);
        throw new TillitError('resend_too_soon', 'soon', { retryAfter: 42 });
      },
    });
    code.start(challenge, backend, 'sms');
    await settle();
    code.send(true);
    await settle();
    expect(code.resend.sms.remaining).to.equal(42);
    expect(state.alert).to.equal('error:resend_too_soon');
  });

  it('hands a right code’s answer to the embedding flow with the method', async () => {
    const { code, state, outcome, backend } = setup({ verify: async (method, c) => `${method}:${c}` });
    code.start(challenge, backend, 'totp');
    state.code = '123456';
    code.submit();
    await settle();
    expect(outcome.verified).to.deep.equal(['totp:123456']);
  });
});
