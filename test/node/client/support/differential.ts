/**
 * The differential harness behind test/node/client/validators*.test.ts: for a zod schema and its compiled node,
 * valid samples (built from the schema, each checked by zod), then many values around them (every key dropped, every
 * value swapped for wrong types, boundary lengths, bad formats, unknown keys, null and undefined, astral unicode,
 * padded and upper-cased text, files of every size, pairs of those), each run through zod's `safeParse` and through
 * the compiled validator. They must agree on success, on the parsed value and on the field-error list.
 */
import { isDeepStrictEqual } from 'node:util';
import type * as z from 'zod/mini';
import { fieldErrorsFromIssues } from '../../../../src/client/field-errors.js';
import { validate, type Node } from '../../../../src/client/validate.js';

type Schema = z.core.$ZodType;
type Def = Record<string, unknown> & { type: string };

const defOf = (schema: Schema): Def => schema._zod.def as unknown as Def;
const passes = (schema: Schema, value: unknown): boolean => (schema as unknown as z.ZodMiniType).safeParse(value).success;

/** Strings tried, in this order, wherever a schema wants a string: the first ones zod accepts become samples. */
const stringCorpus = [
  'a1b2c3d4',
  'user@example.com',
  '+46701234567',
  '2026-11-27T15:00:00Z',
  '2026-11-27',
  'https://example.com/path?q=1',
  'otpauth://totp/Example:bjorn?secret=JBSWY3DPEHPK3PXP',
  'JBSWY3DPEHPK3PXP',
  '123456',
  'SE',
  'Anna-Lena',
  '2000.50',
  'USD',
  'correct horse battery',
  'word',
  'a•••@example.com',
  'x',
  'ABCD',
  'photo.jpg',
  '123e4567-e89b-12d3-a456-426614174000',
  '15:00:00',
  'P1D',
  '192.168.0.1',
  '01ARZ3NDEKTSV4RRFFQ69G5FAV',
  'V1StGXR8_Z5jdHi6B-myT',
  'tz4a98xxat96iws9zmbrgj3a',
  '2026-11-27T15:00:00.123+01:00',
  '2026-11-27T15:00:00.123Z',
];
const numberCorpus = [3, 0, 1, 11, 400, 422, 599, 100, 2, 12, 1.5, 0.5, -3];

function file(size: number, type = 'image/jpeg'): File {
  return new File([new Uint8Array(size)], 'photo.jpg', { type });
}

/** Values of the right shape for `schema`, each accepted by zod; throws when it cannot find one (teach it). */
export function samples(schema: Schema, where = 'schema'): unknown[] {
  const found = candidates(schema, where).filter((value) => passes(schema, value));
  if (found.length === 0) throw new Error(`${where}: no valid sample; add one to test/node/client/support/differential.ts`);
  return found;
}

function candidates(schema: Schema, where: string): unknown[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return stringCorpus.filter((text) => passes(schema, text)).slice(0, 3);
    case 'number':
      return numberCorpus.filter((n) => passes(schema, n)).slice(0, 3);
    case 'boolean':
      return [true, false];
    case 'enum':
    case 'literal':
      return [...(schema._zod.values ?? [])];
    case 'file':
      return [file(200), file(5000, 'application/pdf')];
    case 'unknown':
    case 'any':
      return ['anything', 7, { nested: true }];
    case 'optional':
      return [...samples(def['innerType'] as Schema, where), undefined];
    case 'nullable':
      return [...samples(def['innerType'] as Schema, where), null];
    case 'default':
      return [...samples(def['innerType'] as Schema, where), undefined];
    case 'union':
      return (def['options'] as Schema[]).flatMap((option, i) => samples(option, `${where}|${i}`));
    case 'array': {
      const items = samples(def['element'] as Schema, `${where}[]`);
      const lengths = [1, 2, 3, 12, 0, 5];
      return lengths.map((n) => Array.from({ length: n }, (_, i) => items[i % items.length]));
    }
    case 'object':
      return objectCandidates(schema, where);
    default:
      throw new Error(`${where}: the differential harness has no samples for ${def.type}`);
  }
}

/** The first sample of every member (and the same without optional members), then each member's other samples. */
function objectCandidates(schema: Schema, where: string): unknown[] {
  const shape = defOf(schema)['shape'] as Record<string, Schema>;
  const options = Object.entries(shape).map(([key, member]) => [key, samples(member, `${where}.${key}`)] as const);
  const base = Object.fromEntries(options.map(([key, values]) => [key, values[0]]));
  const found: Record<string, unknown>[] = [base];
  const required = Object.fromEntries(options.filter(([key]) => shape[key]?._zod.optin === undefined).map(([key, values]) => [key, values[0]]));
  found.push(required);
  for (const [key, values] of options) for (const value of values.slice(1)) found.push({ ...base, [key]: value });
  return found.map((value) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)));
}

// --- mutations

type Path = (string | number)[];

/** A copy of plain objects and arrays along the way; files and the rest stay the same instances. */
function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)]));
  }
  return value;
}

function paths(value: unknown, at: Path = []): Path[] {
  const found: Path[] = [at];
  if (Array.isArray(value)) value.forEach((item, i) => found.push(...paths(item, [...at, i])));
  else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) found.push(...paths(item, [...at, key]));
  }
  return found;
}

const DELETE = Symbol('delete');

function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value === DELETE ? undefined : value;
  const copy = clone(root);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  // The first of a pair of mutations may have removed the place of the second.
  if (parent === null || typeof parent !== 'object') return copy;
  const last = path[path.length - 1] as string | number;
  if (value === DELETE) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = value;
  return copy;
}

/** Every length or size bound anywhere in `schema`, and one either side: the lengths worth trying there. */
export function boundaryLengths(schema: Schema, found = new Set<number>([0, 1, 2]), seen = new Set<Schema>()): number[] {
  if (seen.has(schema)) return [...found];
  seen.add(schema);
  const def = defOf(schema);
  for (const check of (def['checks'] as Schema[] | undefined) ?? []) {
    const d = defOf(check);
    for (const bound of [d['minimum'], d['maximum'], d['length']]) {
      if (typeof bound === 'number' && bound < 5000) for (const n of [bound - 1, bound, bound + 1]) if (n >= 0) found.add(n);
    }
  }
  const children = [
    def['innerType'], def['element'], def['catchall'],
    ...Object.values((def['shape'] as Record<string, Schema> | undefined) ?? {}),
    ...((def['options'] as Schema[] | undefined) ?? []),
  ];
  for (const child of children) if (child) boundaryLengths(child as Schema, found, seen);
  return [...found].sort((a, b) => a - b);
}

/** Values that are wrong (or right) for most schemas: other types, bad and edge formats, wrong enum members. */
const anywhere: unknown[] = [
  undefined, null, true, false, 0, -1, 1, 1.5, 11, 12, 399, 400, 599, 600, 2 ** 53, -(2 ** 53) - 2, NaN, Infinity, -Infinity,
  '', ' ', 'x', 'X', '0', '12345', '123456', '1234567', '12345a', 'user@example.com', 'USER@EXAMPLE.COM', 'not-an-email',
  'a@b', '+46701234567', '46701234567', '+0123456', '+1234567890123456', '2026-11-27T15:00:00Z', '2026-11-27T15:00:00.123Z',
  '2026-11-27T15:00:00+01:00', '2026-02-30T00:00:00Z', '2024-02-29T00:00:00Z', '2026-11-27', '2026-13-01',
  'https://example.com', ' https://exa\tmple.com/\n', 'http:example.com', 'https:/example.com', 'HTTPS://example.com', 'ftp://example.com', 'javascript:alert(1)', 'data:text/html,x', 'not a url', '//x',
  'otpauth://totp/x', 'otpauth://hotp/x', 'email', 'phone', 'sms', 'totp', 'passkey', 'google', 'signed_in',
  'second_factor_required', 'public-key', 'pending', 'approved', 'password_reset', 'SE', 'se', 'SWE', 'Åsa', 'Ø', 'Anna1',
  "O'Brien", '1.5', '1.', 'JBSWY3DPEHPK3PXP', 'jbswy3dp', 'abc_DEF-123', 'abc def', 'a\u0000b', '😀', '\uD800',
  '123e4567-e89b-12d3-a456-42661417400', '00000000-0000-0000-0000-000000000000', '25:00:00', '15:00', 'P', 'PT1H', '256.1.1.1',
  '2026-11-27T15:00:00.123456Z', '2026-11-27T15:00:00.12Z', 'photo.JPG', 'a@', '@',
  [], ['x'], [1, 2, 3], {}, { a: 1 }, file(0), file(99), file(100), file(101), new Blob([new Uint8Array(500)]), new Date(0),
];

function variantsOf(value: unknown, lengths: readonly number[]): unknown[] {
  const found: unknown[] = [];
  if (typeof value === 'string') {
    found.push(` ${value} `, `\t${value}\n`, value.toUpperCase(), value.toLowerCase(), `${value}${value}`, value.slice(1), `${value}😀`);
    for (const n of lengths) found.push('a'.repeat(n), 'A'.repeat(n), '😀'.repeat(n), '7'.repeat(n));
  }
  if (Array.isArray(value) && value.length > 0) {
    for (const n of [0, 1, 2, 3, 4, 5, 6, 11, 12, 13]) found.push(Array.from({ length: n }, (_, i) => value[i % value.length]));
    found.push([...value, undefined], [...value, null], [...value, 'extra']);
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype) {
    found.push({ ...value, unknownMember: 1 }, { ...value, constructor: 'x' }, { ...value, ...(JSON.parse('{"__proto__": {"x": 1}}') as object) });
    found.push(Object.create(value as object) as unknown, [value]);
  }
  if (typeof value === 'number') found.push(value + 1, value - 1, -value, value + 0.5, String(value));
  return found;
}

/** A small seeded PRNG, so a failure replays. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Single mutations of `value` at every path, then `pairs` random two-place mutations. */
export function mutants(value: unknown, lengths: readonly number[], pairs: number, seed: number): unknown[] {
  const singles: [Path, unknown][] = [];
  for (const path of paths(value)) {
    let current: unknown = value;
    for (const key of path) current = (current as Record<string | number, unknown>)[key];
    if (path.length > 0) singles.push([path, DELETE]);
    for (const replacement of [...anywhere, ...variantsOf(current, lengths)]) singles.push([path, replacement]);
  }
  const found = singles.map(([path, replacement]) => setAt(value, path, replacement));
  const next = random(seed);
  const deep = singles.filter(([path]) => path.length > 0);
  for (let i = 0; i < pairs && deep.length > 1; i++) {
    const [a, b] = [deep[Math.floor(next() * deep.length)], deep[Math.floor(next() * deep.length)]] as [[Path, unknown], [Path, unknown]];
    if (a[0].join('.').startsWith(b[0].join('.')) || b[0].join('.').startsWith(a[0].join('.'))) continue;
    found.push(setAt(setAt(value, a[0], a[1]), b[0], b[1]));
  }
  return found;
}

// --- comparison

export interface Tally {
  cases: number;
  valid: number;
  divergences: string[];
}

export const newTally = (): Tally => ({ cases: 0, valid: 0, divergences: [] });

const show = (value: unknown): string => {
  try {
    return JSON.stringify(value, (_, v: unknown) => (v instanceof Blob ? `<${v.constructor.name} ${v.size} B>` : v === undefined ? '<undefined>' : v)) ?? String(value);
  } catch {
    return String(value);
  }
};

/** Runs zod and the compiled validator on `value`; records any disagreement in `tally`. */
export function compare(schema: Schema, node: Node, value: unknown, label: string, tally: Tally): void {
  tally.cases++;
  const expected = (schema as unknown as z.ZodMiniType).safeParse(value);
  const actual = validate(node, value);
  if (expected.success) tally.valid++;
  let problem: string | undefined;
  if (actual.ok !== expected.success) problem = `zod says ${expected.success ? 'valid' : 'invalid'}, compiled says ${actual.ok ? 'valid' : 'invalid'}`;
  else if (expected.success && actual.ok && !isDeepStrictEqual(actual.value, expected.data)) {
    problem = `parsed values differ: zod ${show(expected.data)}, compiled ${show(actual.value)}`;
  } else if (!expected.success && !actual.ok) {
    const fields = fieldErrorsFromIssues(expected.error.issues, value);
    if (!isDeepStrictEqual(actual.fields, fields)) problem = `field errors differ: zod ${show(fields)}, compiled ${show(actual.fields)}`;
  }
  if (problem && tally.divergences.length < 20) tally.divergences.push(`${label}: ${show(value)}\n    ${problem}`);
}

/** Every sample of `schema`, and every mutant of the first `mutated` of them, compared. */
export function compareAround(schema: Schema, node: Node, label: string, tally: Tally, { mutated = 3, pairs = 150 } = {}): void {
  const found = samples(schema, label);
  const lengths = boundaryLengths(schema);
  found.forEach((sample, i) => {
    compare(schema, node, sample, `${label} sample ${i}`, tally);
    if (i >= mutated) return;
    for (const mutant of mutants(sample, lengths, pairs, i + label.length)) compare(schema, node, mutant, `${label} around sample ${i}`, tally);
  });
}
