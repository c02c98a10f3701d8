/**
 * Walking the demo exchange with the keyboard only: where focus is (through shadow roots), whether it is seen,
 * moving it with Tab / Shift+Tab until it reaches what a keyboard user is after, and a whole Tab cycle through a
 * page to show that no widget keeps focus. The test never clicks and never calls `focus()`; it only presses keys.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/** What has focus, seen from the page: the deepest active element through open shadow roots. */
export interface Focused {
  tag: string;
  /** An input's type (`email`, `radio`, ...), else ''. */
  inputType: string;
  /** Its name as a user hears it: aria-label, the label of a field, else its text. */
  name: string;
  /** The custom elements it sits in, outermost first (`login-form`, `demo-user-menu`, ...). */
  hosts: string[];
  heading: boolean;
  /** Inside an error summary (the summary itself or one of its links). */
  summary: boolean;
  /** A visible focus indicator: an outline or a box-shadow, as computed. */
  indicator: string;
  /** The skip link, where a Tab cycle starts and ends. */
  skipLink: boolean;
}

export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const hosts: string[] = [];
    for (let node: Node | null = el; node; ) {
      if (node instanceof Element && node.localName.includes('-')) hosts.unshift(node.localName);
      const parent: Node | null = node.parentNode;
      node = parent instanceof ShadowRoot ? parent.host : parent;
    }
    if (!el || el === document.body) {
      return { tag: 'body', inputType: '', name: '', hosts, heading: false, summary: false, indicator: '', skipLink: false };
    }
    const labels = (el as HTMLInputElement).labels;
    // (No helper functions in here: the test runner's transform would name them with a helper the page lacks.)
    const name = [el.getAttribute('aria-label'), labels?.[0]?.textContent, el.textContent, el.getAttribute('name')]
      .map((text) => (text ?? '').replace(/\s+/g, ' ').trim())
      .find(Boolean) ?? '';
    // Chromium's date input: focus on its picker button (its own UA part, ringed by the browser) leaves the
    // input the active element without :focus.
    if (el instanceof HTMLInputElement && el.type === 'date' && !el.matches(':focus')) {
      return { tag: 'input', inputType: 'date', name, hosts, heading: false, summary: false, indicator: 'the browser\'s ring on the date picker button', skipLink: false };
    }
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 ? `outline ${style.outlineWidth} ${style.outlineColor}` : '';
    const shadow = style.boxShadow !== 'none' ? `box-shadow ${style.boxShadow}` : '';
    return {
      tag: el.localName,
      inputType: el instanceof HTMLInputElement ? el.type : '',
      name,
      hosts,
      heading: /^h[1-6]$/.test(el.localName) || el.getAttribute('role') === 'heading',
      summary: Boolean(el.closest('.error-summary, .tillit-error-summary, [data-tillit-summary]')),
      indicator: outline || shadow,
      skipLink: el.classList.contains('skip-link'),
    };
  });
}

const show = (f: Focused) => `${f.hosts.join(' > ') || 'page'}: ${f.tag}${f.inputType ? `[${f.inputType}]` : ''} "${f.name.slice(0, 60)}"`;

/**
 * Focus, once it is somewhere, must be seen. Exempt: the body (focus left the page), a dialog's own box, and the
 * main region, which the router focuses as the start of a page whose heading is visually hidden (the next Tab
 * goes to its first control).
 */
function assertSeen(f: Focused, where: string): void {
  if (f.tag === 'body' || f.tag === 'dialog' || f.tag === 'main') return;
  assert.ok(f.indicator, `no visible focus indicator on ${show(f)} (${where})`);
}

export type FocusMatch = string | RegExp | ((f: Focused) => boolean);

function matches(f: Focused, match: FocusMatch): boolean {
  if (typeof match === 'function') return match(f);
  if (typeof match === 'string') return f.name === match;
  return match.test(f.name);
}

/**
 * Presses Tab (Shift+Tab with `back`) until focus matches, checking on the way that every stop shows where focus
 * is. Fails, listing the stops, when it is not reached in `max` presses.
 */
export async function tabTo(page: Page, match: FocusMatch, options: { back?: boolean; max?: number } = {}): Promise<Focused> {
  const stops: string[] = [];
  for (let i = 0; i < (options.max ?? 40); i++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    stops.push(show(f));
    assertSeen(f, `tabbing to ${String(match)}`);
    if (matches(f, match)) return f;
  }
  throw new Error(`Tab never reached ${String(match)}; stops:\n  ${stops.join('\n  ')}`);
}

/** Waits until focus is where it should be after something async (a step change, a failed submit). */
export async function focusLands(page: Page, match: FocusMatch, what: string, timeout = 10_000): Promise<Focused> {
  const until = Date.now() + timeout;
  let f = await focused(page);
  while (!matches(f, match)) {
    if (Date.now() > until) throw new Error(`${what}: focus stayed on ${show(f)}`);
    await page.waitForTimeout(50);
    f = await focused(page);
  }
  assertSeen(f, what);
  return f;
}

export const stepHeading = (name: FocusMatch) => (f: Focused) => f.heading && matches(f, name);
export const errorSummary = (f: Focused) => f.summary;

/**
 * A whole Tab cycle from where focus is now: every stop seen, and focus comes round to the skip link again, so no
 * widget on the way keeps it (no keyboard trap). Then the same backwards with Shift+Tab (unless `backToo: false`).
 * Focus ends on the skip link. Returns the stops forwards.
 */
export async function tabCycle(page: Page, options: { max?: number; backToo?: boolean } = {}): Promise<string[]> {
  const max = options.max ?? 80;
  const forward: string[] = [];
  for (const back of options.backToo === false ? [false] : [false, true]) {
    const stops: string[] = [];
    let f: Focused;
    let reached = false;
    for (let i = 0; i < max && !reached; i++) {
      await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
      f = await focused(page);
      stops.push(show(f));
      assertSeen(f, back ? 'Shift+Tab cycle' : 'Tab cycle');
      reached = f.skipLink;
    }
    assert.ok(reached, `${back ? 'Shift+Tab' : 'Tab'} never came round to the skip link (a keyboard trap?):\n  ${stops.join('\n  ')}`);
    if (!back) forward.push(...stops);
  }
  return forward;
}

/** Types into the focused field, as a user does. */
export const type = (page: Page, text: string) => page.keyboard.type(text);
export const press = (page: Page, key: string) => page.keyboard.press(key);
