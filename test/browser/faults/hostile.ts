// Strings a hostile or compromised backend could send in any text field: each would run script or inject markup
// if an element ever put server text into the DOM as HTML instead of through Lit's text bindings.
export const hostileStrings = [
  '<img src=x onerror="window.__tillitXss=1">',
  '"><svg onload="window.__tillitXss=1">',
  "'><script>window.__tillitXss=1</script>",
  'javascript:window.__tillitXss=1',
  '{{constructor.constructor("window.__tillitXss=1")()}}',
] as const;

declare global {
  interface Window {
    __tillitXss?: number;
  }
}

/** Markup no tillit element renders itself, so finding one means a hostile string became HTML. */
const injected = 'img[src=x], svg[onload], script, [onerror], [onload]';

/** Whether any hostile string became markup or ran, in the element's shadow and light DOM. */
export function hostileStringRan(el: HTMLElement): boolean {
  return Boolean(window.__tillitXss || el.querySelector(injected) || el.shadowRoot?.querySelector(injected));
}

/** Any run of spaces as one space: elements keep masked addresses on one line with no-break spaces. */
export const spaced = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

/** The element's text, shadow and light DOM, spaces collapsed, for checking a string shows as text. */
export function textOf(el: HTMLElement): string {
  return spaced(`${el.shadowRoot?.textContent ?? ''} ${el.textContent ?? ''}`);
}
