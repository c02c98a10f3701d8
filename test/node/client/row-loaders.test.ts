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

  it("load the row's compiled form, with the rows of its flow file only", async () => {
    for (const [name, load] of Object.entries(rowLoaders)) {
      const table = await load();
      const row = table[name];
      const source = endpoints[name as keyof typeof endpoints];
      assert.ok(row, `${name} is in the module its loader loads`);
      assert.equal(row.method, source.method, `${name} method`);
      assert.equal(row.path, source.path, `${name} path`);
      assert.equal(row.idempotent ?? false, 'idempotent' in source && source.idempotent === true, `${name} idempotent`);
      assert.equal(row.upload ?? false, 'upload' in source && source.upload === true, `${name} upload`);
      assert.equal(row.output === undefined, source.output === undefined, `${name} has an output exactly when the contract row has`);
      assert.ok(Object.keys(table).length < Object.keys(endpoints).length, `${name} loads one flow's rows, not all`);
      for (const other of Object.keys(table)) {
        assert.equal(rowLoaders[other as keyof typeof rowLoaders], load, `${other}, loaded with ${name}, has the same loader`);
      }
    }
  });

  it('share one load per flow file', async () => {
    assert.equal(rowLoaders.signIn, rowLoaders.verifySignInCode);
    assert.notEqual(rowLoaders.signIn, rowLoaders.getKycOverview);
    assert.equal(await rowLoaders.signIn(), await rowLoaders.verifySignInCode());
  });
});
