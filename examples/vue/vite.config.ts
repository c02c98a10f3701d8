import vue from '@vitejs/plugin-vue';
import { elementClasses } from 'tillit/elements';
import { defineConfig } from 'vite';

// Vue resolves unknown tags as Vue components unless told they are custom elements: tillit's tags (taken from
// the package, so a new element needs no edit here) render as the elements themselves.
const tillitTags = new Set<string>(Object.keys(elementClasses));

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tillitTags.has(tag) } } })],
});
