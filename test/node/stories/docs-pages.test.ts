// Storybook's docs: every element has a docs page (autodocs) built from custom-elements.json, and the toolbar's
// locale and theme reach the stories on docs pages as on story pages (one decorator sets <html lang> and
// data-tillit-theme for every story, wherever it renders). Read from the files, as Storybook reads them.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { elementTags } from '../../../scripts/build-entries.mjs';

const preview = readFileSync('.storybook/preview.ts', 'utf8');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
  modules: { declarations?: { tagName?: string; description?: string; attributes?: unknown[]; events?: unknown[] }[] }[];
};
const declared = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, d]));

describe('Storybook docs pages', () => {
  it('are on for every story file (autodocs) and read custom-elements.json', () => {
    assert.match(preview, /tags: \['autodocs'\]/);
    assert.match(preview, /import manifest from '\.\.\/custom-elements\.json'/);
    assert.match(preview, /setCustomElementsManifest\(manifest\)/);
  });

  for (const tag of elementTags()) {
    it(`<${tag}>: a stories file whose component is in custom-elements.json, with its attributes and events`, () => {
      const file = `stories/${tag}.stories.ts`;
      assert.ok(existsSync(file), `${file} exists`);
      const source = readFileSync(file, 'utf8');
      assert.match(source, new RegExp(`component: '${tag}'`), 'the meta names the element, so its docs page is built from the manifest');
      assert.doesNotMatch(source, /tags: \[[^\]]*'!autodocs'/, 'the docs page is not switched off');
      const entry = declared.get(tag);
      assert.ok(entry, `custom-elements.json declares <${tag}>`);
      assert.ok(entry.description, 'with a description for the docs page');
      assert.ok((entry.attributes?.length ?? 0) > 0 && (entry.events?.length ?? 0) > 0, 'with attributes and events');
    });
  }

  it('switch locale and theme through a decorator every story passes, on docs pages too', () => {
    assert.match(preview, /decorators: \[withLocaleAndTheme\]/, 'a global decorator, which docs-page stories run as well');
    assert.match(preview, /root\.lang = String\(context\.globals\['locale'\]/);
    assert.match(preview, /root\.dataset\['tillitTheme'\]/);
    assert.doesNotMatch(preview, /viewMode/, 'nothing limits the switches to the story view');
  });
});
