import type { StoryObj } from '@storybook/web-components-vite';
import { createClient } from '../../src/client/index.js';
import { DEMO_BASE_URL } from '../../demo/browser/index.js';
import { problemResponse } from '../../demo/core/problem.js';

/*
 * What every element's stories share: one story per state, rendered on its own backend and driven through the
 * light DOM as a person would, with `parameters.reached` saying how to tell the state came (the story tests in
 * test/browser/<tag>/stories.*.a11y.test.ts wait for it, then run axe). Checks read the page's language.
 */

/** A story of one state: `reached` tells the story test the element got there. */
export type StateStory<S extends { reached: unknown }> = StoryObj<S> & { parameters: { reached: S['reached'] } };

/** The story maker of an element's file: each setup rendered by `render`, its `reached` check handed on. */
export const storiesFrom =
  <S extends { reached: unknown }>(render: (setup: S) => HTMLElement) =>
  (setup: S): StateStory<S> => ({ render: () => render(setup), parameters: { reached: setup.reached } });

export const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Waits (25 ms a try) until `check` holds, or gives up quietly: the story test says which state never came. */
export async function until(check: () => boolean | Promise<boolean>, tries = 240): Promise<void> {
  for (let i = 0; i < tries && !(await check()); i++) await new Promise((resolve) => setTimeout(resolve, 25));
}

/** A client whose every request answers `answer` (a fault story); no reference backend behind it. */
export const faulty = (answer: (request: Request) => Response | Promise<Response>, timeoutMs?: number) =>
  createClient({ baseUrl: DEMO_BASE_URL, fetch: async (input, init) => answer(new Request(input, init)), timeoutMs });

export { problemResponse as problem };

/** Types `value` into the `index`th light-DOM field matching `selector`, as a keyboard does. */
export function type(root: Element, selector: string, value: string, index = 0): void {
  const input = root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(selector)[index];
  if (!input) return;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
}

/** The element's own title (its shadow `heading` part). */
export const elementTitle = (el: Element) => el.shadowRoot?.querySelector('[part=heading]')?.textContent?.trim() ?? '';
export const summary = (el: Element) => el.shadowRoot?.querySelector('[data-error-summary]')?.textContent ?? '';
/** The first words of a message that takes parameters (up to its first number or stop). */
export const opening = (text: string) => text.split(/[\d.,:]/)[0]!.trim();
