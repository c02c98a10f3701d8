// Settings for `cem analyze` (npm run analyze). The analyzer reads events from `@fires` tags, and also guesses one
// from every `dispatchEvent(new SomeEvent(...))` it sees, without a name: our event classes carry their names, so
// those guesses are dropped and the documented `@fires` entries stay.
import { existsSync, readdirSync } from 'node:fs';

// Only the element classes (`src/elements/<tag>/<tag>.ts`): the manifest describes the public elements, so a
// change in a shared helper module does not make it stale.
const elementFiles = readdirSync('src/elements', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`src/elements/${entry.name}/define.ts`))
  .map((entry) => `src/elements/${entry.name}/${entry.name}.ts`);

export default {
  globs: elementFiles,
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'tillit-drop-unnamed-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
  ],
};
