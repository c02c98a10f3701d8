import { defineConfig } from 'vite';

// Nothing tillit needs: React 19 renders custom elements (properties and `on<event>` listeners) by itself.
export default defineConfig({});
