/// <reference types="vite/client" />
// Every story renders inside <html lang=… data-tillit-theme=…> set from the toolbar, the same two switches a
// host page uses, so stories show the elements' real locale resolution and theming.
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

// The global theme tokens; a glob (not a plain import) so Storybook still builds before src/theme/ has them.
import.meta.glob('../src/theme/tillit.css', { eager: true });
// The demo exchange's sample brand, "Aurora": nothing but public --tillit-* values under :root.brand-aurora.
import '../demo/page/styles/brand.css';

// Attributes, properties, events, slots and CSS parts in docs and controls come from the analyzer's output
// (`npm run analyze`).
setCustomElementsManifest(manifest);

const withLocaleAndTheme: Decorator = (story, context) => {
  const root = document.documentElement;
  root.lang = String(context.globals['locale'] ?? 'en');
  const theme = String(context.globals['theme'] ?? 'light');
  // The brand is a light scheme with the brand's own token values on top.
  root.dataset['tillitTheme'] = theme === 'aurora' ? 'light' : theme;
  root.classList.toggle('brand-aurora', theme === 'aurora');
  return story();
};

const preview: Preview = {
  decorators: [withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'document language (<html lang>)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'sv', title: 'Svenska' },
          { value: 'nb', title: 'Norsk bokmål' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'colour scheme (<html data-tillit-theme>) or the sample brand (<html class="brand-aurora">)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'aurora', title: 'Brand: Aurora' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  parameters: {
    controls: { expanded: true },
  },
  tags: ['autodocs'],
};

export default preview;
