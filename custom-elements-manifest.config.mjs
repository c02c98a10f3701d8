// Settings for `cem analyze` (npm run analyze). The analyzer reads events from `@fires` tags, and also guesses one
// from every `dispatchEvent(new SomeEvent(...))` it sees, without a name: our event classes carry their names, so
// those guesses are dropped and the documented `@fires` entries stay.
import { elementTags } from './scripts/build-entries.mjs';

// Only the element classes (`src/elements/<tag>/<tag>.ts`): the manifest describes the public elements, so a
// change in a shared helper module does not make it stale.
const tags = elementTags();
const sourceOf = (tag) => `src/elements/${tag}/${tag}.ts`;
const elementFiles = tags.map(sourceOf);

/**
 * The analyzer names the source files it read, which the package does not ship. Tools that follow `path` (IDEs,
 * framework wrappers, Storybook) need the file a customer imports: `dist/define/<tag>.js`, which exports the class
 * and registers the tag (package.json's `tillit/<tag>`). The test in test/package/ resolves every path.
 */
const shippedPath = new Map(tags.map((tag) => [sourceOf(tag), `dist/define/${tag}.js`]));

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
    {
      name: 'tillit-shipped-paths',
      packageLinkPhase({ customElementsManifest }) {
        const rename = (reference) => {
          if (reference?.module && shippedPath.has(reference.module)) reference.module = shippedPath.get(reference.module);
        };
        for (const mod of customElementsManifest.modules ?? []) {
          const shipped = shippedPath.get(mod.path);
          if (!shipped) continue;
          mod.path = shipped;
          for (const entry of mod.exports ?? []) rename(entry.declaration);
          for (const declaration of mod.declarations ?? []) {
            rename(declaration.superclass);
            for (const member of declaration.members ?? []) rename(member.inheritedFrom);
            // Importing the module defines the tag: say so, as the schema's `custom-element-definition` export.
            if (declaration.customElement && declaration.tagName) {
              mod.exports = [
                ...(mod.exports ?? []).filter((e) => !(e.kind === 'custom-element-definition' && e.name === declaration.tagName)),
                { kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module: shipped } },
              ];
            }
          }
        }
      },
    },
  ],
};
