import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { loadContract } from '../../../scripts/contract/load.js';
import { generateContract, staleFiles, validateOpenApi } from '../../../scripts/contract/outputs.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const generated = generateContract(loadContract());

describe('generated contract documents', () => {
  it('openapi.json and CONTRACT.md match the endpoint table', async () => {
    const stale = await staleFiles(root, generated);
    assert.deepEqual(stale, [], `${stale.join(' and ')} out of date with src/contract: run \`npm run generate\` and commit the result.`);
  });

  it('openapi.json is a valid OpenAPI 3.1 document', async () => {
    assert.equal(generated.openapi['openapi'], '3.1.0');
    assert.deepEqual(await validateOpenApi(generated.openapi), []);
  });

  it('generates the same bytes twice (stable order, trailing newline)', () => {
    const again = generateContract(loadContract());
    assert.equal(again.files['openapi.json'], generated.files['openapi.json']);
    assert.equal(again.files['CONTRACT.md'], generated.files['CONTRACT.md']);
    for (const text of Object.values(generated.files)) assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'));
  });
});
