import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rowLoaders } from '../../../src/client/row-loaders.js';
import { createClient } from '../../../src/client/index.js';
import { endpoints } from '../../../src/contract/index.js';

describe('the per-flow row loaders', () => {
  it('cover every row of the endpoint table, in table order, and no other', () => {
    assert.deepEqual(Object.keys(rowLoaders), Object.keys(endpoints));
    assert.deepEqual(Object.keys(createClient({ baseUrl: 'https://api.example.com' })), Object.keys(endpoints));
  });

  it('load the very row of the table, with the rows of its flow file only', async () => {
    for (const [name, load] of Object.entries(rowLoaders)) {
      const table = (await load()) as Record<string, unknown>;
      assert.equal(table[name], endpoints[name as keyof typeof endpoints], `${name} loads its own row`);
      assert.ok(Object.keys(table).length < Object.keys(endpoints).length, `${name} loads one flow's table, not all`);
    }
  });

  it('share one load per flow file', async () => {
    assert.equal(rowLoaders.signIn, rowLoaders.verifySignInCode);
    assert.notEqual(rowLoaders.signIn, rowLoaders.getKycOverview);
    assert.equal(await rowLoaders.signIn(), await rowLoaders.verifySignInCode());
  });
});
