// Storybook for the elements: stories in stories/, docs pages from MDX and from custom-elements.json.
import type { StorybookConfig } from '@storybook/web-components-vite';

// No phoning home: CI has no internet beyond the npm registry, and builds must not wait on it.
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The manager and docs bundles are big by nature; Vite's per-chunk table and size warning only add noise
  // to CI logs. Warnings and errors still print.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    logLevel: 'warn',
    build: { ...viteConfig.build, chunkSizeWarningLimit: 4096 },
  }),
};

export default config;
