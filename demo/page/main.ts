/**
 * The demo page: the elements against the reference backend on the same origin, with the dev outbox, the demo
 * accounts and a stand-in authenticator app beside them. Served by `npm start` under a strict CSP.
 */
import { TOTP } from 'otpauth';
import { createClient, createClientFor, setDefaultClient } from '../../src/client/index.js';
import { testingEndpoints } from '../../src/contract/index.js';
import '../../src/elements/login-form/define.js';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, demoAccounts } from '../core/seed.js';

const client = createClient({ baseUrl: location.origin });
// One client for every element on the page: none of them needs its own `.client`.
setDefaultClient(client);
const dev = createClientFor(testingEndpoints, { baseUrl: location.origin });
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

function showSignIn(): HTMLElementTagNameMap['login-form'] {
  const form = document.createElement('login-form');
  form.setAttribute('methods', 'password passkey google apple');
  form.setAttribute('identifier', 'email phone');
  form.setAttribute('default-country', 'SE');
  form.setAttribute('return-to', `${location.origin}/`);
  form.captchaProvider = async () => {
    const answer = await fetch('/demo/captcha', { method: 'POST' });
    const { token } = (await answer.json()) as { token: string };
    return token;
  };
  form.addEventListener('tillit-signed-in', (event) => showSignedIn(event.session.user.displayName));
  $('main').replaceChildren(form);
  return form;
}

function showSignedIn(name: string): void {
  const panel = document.createElement('section');
  panel.className = 'signed-in';
  const heading = document.createElement('h1');
  heading.textContent = `Signed in as ${name}`;
  heading.tabIndex = -1;
  const signOut = document.createElement('button');
  signOut.textContent = 'Sign out';
  signOut.addEventListener('click', () => void client.signOut().finally(showSignIn));
  panel.append(heading, signOut);
  $('main').replaceChildren(panel);
  heading.focus();
}

function renderAccounts(): void {
  $('demo-password').textContent = DEMO_PASSWORD;
  const rows = demoAccounts.map((account) => {
    const row = document.createElement('tr');
    for (const text of [account.identifier, account.has]) {
      const cell = document.createElement('td');
      cell.textContent = text;
      row.append(cell);
    }
    return row;
  });
  $('accounts').replaceChildren(...rows);
}

function tickAuthenticator(): void {
  const totp = new TOTP({ secret: DEMO_TOTP_SECRET, digits: 6, period: 30, algorithm: 'SHA1' });
  const update = (): void => {
    const left = 30 - (Math.floor(Date.now() / 1000) % 30);
    $('totp').textContent = `${totp.generate()} (${left} s)`;
  };
  update();
  setInterval(update, 1000);
}

async function pollOutbox(): Promise<void> {
  try {
    const { messages } = await dev.readOutbox({});
    const items = messages
      .slice(-8)
      .reverse()
      .map((message) => {
        const item = document.createElement('li');
        const code = document.createElement('strong');
        code.textContent = message.code;
        item.append(`${message.channel.toUpperCase()} to ${message.to}: `, code, ` (${message.purpose})`);
        return item;
      });
    $('outbox').replaceChildren(...items);
  } finally {
    setTimeout(() => void pollOutbox(), 2000);
  }
}

function wireSwitches(): void {
  const lang = $<HTMLSelectElement>('lang');
  lang.addEventListener('change', () => (document.documentElement.lang = lang.value));
  const theme = $<HTMLSelectElement>('theme');
  theme.addEventListener('change', () => {
    if (theme.value) document.documentElement.dataset['tillitTheme'] = theme.value;
    else delete document.documentElement.dataset['tillitTheme'];
  });
}

wireSwitches();
renderAccounts();
tickAuthenticator();
void pollOutbox();
const session = await client.getSession().catch(() => null);
if (session) {
  showSignedIn(session.user.displayName);
} else {
  // Back from the demo's Google/Apple page: the element finishes the sign-in it started.
  const query = new URLSearchParams(location.search);
  history.replaceState(null, '', location.pathname);
  void showSignIn().finishSocialSignIn(query);
}
