import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { describe, it } from 'node:test';

/*
 * custom-elements.json is what Storybook, IDEs and framework wrappers read. It is only as good as the JSDoc on the
 * element classes, so check that every registered element is fully described there.
 */
interface Named {
  name?: string;
  description?: string;
}
interface Declaration {
  customElement?: boolean;
  tagName?: string;
  summary?: string;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  slots?: Named[];
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
  modules: { path: string; declarations?: Declaration[] }[];
};
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
const tags = readdirSync('src/elements', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`src/elements/${entry.name}/define.ts`))
  .map((entry) => entry.name);

describe('custom-elements.json', () => {
  it('has an entry with a tag name for every element folder', () => {
    assert.ok(tags.length > 0);
    assert.deepEqual(elements.map((e) => e.tagName).sort(), [...tags].sort());
  });

  for (const element of elements) {
    it(`describes <${element.tagName}> completely`, () => {
      assert.ok(element.summary, 'a @summary');
      for (const [kind, list] of Object.entries({
        attributes: element.attributes,
        events: element.events,
        cssParts: element.cssParts,
        cssProperties: element.cssProperties,
        slots: element.slots,
      })) {
        assert.ok(list && list.length > 0, `${kind} documented`);
        for (const item of list) {
          assert.ok(kind === 'slots' || item.name, `${kind}: every entry has a name`);
          assert.ok(item.description, `${kind}: ${item.name ?? '(default)'} has a description`);
        }
      }
      for (const event of element.events ?? []) assert.match(event.name ?? '', /^tillit-[a-z-]+$/);
    });
  }
});
