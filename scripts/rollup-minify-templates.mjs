// Rollup plugin: squeezes the indentation out of Lit's `html`, `svg` and `css` templates in our sources before they
// are compiled. A minifier leaves template literals as written, so without this every published chunk carries the
// source's line breaks and indentation (about 2 KB of a sign-in page's JavaScript, ~300 B gzip).
//
// Only what cannot change what the browser renders or matches is removed:
//   - html/svg: a run of whitespace holding a line break becomes one space (the HTML parser and CSS's
//     `white-space: normal` collapse it to one space anyway; none of our templates is `pre`), and before a tag's
//     closing `>` it goes (not before `/>`: after an unquoted value the `/` would join the value). Text,
//     attribute values and the parts Lit binds keep their shape.
//   - css: comments go, whitespace runs become one space, and the space around `{ } ; ,` and after `:` goes, as
//     does the `;` before a `}`. Strings in our sheets hold no such characters (test/node/build checks the output).
// Dev servers (web-test-runner, Storybook) serve the sources unchanged; only the published build is squeezed.
import MagicString from 'magic-string';
import ts from 'typescript';

const tags = new Set(['html', 'svg', 'css']);

/** @param {string} text a static part of an `html` or `svg` template */
export function squeezeHtml(text) {
  return text.replace(/\s*\n\s*(?=>)/g, '').replace(/\s*\n\s*/g, ' ');
}

/** @param {string} text a static part of a `css` template */
export function squeezeCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

/**
 * The static parts of every `html`/`svg`/`css` tagged template in `code`, each as [start, end, tag]: offsets of
 * the text between the backtick, `${` and `}` delimiters.
 * @param {string} code @param {string} fileName
 * @returns {[number, number, string][]}
 */
export function templateParts(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  /** @type {[number, number, string][]} */
  const parts = [];
  const literal = (node, tag, closing) => parts.push([node.getStart(source) + 1, node.end - closing, tag]);
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && tags.has(node.tag.text)) {
      const tag = node.tag.text;
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) literal(template, tag, 1);
      else {
        literal(template.head, tag, 2);
        for (const span of template.templateSpans) literal(span.literal, tag, ts.isTemplateTail(span.literal) ? 1 : 2);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return parts;
}

/** @returns {import('rollup').Plugin} */
export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
      const out = new MagicString(code);
      let changed = false;
      for (const [start, end, tag] of templateParts(code, id)) {
        const text = code.slice(start, end);
        const squeezed = tag === 'css' ? squeezeCss(text) : squeezeHtml(text);
        if (squeezed === text) continue;
        changed = true;
        if (squeezed === '') out.remove(start, end);
        else out.overwrite(start, end, squeezed);
      }
      return changed ? { code: out.toString(), map: out.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
