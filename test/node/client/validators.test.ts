/**
 * The browser client's compiled validators (src/client/compiled/, run by src/client/validate.ts) against zod, row by
 * row of the real contract: the same verdict, the same parsed value and the same field errors on every sample and
 * mutant test/node/client/support/differential.ts makes. The compiled modules tested are the committed ones, the
 * ones that ship (the contract step of `npm test` fails while they are stale).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorCodes, problem } from '../../../src/client/compiled/problem.js';
import { rowLoaders } from '../../../src/client/row-loaders.js';
import { endpoints, errorCatalog, Problem, testingEndpoints } from '../../../src/contract/index.js';
import { SchemaCompiler } from '../../../scripts/client-validators/compile.js';
import type { Node } from '../../../src/client/validate.js';
import { compareAround, newTally, type Tally } from './support/differential.js';

type Schema = Parameters<typeof compareAround>[0];

/**
 * Schemas already proven, with their compiled node: a schema used by several rows (a flow module carries its own
 * copy) is compared once, and its other copies must equal the proven one.
 */
const proven = new Map<Schema, Node>();

function prove(schema: Schema, node: Node, label: string, tally: Tally, options?: Parameters<typeof compareAround>[4]): void {
  const known = proven.get(schema);
  if (known) return assert.deepStrictEqual(node, known, `${label} compiles as the proven copy of its schema`);
  proven.set(schema, node);
  compareAround(schema, node, label, tally, options);
}

function report(tally: Tally, what: string): void {
  assert.deepEqual(tally.divergences, [], `compiled validators and zod disagree on ${what}:\n${tally.divergences.join('\n')}`);
  assert.ok(tally.valid > 0 && tally.valid < tally.cases, `${what}: both valid and invalid cases (${tally.valid} of ${tally.cases} valid)`);
}

describe('compiled validators agree with zod', () => {
  for (const [name, row] of Object.entries(endpoints)) {
    it(`on ${name}`, async () => {
      const compiled = (await rowLoaders[name as keyof typeof rowLoaders]())[name];
      assert.ok(compiled, `${name} is compiled`);
      const tally = newTally();
      prove(row.input, compiled.input, `${name} input`, tally);
      assert.equal(compiled.output === undefined, row.output === undefined);
      if (row.output && compiled.output) prove(row.output, compiled.output, `${name} output`, tally, { mutated: 2, pairs: 100 });
      if (tally.cases > 0) report(tally, name);
    });
  }

  it('on the problem document, and know every error code', () => {
    const tally = newTally();
    compareAround(Problem, problem, 'Problem', tally, { mutated: 4, pairs: 400 });
    report(tally, 'Problem');
    assert.deepEqual([...errorCodes], Object.keys(errorCatalog));
  });

  it('on every testing row, compiled in memory (the client does not ship them; they widen what is proven)', () => {
    const compiler = new SchemaCompiler();
    const tally = newTally();
    for (const [name, row] of Object.entries(testingEndpoints)) {
      prove(row.input, compiler.compile(row.input, `${name} input`), `${name} input`, tally, { mutated: 2, pairs: 50 });
      if (row.output) prove(row.output, compiler.compile(row.output, `${name} output`), `${name} output`, tally, { mutated: 1, pairs: 50 });
    }
    report(tally, 'the testing rows');
  });
});
