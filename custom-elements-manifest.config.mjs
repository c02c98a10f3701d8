// Settings for `cem analyze` (npm run analyze). The analyzer reads events from `@fires` tags, and also guesses one
// from every `dispatchEvent(new SomeEvent(...))` it sees, without a name: our event classes carry their names, so
// those guesses are dropped and the documented `@fires` entries stay.
export default {
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
