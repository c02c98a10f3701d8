import { siteLocales, type SiteLocale } from './format.js';

/**
 * The visitor's language and theme: kept in localStorage (preferences, never secrets) and applied to `<html>`,
 * where the elements read them: `lang` picks their catalog, `data-tillit-theme` (tillit/tillit.css) their colours.
 * The brand theme is the light scheme with the demo's own `--tillit-*` values (styles/brand.css).
 */
export type ThemeChoice = 'system' | 'light' | 'dark' | 'aurora';
export const themeChoices: readonly ThemeChoice[] = ['system', 'light', 'dark', 'aurora'];

const keys = { locale: 'tillit-demo:lang', theme: 'tillit-demo:theme' } as const;

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage disabled: preferences last for this page only
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // as above
  }
}

const isLocale = (value: string | null): value is SiteLocale => siteLocales.includes(value as SiteLocale);
const isTheme = (value: string | null): value is ThemeChoice => themeChoices.includes(value as ThemeChoice);

/** The saved language, else the browser's first one we have (nn and no count as Bokmål), else English. */
export function initialLocale(): SiteLocale {
  const saved = read(keys.locale);
  if (isLocale(saved)) return saved;
  for (const tag of navigator.languages) {
    const language = tag.toLowerCase().split('-')[0] ?? '';
    const match = language === 'no' || language === 'nn' ? 'nb' : language;
    if (isLocale(match)) return match;
  }
  return 'en';
}

export function initialTheme(): ThemeChoice {
  const saved = read(keys.theme);
  return isTheme(saved) ? saved : 'system';
}

export function applyLocale(locale: SiteLocale, save = true): void {
  document.documentElement.lang = locale;
  if (save) write(keys.locale, locale);
}

export function applyTheme(theme: ThemeChoice, save = true): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset['tillitTheme'];
  else root.dataset['tillitTheme'] = theme === 'aurora' ? 'light' : theme;
  root.classList.toggle('brand-aurora', theme === 'aurora');
  if (save) write(keys.theme, theme);
}

/** Whether the demo tools are shown (furniture state, remembered like the others). */
export const devPanelOpen = {
  get: (): boolean => read('tillit-demo:dev-panel') !== 'closed',
  set: (open: boolean): void => write('tillit-demo:dev-panel', open ? 'open' : 'closed'),
};
