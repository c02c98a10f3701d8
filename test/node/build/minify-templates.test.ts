import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { minifyTemplates, squeezeCss, squeezeHtml, templateParts } from '../../../scripts/rollup-minify-templates.mjs';

const srcFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(dir, file));

/** What a squeeze may change: whitespace, comments in CSS, and the `;` before a `}`. */
const visible = (text: string, css: boolean): string =>
  (css ? text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/;(\s*)}/g, '$1}') : text).replace(/\s+/g, '');

describe('the build squeezes Lit templates', () => {
  it('collapses html indentation to one space, and drops it before a closing `>`', () => {
    assert.equal(squeezeHtml('\n  <button\n    type="button"\n  >\n    Log in\n  </button>\n'), ' <button type="button"> Log in </button> ');
    // Not before `/>`: after an unquoted value (a binding) the slash would become part of the value.
    assert.equal(squeezeHtml('<input value=x\n  />'), '<input value=x />');
    assert.equal(squeezeHtml('Error: '), 'Error: ', 'a run without a line break stays as written');
  });

  it('drops what CSS does not need, and keeps the spaces that are combinators or separate values', () => {
    assert.equal(
      squeezeCss('\n  /* why */\n  [data-a] :focus-visible,\n  .b > .c {\n    margin: 0 var(--x, 1px);\n    content: \'\\\\2713\' / \'\';\n  }\n  @media (forced-colors: active) {\n    .b { border: 2px solid ButtonText; }\n  }\n'),
      " [data-a] :focus-visible,.b > .c{margin:0 var(--x,1px);content:'\\\\2713' / ''}@media (forced-colors:active){.b{border:2px solid ButtonText}}",
    );
  });

  it('finds every static part of html, svg and css templates, and nothing else', () => {
    const code = 'const a = html`<p>${x}</p>${y}`; const b = css`:host{}`; const c = other`<p>`; const d = `<p>`;';
    const parts = templateParts(code, 'x.ts').map(([start, end, tag]) => [code.slice(start, end), tag]);
    assert.deepEqual(parts, [['<p>', 'html'], ['</p>', 'html'], ['', 'html'], [':host{}', 'css']]);
  });

  it('changes nothing but whitespace (and CSS comments) in any template of src/', () => {
    let squeezed = 0;
    for (const file of srcFiles('src')) {
      const code = readFileSync(file, 'utf8');
      for (const [start, end, tag] of templateParts(code, file)) {
        const text = code.slice(start, end);
        const out = tag === 'css' ? squeezeCss(text) : squeezeHtml(text);
        assert.equal(visible(out, tag === 'css'), visible(text, tag === 'css'), `${file}: ${text.slice(0, 60)}`);
        if (out !== text) squeezed++;
      }
    }
    assert.ok(squeezed > 20, `only ${squeezed} templates squeezed: is the plugin still finding them?`);
  });

  it('rewrites a source with a source map, and leaves files without templates alone', () => {
    const plugin = minifyTemplates() as { transform: (code: string, id: string) => { code: string; map: { mappings: string } } | null };
    const out = plugin.transform('export const s = css`\n  :host {\n    display: block;\n  }\n`;\n', '/repo/src/x.ts');
    assert.equal(out?.code, 'export const s = css` :host{display:block}`;\n');
    assert.ok(out?.map.mappings);
    assert.equal(plugin.transform('export const n = 1;\n', '/repo/src/y.ts'), null);
    assert.equal(plugin.transform('const s = css`a  {}`;', '/repo/node_modules/lit/z.ts'), null, 'only our sources');
  });
});
