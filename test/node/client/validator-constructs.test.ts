/**
 * The compiler and the validator on zod constructs the contract does not use yet (so a row that starts using one is
 * already proven), and the compiler's refusals: every construct it cannot reproduce exactly stops it, naming where.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { SchemaCompiler, UnsupportedSchemaError } from '../../../scripts/client-validators/compile.js';
import { knownRefinements, type KnownRefinement } from '../../../scripts/client-validators/refinements.js';
import { EmailAddress, PhoneNumber } from '../../../src/contract/common.js';
import { validate } from '../../../src/client/validate.js';
import { compareAround, newTally } from './support/differential.js';

const zoo: Record<string, z.ZodMiniType> = {
  strictObject: z.strictObject({ a: z.string(), b: z.optional(z.int()) }),
  presence: z.object({
    defaulted: z._default(z.string(), 'x'),
    optionalDefault: z.optional(z._default(z.int(), 3)),
    nullableOptional: z.nullable(z.optional(z.string())),
    optionalNullable: z.optional(z.nullable(z.boolean())),
    anything: z.unknown(),
    any: z.any(),
  }),
  union: z.object({ u: z.union([z.string().check(z.minLength(3)), z.int(), z.object({ a: z.string() })]) }),
  nearMiss: z.union([
    z.object({ kind: z.literal('a'), n: z.string().check(z.maxLength(2)) }),
    z.object({ kind: z.literal('b'), m: z.number() }),
  ]),
  strings: z.object({
    exact: z.string().check(z.length(4)),
    suffix: z.string().check(z.endsWith('.jpg')),
    at: z.string().check(z.includes('@')),
    upper: z.string().check(z.toUpperCase(), z.regex(/^[A-Z]+$/)),
    trimmed: z.string().check(z.trim(), z.minLength(1), z.maxLength(8)),
    unicode: z.string().check(z.regex(/^\p{L}+$/u), z.maxLength(4)),
  }),
  numbers: z.object({
    open: z.number().check(z.gt(0), z.lt(1)),
    closed: z.int().check(z.gte(-5), z.lte(5)),
    plain: z.number(),
  }),
  formats: z.object({
    uuid: z.uuid(),
    guid: z.guid(),
    time: z.iso.time(),
    duration: z.iso.duration(),
    ipv4: z.ipv4(),
    ulid: z.ulid(),
    nanoid: z.nanoid(),
    cuid2: z.cuid2(),
    offset: z.iso.datetime({ offset: true }),
    millis: z.iso.datetime({ precision: 3 }),
    url: z.url(),
    httpUrl: z.url({ protocol: /^https?$/ }),
    httpsUrl: z.url({ protocol: /^https$/ }),
  }),
  file: z.object({ file: z.file().check(z.minSize(10), z.maxSize(1000)) }),
  arrays: z.object({
    bounded: z.array(z.int()).check(z.minLength(1), z.maxLength(3)),
    exact: z.array(z.string()).check(z.length(2)),
    capped: z.array(z.string()).check(z.maxLength(2), z.minLength(1)),
    minThenExact: z.array(z.int()).check(z.minLength(2), z.length(3)),
    checkedElements: z.array(z.string().check(z.minLength(2))).check(z.maxLength(4)),
  }),
  discriminated: z.discriminatedUnion('t', [
    z.object({ t: z.literal(['a', 'b']), x: z.int() }),
    z.object({ t: z.literal('c'), y: z.optional(z.string()) }),
    z.object({ t: z.literal(7) }),
  ]),
  loose: z.looseObject({ inner: z.looseObject({ k: z.string() }), strip: z.object({ k: z.string() }) }),
  literals: z.object({ n: z.literal([0, 1, 2]), b: z.literal(true), nil: z.nullable(z.literal('x')) }),
};

describe('compiled validators agree with zod on constructs beyond the contract', () => {
  const compiler = new SchemaCompiler();
  for (const [name, schema] of Object.entries(zoo)) {
    it(name, (t) => {
      const tally = newTally();
      compareAround(schema, compiler.compile(schema, name), name, tally, { mutated: 3, pairs: 300 });
      t.diagnostic(`${tally.cases} cases, ${tally.valid} valid`);
      assert.deepEqual(tally.divergences, [], tally.divergences.join('\n'));
      assert.ok(tally.valid > 0 && tally.valid < tally.cases);
    });
  }
});

describe('the compiler refuses what it cannot reproduce', () => {
  const refused: Record<string, () => z.core.$ZodType> = {
    'a transform': () => z.pipe(z.string(), z.transform((s: string) => s.length)),
    'a record': () => z.record(z.string(), z.string()),
    'a tuple': () => z.tuple([z.string()]),
    'a date': () => z.date(),
    'a bigint': () => z.bigint(),
    'an exclusive union': () => z.xor([z.string(), z.int()]),
    'an exact optional': () => z.object({ a: z.exactOptional(z.string()) }),
    'an unknown refinement': () => z.string().check(z.refine((s) => s !== 'admin')),
    'a super-refinement': () => z.object({}).check(z.superRefine(() => undefined)),
    'a normalize overwrite': () => z.string().check(z.normalize()),
    'a lower-case check': () => z.string().check(z.lowercase()),
    'a URL with a hostname rule': () => z.url({ hostname: /^example\.com$/ }),
    'includes() at a position': () => z.string().check(z.includes('x', { position: 1 })),
    'a global regex': () => z.string().check(z.regex(/x/g)),
    'an aborting check': () => z.string().check(z.minLength(1, { abort: true })),
    'a coerced string': () => z.coerce.string(),
    'a catchall schema': () => z.catchall(z.object({}), z.string()),
    'a custom schema': () => z.custom<string>((v) => typeof v === 'string'),
    'a lazy schema': () => z.lazy(() => z.string()),
    'a custom string format': () => z.stringFormat('code', /^[a-z]+$/),
    'base64': () => z.base64(),
    'a JWT': () => z.jwt(),
    'IPv6': () => z.ipv6(),
    'an int32': () => z.int32(),
    'an object default': () => z._default(z.object({}), {}),
    'a bigint literal': () => z.literal(1n),
    'a prefault': () => z.prefault(z.string(), 'x'),
    'readonly': () => z.readonly(z.object({})),
  };
  for (const [what, make] of Object.entries(refused)) {
    it(what, () => {
      assert.throws(
        () => new SchemaCompiler().compile(z.object({ deep: z.object({ field: make() as z.ZodMiniType }) }), 'row input'),
        (error: unknown) => error instanceof UnsupportedSchemaError && error.message.startsWith('row input.deep.field'),
      );
    });
  }
});

describe('refinements', () => {
  const contactValue = z
    .object({ kind: z.enum(['email', 'phone']), value: z.string() })
    .check(z.refine((v) => z.safeParse(v.kind === 'email' ? EmailAddress : PhoneNumber, v.value).success, { path: ['value'] }));

  it("recognises the contract's ContactValue refinement and compiles it as a rule that agrees with zod", () => {
    const compiler = new SchemaCompiler();
    const node = compiler.compile(contactValue, 'ContactValue');
    assert.deepEqual(compiler.refinements, [{ where: 'ContactValue (check 1)', id: 'contact-value-matches-kind', handling: 'compiled as a rule' }]);
    const tally = newTally();
    compareAround(contactValue, node, 'ContactValue', tally, { pairs: 400 });
    for (const [kind, value] of [['email', '+46701234567'], ['phone', 'user@example.com'], ['phone', '+46701234567'], ['email', 'a@b.co']]) {
      compareAround(contactValue, node, 'ContactValue', tally);
      assert.equal(validate(node, { kind, value }).ok, contactValue.safeParse({ kind, value }).success, `${kind} ${value}`);
    }
    assert.deepEqual(tally.divergences, []);
  });

  it('refuses a refinement whose code changed, though it looks alike', () => {
    const changed = z
      .object({ kind: z.string(), value: z.string() })
      .check(z.refine((v) => z.safeParse(v.kind === 'phone' ? PhoneNumber : EmailAddress, v.value).success, { path: ['value'] }));
    assert.throws(() => new SchemaCompiler().compile(changed, 'changed'), /unknown refinement/);
  });

  it('leaves a refinement listed as checked by the backend only out, and says so', () => {
    const backendOnly: KnownRefinement = { id: 'not-admin', where: 'a test', source: "(s) => s !== 'admin'" };
    const compiler = new SchemaCompiler([...knownRefinements, backendOnly]);
    const node = compiler.compile(z.string().check(z.refine((s) => s !== 'admin')), 'name');
    assert.deepEqual(node, [0]);
    assert.equal(compiler.refinements[0]?.handling, 'checked by the backend only');
  });
});
