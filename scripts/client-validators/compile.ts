/**
 * Compiles a zod schema of the contract into the data src/client/validate.ts interprets, by walking zod's own
 * definitions (`schema._zod.def` and its `checks`), not JSON Schema: the regexes are the very ones zod tests, and
 * each construct is read the way zod's parser runs it. Anything this walker does not know, a construct, a def
 * member, a check option or a refinement, makes it throw, naming the place: a contract change can never make the
 * browser validate less without someone deciding so in scripts/client-validators/refinements.ts.
 */
import * as z from 'zod/mini';
import {
  ARRAY,
  BOOLEAN,
  DEFAULT,
  DISCRIMINATED,
  FILE,
  GREATER,
  LENGTH_IS,
  LENGTH_MAX,
  LENGTH_MIN,
  LESS,
  NULLABLE,
  NUMBER,
  OBJECT,
  OPTIONAL,
  OVERWRITE,
  PATTERN,
  PRESENCE_DEFAULTED_IN,
  PRESENCE_OPTIONAL_IN,
  PRESENCE_OPTIONAL_OUT,
  SAFE_INT,
  SIZE_MAX,
  SIZE_MIN,
  STRING,
  TEXT,
  UNION,
  UNKNOWN,
  URL_FORMAT,
  VALUES,
  WHEN,
  type Node,
} from '../../src/client/validate.js';
import { knownRefinements, refinementFor, type KnownRefinement } from './refinements.js';

type Schema = z.core.$ZodType;
type Def = Record<string, unknown>;

/** A compiled node before it is written out: arrays, primitives and RegExps. */
export type Compiled = Node;

export class UnsupportedSchemaError extends Error {
  constructor(where: string, what: string) {
    super(
      `${where}: ${what}. The client's compiled validators (scripts/client-validators/compile.ts) do not know this, ` +
        'so they would validate less than zod: teach the compiler (and test it against zod) or change the schema.',
    );
    this.name = 'UnsupportedSchemaError';
  }
}

/** The `$Zod*` classes of a schema or check (the `ZodMini*` ones only add methods). */
const coreTraits = (thing: { _zod: { traits: Set<string> } }): Set<string> =>
  new Set([...thing._zod.traits].filter((trait) => trait.startsWith('$Zod')));

/** String formats whose zod check is exactly `def.pattern.test(value)` (no extra code in their constructor). */
const patternFormats = new Set([
  '$ZodEmail',
  '$ZodE164',
  '$ZodISODateTime',
  '$ZodISODate',
  '$ZodISOTime',
  '$ZodISODuration',
  '$ZodUUID',
  '$ZodGUID',
  '$ZodULID',
  '$ZodCUID2',
  '$ZodNanoID',
  '$ZodIPv4',
]);
const formatTraits = ['$ZodType', '$ZodString', '$ZodStringFormat', '$ZodCheckStringFormat', '$ZodCheck'];

// zod's own default `when` of length and size checks (one shared function each) and its overwrite transforms.
const defOf = (thing: { _zod: { def: object } }): Def => thing._zod.def as Def;
const lengthWhen = defOf(z.minLength(1))['when'];
const sizeWhen = defOf(z.minSize(1))['when'];
const overwrites = new Map<string, string>([
  [String(defOf(z.trim())['tx']), 'trim'],
  [String(defOf(z.toLowerCase())['tx']), 'toLowerCase'],
  [String(defOf(z.toUpperCase())['tx']), 'toUpperCase'],
]);

/**
 * zod's size cap of an array: the smallest maximum among its leading length checks. A longer array gets that check's
 * issue alone, blocking, and its elements are not parsed (`capSize` in zod's schemas.js).
 */
function sizeCap(def: Def): number | undefined {
  const caps: number[] = [];
  for (const check of (def['checks'] as Schema[] | undefined) ?? []) {
    const d = defOf(check);
    if (!/_(length|size)$|_equals$/.test(String(d['check']))) break;
    const max = (d['maximum'] ?? d['length'] ?? d['size']) as number | undefined;
    if (max !== undefined && max >= 0) caps.push(max);
  }
  return caps.length ? Math.min(...caps) : undefined;
}

/** Throws unless `def` holds only `allowed` members (besides those every def has), so no option goes unread. */
function onlyMembers(where: string, def: Def, allowed: readonly string[]): void {
  const known = new Set(['type', 'checks', 'error', ...allowed]);
  const extra = Object.keys(def).filter((key) => !known.has(key));
  if (extra.length > 0) throw new UnsupportedSchemaError(where, `unsupported option ${extra.map((k) => `"${k}"`).join(', ')} (${String(def['type'])})`);
}

function sameTraits(traits: Set<string>, expected: readonly string[]): boolean {
  return traits.size === expected.length && expected.every((trait) => traits.has(trait));
}

function regexOf(where: string, pattern: unknown): RegExp {
  if (!(pattern instanceof RegExp)) throw new UnsupportedSchemaError(where, 'a string format without a pattern');
  if (pattern.global || pattern.sticky) throw new UnsupportedSchemaError(where, `a stateful regex ${String(pattern)}`);
  return pattern;
}

/** A literal the compiled data can carry as it is (what `includes` and `===` compare the same way zod's Set does). */
function plainValue(where: string, value: unknown): unknown {
  const ok =
    value === null ||
    value === undefined ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && !Number.isNaN(value));
  if (!ok) throw new UnsupportedSchemaError(where, `the value ${String(value)} (${typeof value})`);
  return value;
}

export class SchemaCompiler {
  private readonly memo = new Map<Schema, Compiled>();

  /** `known`: the refinements it may meet (scripts/client-validators/refinements.ts unless a test says otherwise). */
  constructor(private readonly known: readonly KnownRefinement[] = knownRefinements) {}

  /** Every refinement met, by where: what became of it (the report lists them). */
  readonly refinements: { where: string; id: string; handling: string }[] = [];

  compile(schema: Schema, where: string): Compiled {
    const known = this.memo.get(schema);
    if (known) return known;
    const node = this.node(schema, where);
    this.memo.set(schema, node);
    return node;
  }

  private node(schema: Schema, where: string): Compiled {
    const traits = coreTraits(schema);
    const def = defOf(schema);
    const checks = (extra: readonly Compiled[] = []): Compiled | 0 => {
      const own = ((def['checks'] as Schema[] | undefined) ?? []).map((check, i) => this.check(check, `${where} (check ${i + 1})`));
      // A refinement the backend alone checks compiles to nothing.
      const list = [...extra, ...own].filter((check) => check.length > 0);
      return list.length ? list : 0;
    };
    const trim = (node: unknown[]): Compiled => {
      while (node.length > 1 && (node[node.length - 1] === 0 || node[node.length - 1] === undefined)) node.pop();
      return node;
    };
    const one = (name: string) => sameTraits(traits, ['$ZodType', name]);

    if (one('$ZodString')) {
      onlyMembers(where, def, ['coerce']);
      if (def['coerce']) throw new UnsupportedSchemaError(where, 'z.coerce');
      return trim([STRING, checks()]);
    }
    const format = [...traits].find((trait) => !formatTraits.includes(trait));
    if (traits.has('$ZodStringFormat') && format && sameTraits(traits, [...formatTraits, format])) {
      return trim([STRING, checks([this.formatCheck(schema, where)])]);
    }
    if (one('$ZodNumber')) {
      onlyMembers(where, def, ['coerce']);
      if (def['coerce']) throw new UnsupportedSchemaError(where, 'z.coerce');
      return trim([NUMBER, checks()]);
    }
    if (sameTraits(traits, ['$ZodType', '$ZodNumber', '$ZodNumberFormat', '$ZodCheckNumberFormat', '$ZodCheck'])) {
      return trim([NUMBER, checks([this.check(schema, where)])]);
    }
    if (one('$ZodBoolean')) {
      onlyMembers(where, def, ['coerce']);
      if (def['coerce']) throw new UnsupportedSchemaError(where, 'z.coerce');
      return trim([BOOLEAN, checks()]);
    }
    if (one('$ZodFile')) {
      onlyMembers(where, def, []);
      return trim([FILE, checks()]);
    }
    if (one('$ZodUnknown') || one('$ZodAny')) {
      onlyMembers(where, def, []);
      return trim([UNKNOWN, checks()]);
    }
    if (one('$ZodEnum') || one('$ZodLiteral')) {
      onlyMembers(where, def, ['entries', 'values']);
      const values = [...(schema._zod.values ?? [])].map((value) => plainValue(where, value));
      return [VALUES, checks(), values];
    }
    if (one('$ZodObject') || sameTraits(traits, ['$ZodType', '$ZodObject', '$ZodObjectJIT'])) return this.object(schema, where, checks());
    if (one('$ZodArray')) {
      onlyMembers(where, def, ['element']);
      return trim([ARRAY, checks(), this.compile(def['element'] as Schema, `${where}[]`), sizeCap(def)]);
    }
    if (one('$ZodOptional')) {
      onlyMembers(where, def, ['innerType']);
      const inner = def['innerType'] as Schema;
      return trim([OPTIONAL, checks(), this.compile(inner, where), inner._zod.optin === 'defaulted' ? 1 : 0]);
    }
    if (one('$ZodNullable')) {
      onlyMembers(where, def, ['innerType']);
      return [NULLABLE, checks(), this.compile(def['innerType'] as Schema, where)];
    }
    if (one('$ZodDefault')) {
      onlyMembers(where, def, ['innerType', 'defaultValue']);
      const value = def['defaultValue'];
      if (value !== null && typeof value === 'object') throw new UnsupportedSchemaError(where, 'a default that is an object');
      if (value !== def['defaultValue']) throw new UnsupportedSchemaError(where, 'a default computed on each parse');
      return [DEFAULT, checks(), this.compile(def['innerType'] as Schema, where), plainValue(where, value)];
    }
    if (one('$ZodUnion')) {
      onlyMembers(where, def, ['options']);
      const options = def['options'] as Schema[];
      // zod runs a one-option union as that option.
      if (options.length === 1 && !(def['checks'] as unknown[] | undefined)?.length) return this.compile(options[0] as Schema, where);
      if (options.length < 2) throw new UnsupportedSchemaError(where, 'a union of fewer than two options, with checks');
      return [UNION, checks(), options.map((option, i) => this.compile(option, `${where} (option ${i + 1})`))];
    }
    if (sameTraits(traits, ['$ZodType', '$ZodUnion', '$ZodDiscriminatedUnion'])) return this.discriminated(schema, where, checks());
    throw new UnsupportedSchemaError(where, `the schema kind ${[...traits].filter((t) => t !== '$ZodType').join(' + ') || String(def['type'])}`);
  }

  private object(schema: Schema, where: string, checks: Compiled | 0): Compiled {
    const def = defOf(schema);
    onlyMembers(where, def, ['shape', 'catchall']);
    const shape = def['shape'] as Record<string, Schema>;
    if (Object.getOwnPropertySymbols(shape).length > 0) throw new UnsupportedSchemaError(where, 'symbol keys');
    const members = Object.entries(shape).map(([key, member]) => {
      if (key === '__proto__') throw new UnsupportedSchemaError(where, 'a member named __proto__');
      const presence =
        (member._zod.optin === 'optional' ? PRESENCE_OPTIONAL_IN : 0) |
        (member._zod.optin === 'defaulted' ? PRESENCE_DEFAULTED_IN : 0) |
        (member._zod.optout === 'optional' ? PRESENCE_OPTIONAL_OUT : 0);
      const node = this.compile(member, `${where}.${key}`);
      return presence ? [key, node, presence] : [key, node];
    });
    const catchall = def['catchall'] as Schema | undefined;
    let extra = 0;
    if (catchall) {
      const traits = coreTraits(catchall);
      const plain = !defOf(catchall)['checks'];
      if (plain && (sameTraits(traits, ['$ZodType', '$ZodUnknown']) || sameTraits(traits, ['$ZodType', '$ZodAny']))) extra = 1;
      else if (plain && sameTraits(traits, ['$ZodType', '$ZodNever'])) extra = 2;
      else throw new UnsupportedSchemaError(where, 'a catchall other than z.looseObject or z.strictObject');
    }
    const node: unknown[] = [OBJECT, checks, members, extra];
    if (!extra) node.pop();
    return node;
  }

  private discriminated(schema: Schema, where: string, checks: Compiled | 0): Compiled {
    const def = defOf(schema);
    onlyMembers(where, def, ['options', 'discriminator', 'inclusive', 'unionFallback']);
    if (def['unionFallback']) throw new UnsupportedSchemaError(where, 'unionFallback');
    const key = def['discriminator'] as string;
    // zod's lookup map: each option's values of the key; a value two options claim (only `undefined` may be) matches none.
    const byValue = new Map<unknown, Schema | null>();
    (def['options'] as Schema[]).forEach((option, i) => {
      const values = option._zod.propValues?.[key];
      if (!values || values.size === 0) throw new UnsupportedSchemaError(`${where} (option ${i + 1})`, `no values for "${key}"`);
      for (const value of values) byValue.set(value, byValue.has(value) ? null : option);
    });
    const entries = [...byValue]
      .filter((entry): entry is [unknown, Schema] => entry[1] !== null)
      .map(([value, option]) => [plainValue(where, value), this.compile(option, `${where} (${key}: ${String(value)})`)]);
    return [DISCRIMINATED, checks, key, entries];
  }

  /** The check a string format schema is itself (it runs before the checks added to it). */
  private formatCheck(schema: Schema, where: string): Compiled {
    const traits = coreTraits(schema);
    const def = defOf(schema);
    if (def['abort']) throw new UnsupportedSchemaError(where, 'abort: true');
    if (traits.has('$ZodURL')) {
      onlyMembers(where, def, ['format', 'check', 'abort', 'protocol']);
      return def['protocol'] === undefined ? [URL_FORMAT] : [URL_FORMAT, regexOf(where, def['protocol'])];
    }
    if (![...traits].some((trait) => patternFormats.has(trait))) {
      throw new UnsupportedSchemaError(where, `the string format "${String(def['format'])}"`);
    }
    onlyMembers(where, def, ['format', 'check', 'abort', 'pattern', 'offset', 'local', 'precision', 'version']);
    return [PATTERN, regexOf(where, def['pattern'])];
  }

  private check(check: Schema, where: string): Compiled {
    const traits = coreTraits(check);
    const def = defOf(check);
    const kind = def['check'];
    if (traits.has('$ZodCustom')) return this.refinement(check, where);
    if (def['abort']) throw new UnsupportedSchemaError(where, `abort: true on ${String(kind)}`);
    if (traits.has('$ZodStringFormat')) return this.formatCheck(check, where);
    const is = (name: string, members: readonly string[]): boolean => {
      if (!sameTraits(traits, ['$ZodCheck', name])) return false;
      onlyMembers(where, def, ['check', 'abort', ...members]);
      return true;
    };
    const whenIs = (expected: unknown): void => {
      if (def['when'] !== expected) throw new UnsupportedSchemaError(where, `a custom "when" on ${String(kind)}`);
    };
    if (is('$ZodCheckMinLength', ['minimum', 'when'])) return whenIs(lengthWhen), [LENGTH_MIN, def['minimum']];
    if (is('$ZodCheckMaxLength', ['maximum', 'when'])) return whenIs(lengthWhen), [LENGTH_MAX, def['maximum']];
    if (is('$ZodCheckLengthEquals', ['length', 'when'])) return whenIs(lengthWhen), [LENGTH_IS, def['length']];
    if (is('$ZodCheckMinSize', ['minimum', 'when'])) return whenIs(sizeWhen), [SIZE_MIN, def['minimum']];
    if (is('$ZodCheckMaxSize', ['maximum', 'when'])) return whenIs(sizeWhen), [SIZE_MAX, def['maximum']];
    if (is('$ZodCheckStartsWith', ['format', 'prefix', 'pattern'])) return [TEXT, 'startsWith', def['prefix']];
    if (is('$ZodCheckEndsWith', ['format', 'suffix', 'pattern'])) return [TEXT, 'endsWith', def['suffix']];
    if (is('$ZodCheckIncludes', ['format', 'includes', 'pattern', 'position'])) {
      if (def['position'] !== undefined) throw new UnsupportedSchemaError(where, 'includes() with a position');
      return [TEXT, 'includes', def['includes']];
    }
    if (sameTraits(traits, ['$ZodCheck', '$ZodCheckStringFormat', '$ZodCheckRegex'])) {
      onlyMembers(where, def, ['check', 'abort', 'format', 'pattern']);
      return [PATTERN, regexOf(where, def['pattern'])];
    }
    const numeric = (name: string, op: number): Compiled | undefined => {
      if (!is(name, ['value', 'inclusive'])) return undefined;
      if (typeof def['value'] !== 'number') throw new UnsupportedSchemaError(where, `a ${typeof def['value']} bound`);
      return def['inclusive'] ? [op, def['value'], 1] : [op, def['value']];
    };
    const bound = numeric('$ZodCheckGreaterThan', GREATER) ?? numeric('$ZodCheckLessThan', LESS);
    if (bound) return bound;
    if (traits.has('$ZodCheckNumberFormat')) {
      onlyMembers(where, def, ['check', 'abort', 'format', 'coerce']);
      if (def['coerce']) throw new UnsupportedSchemaError(where, 'z.coerce');
      if (def['format'] !== 'safeint') throw new UnsupportedSchemaError(where, `the number format "${String(def['format'])}"`);
      return [SAFE_INT];
    }
    if (is('$ZodCheckOverwrite', ['tx'])) {
      const method = overwrites.get(String(def['tx']));
      if (!method) throw new UnsupportedSchemaError(where, `an overwrite other than trim/toLowerCase/toUpperCase: ${String(def['tx'])}`);
      return [OVERWRITE, method];
    }
    throw new UnsupportedSchemaError(where, `the check ${String(kind)} (${[...traits].join(' + ')})`);
  }

  private refinement(check: Schema, where: string): Compiled {
    const def = defOf(check);
    onlyMembers(where, def, ['check', 'fn', 'path', 'abort', 'params', 'when']);
    if (def['abort'] || def['when']) throw new UnsupportedSchemaError(where, 'a refinement with abort or when');
    const known = refinementFor(def['fn'] as (value: never) => unknown, this.known);
    if (!known) {
      throw new UnsupportedSchemaError(
        where,
        `an unknown refinement ${String(def['fn'])}: add it to scripts/client-validators/refinements.ts, expressed as a rule or marked as checked by the backend only`,
      );
    }
    const path = (def['path'] as PropertyKey[] | undefined) ?? [];
    this.refinements.push({ where, id: known.id, handling: known.rule ? 'compiled as a rule' : 'checked by the backend only' });
    if (!known.rule) return [];
    const { key, value, field, then, otherwise } = known.rule;
    return [
      WHEN,
      path,
      key,
      plainValue(where, value),
      field,
      this.compile(then, `${where} (when ${key} is ${String(value)})`),
      this.compile(otherwise, `${where} (otherwise)`),
    ];
  }
}
