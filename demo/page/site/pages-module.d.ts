// The virtual module demo/node/site-pages-plugin.ts generates: every demo/page/pages/<id>.ts with its id.
declare module 'demo-site:pages' {
  const pageModules: readonly (readonly [import('./routes.js').PageId, import('./page.js').AnyPageDefinition])[];
  export default pageModules;
}
