import type { FieldError, FieldErrorCode } from '../contract/errors.js';

/*
 * The client's validator: one small interpreter of the schemas that `npm run generate` compiles from the zod
 * contract (scripts/client-validators/compile.ts), so the browser ships data instead of zod. It reproduces zod's
 * `safeParse` where the contract relies on it: the same successes, the same parsed value (unknown keys stripped or
 * kept, `trim()` applied, defaults filled in) and the same issues, mapped to field errors as `field-errors.ts` maps
 * zod's. test/node/client/validators.test.ts holds the two side by side. No `eval`, no `new Function`: strict CSP.
 *
 * A node is `[kind, checks, ...]`:
 *   [STRING | NUMBER | BOOLEAN | FILE | UNKNOWN, checks]
 *   [VALUES, checks, allowed]                     z.enum, z.literal
 *   [OBJECT, checks, [key, node, presence][], extra]   presence: PRESENCE_* bits; extra: 0 strip, 1 keep, 2 refuse
 *   [ARRAY, checks, element, cap]                 longer than `cap`: one too_long, elements unread (zod's size cap)
 *   [OPTIONAL, checks, inner, innerHasDefault] [NULLABLE, checks, inner] [DEFAULT, checks, inner, value]
 *   [UNION, checks, options]                      first option that passes wins
 *   [DISCRIMINATED, checks, key, [value, option][]]
 * A check is `[op, ...args]`; the ops below `SIZE_MAX` run whenever the value has a length (or size), as zod's do,
 * the others only while the value has no blocking issue.
 */
export type Node = readonly unknown[];

export const STRING = 0;
export const NUMBER = 1;
export const BOOLEAN = 2;
export const FILE = 3;
export const UNKNOWN = 4;
export const VALUES = 5;
export const OBJECT = 6;
export const ARRAY = 7;
export const OPTIONAL = 8;
export const NULLABLE = 9;
export const DEFAULT = 10;
export const UNION = 11;
export const DISCRIMINATED = 12;

export const LENGTH_MIN = 0;
export const LENGTH_MAX = 1;
export const LENGTH_IS = 2;
export const SIZE_MIN = 3;
export const SIZE_MAX = 4;
export const PATTERN = 5;
/** `[TEXT, 'startsWith' | 'endsWith' | 'includes', text]`: the string method zod's check calls. */
export const TEXT = 6;
export const URL_FORMAT = 9;
export const SAFE_INT = 10;
/** `[GREATER, bound, inclusive]`, `[LESS, bound, inclusive]`. */
export const GREATER = 11;
export const LESS = 12;
/** `[OVERWRITE, 'trim' | 'toLowerCase' | 'toUpperCase']`: the string method zod's overwrite calls. */
export const OVERWRITE = 13;
/** `[WHEN, path, key, value, field, then, otherwise]`: `field` must pass `then` when `key` is `value`, else `otherwise`. */
export const WHEN = 14;

/** Bits of an object member's presence: zod's `optin` ('optional' or 'defaulted') and `optout` ('optional'). */
export const PRESENCE_OPTIONAL_IN = 1;
export const PRESENCE_DEFAULTED_IN = 2;
export const PRESENCE_OPTIONAL_OUT = 4;

/**
 * One issue: where, its code, and how hard it stops later checks: 1 not at all (zod's `continue: true`), 0 checks
 * that do not look at the length (a type error), -1 every check (a non-integer for `z.int()`).
 */
type Issue = [path: PropertyKey[], code: number, level: number];

// Issue codes: a type error (told apart as `required` or `invalid_format` by what was sent), then the field codes.
const TYPE = 0;
const TOO_SHORT = 1;
const TOO_LONG = 2;
const TOO_SMALL = 3;
const TOO_LARGE = 4;
const NOT_ALLOWED = 5;
const INVALID_FORMAT = 6;
const fieldCodes: readonly FieldErrorCode[] = ['invalid_format', 'too_short', 'too_long', 'too_small', 'too_large', 'not_allowed', 'invalid_format'];
interface Run {
  v: unknown;
  i: Issue[];
}

export type Checked = { ok: true; value: unknown } | { ok: false; fields: FieldError[]; cause?: unknown };

/** What one row needs to build its request, and its validators. */
export interface CompiledRow {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  readonly path: `/v1/${string}`;
  readonly idempotent?: boolean;
  readonly upload?: boolean;
  readonly input: Node;
  readonly output?: Node;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const level = (issues: Issue[]): number => Math.min(1, ...issues.map((issue) => issue[2]));

function push(run: Run, code: number, stop = 0, path: PropertyKey[] = []): void {
  run.i.push([path, code, stop]);
}

/** Records `code` unless `ok`. */
function expect(run: Run, ok: boolean, code: number, stop = 0, path?: PropertyKey[]): void {
  if (!ok) push(run, code, stop, path);
}

function nest(run: Run, key: PropertyKey, inner: Run): void {
  for (const [path, code, stop] of inner.i) push(run, code, stop, [key, ...path]);
}

function parseObject(result: Run, input: Record<string, unknown>, members: [string, Node, number?][], extra: unknown): void {
  const out: Record<string, unknown> = {};
  const keys: string[] = [];
  for (const [key, member, presence = 0] of members) {
    keys.push(key);
    const present = key in input;
    const optionalIn = presence & (PRESENCE_OPTIONAL_IN | PRESENCE_DEFAULTED_IN);
    const optionalOut = presence & PRESENCE_OPTIONAL_OUT;
    if (!present && presence === (PRESENCE_OPTIONAL_IN | PRESENCE_OPTIONAL_OUT)) continue;
    const inner = run(member, input[key]);
    if (inner.i.length) {
      if (optionalIn && optionalOut && !present) continue;
      nest(result, key, inner);
    }
    if (!present && !optionalIn) {
      expect(result, inner.i.length > 0, TYPE, 0, [key]);
      continue;
    }
    if (inner.v !== undefined) out[key] = inner.v;
    else if (present || (presence & PRESENCE_DEFAULTED_IN && !optionalOut)) out[key] = undefined;
  }
  let unknownKeys = 0;
  for (const key in input) {
    if (keys.includes(key) || !extra) continue;
    if (extra === 2) unknownKeys++;
    else if (key !== '__proto__') out[key] = input[key];
  }
  expect(result, !unknownKeys, NOT_ALLOWED, 1);
  result.v = out;
}

function runCheck(result: Run, [op, x, y, c, d, e, f]: Node): void {
  const stop = level(result.i);
  const v = result.v as string & { size: number };
  if ((op as number) <= SIZE_MAX) {
    // zod runs these whenever there is a length (or size) to read, even after a type error.
    if (stop < 0 || v == null) return;
    const bySize = (op as number) >= SIZE_MIN;
    const count = bySize ? v.size : typeof v === 'string' ? [...v].length : (v as { length?: number }).length;
    if (count === undefined) return;
    const list = !bySize && (typeof v === 'string' || Array.isArray(v));
    const short = list ? TOO_SHORT : TOO_SMALL;
    const long = list ? TOO_LONG : TOO_LARGE;
    if (op === LENGTH_IS) expect(result, count === x, count > (x as number) ? long : short, 1);
    else if (op === LENGTH_MIN || op === SIZE_MIN) expect(result, count >= (x as number), short, 1);
    else expect(result, count <= (x as number), long, 1);
    return;
  }
  if (stop < 1) return;
  if (op === PATTERN) expect(result, (x as RegExp).test(v), INVALID_FORMAT, 1);
  if (op === TEXT) expect(result, v[x as 'includes'](y as string), INVALID_FORMAT, 1);
  if (op === URL_FORMAT) {
    // As zod's z.url(): parsable by URL; with `protocol`, its scheme (without ":") must match, and http(s) alone
    // must be written with "://" (zod refuses "https:example.com").
    const trimmed = v.trim();
    const protocol = x as RegExp | undefined;
    let url: URL | undefined;
    try {
      url = new URL(trimmed);
    } catch {
      url = undefined;
    }
    if (protocol?.source === '^https?$' && !/^https?:\/\//i.test(trimmed)) url = undefined;
    if (!url || (protocol && !protocol.test(url.protocol.slice(0, -1)))) push(result, INVALID_FORMAT, 1);
    else result.v = trimmed.replace(/[\t\n\r]/g, '');
  }
  if (op === SAFE_INT) {
    if (!Number.isInteger(v)) push(result, TYPE, -1);
    else expect(result, Number.isSafeInteger(v), (v as unknown as number) > 0 ? TOO_LARGE : TOO_SMALL, 1);
  }
  if (op === GREATER) expect(result, y ? v >= (x as string) : v > (x as string), TOO_SMALL, 1);
  if (op === LESS) expect(result, y ? v <= (x as string) : v < (x as string), TOO_LARGE, 1);
  if (op === OVERWRITE) result.v = v[x as 'trim']();
  if (op === WHEN) {
    const object = v as unknown as Record<string, unknown>;
    const inner = run((object[y as string] === c ? e : f) as Node, object[d as string]);
    expect(result, !inner.i.length, INVALID_FORMAT, 1, [...(x as PropertyKey[])]);
  }
}

function run(node: Node, value: unknown): Run {
  let result: Run = { v: value, i: [] };
  const [kind, checks, a, b] = node as [number, Node[] | 0 | undefined, unknown, unknown];
  const input = value as Record<string, unknown>;
  switch (kind) {
    case STRING:
      expect(result, typeof value === 'string', TYPE);
      break;
    case NUMBER:
      expect(result, Number.isFinite(value), TYPE);
      break;
    case BOOLEAN:
      expect(result, typeof value === 'boolean', TYPE);
      break;
    case FILE:
      expect(result, value instanceof File, TYPE);
      break;
    case VALUES:
      expect(result, (a as unknown[]).includes(value), NOT_ALLOWED);
      break;
    case OPTIONAL:
      if (value !== undefined) result = run(a as Node, value);
      else if (b) {
        const inner = run(a as Node, value);
        result.v = inner.i.length ? undefined : inner.v;
      }
      break;
    case NULLABLE:
      if (value !== null) result = run(a as Node, value);
      break;
    case DEFAULT:
      if (value !== undefined) result = run(a as Node, value);
      if (result.v === undefined) result.v = b;
      break;
    case ARRAY:
      if (!Array.isArray(value)) push(result, TYPE);
      else if (value.length > (b as number)) push(result, TOO_LONG, -1);
      else {
        const out: unknown[] = [];
        for (let index = 0; index < value.length; index++) {
          const item = run(a as Node, value[index]);
          nest(result, index, item);
          out[index] = item.v;
        }
        result.v = out;
      }
      break;
    case OBJECT:
      if (isObject(value)) parseObject(result, input, a as [string, Node, number?][], b);
      else push(result, TYPE);
      break;
    case UNION: {
      const failed: Run[] = [];
      for (const option of a as Node[]) {
        const attempt = run(option, value);
        if (!attempt.i.length) return runChecks(attempt, checks);
        failed.push(attempt);
      }
      // As zod: when exactly one option failed on its checks only (its type matched), its issues are the answer.
      const near = failed.filter((attempt) => level(attempt.i) > 0);
      if (near.length === 1) result = near[0] as Run;
      else push(result, INVALID_FORMAT);
      break;
    }
    case DISCRIMINATED:
      if (isObject(value)) {
        const option = (b as [unknown, Node][]).find(([tag]) => tag === input[a as string]);
        if (option) result = run(option[1], value);
        else push(result, INVALID_FORMAT, 0, [a as string]);
      } else push(result, TYPE);
  }
  return runChecks(result, checks);
}

function runChecks(result: Run, checks: Node[] | 0 | undefined): Run {
  for (const check of checks || []) runCheck(result, check);
  return result;
}

/** What was sent at `path`, to tell "missing" from "wrong" (here and in `field-errors.ts`, for zod's issues). */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function fieldCode(code: number, value: unknown): FieldErrorCode {
  // A missing value is `required`; so is an empty text field, which reads better so than "too short".
  if (code === TYPE ? value == null : value === '' && (code === TOO_SHORT || code === TOO_SMALL)) return 'required';
  return fieldCodes[code] as FieldErrorCode;
}

/**
 * Checks `value` against a compiled schema: the parsed value, or the field errors (`path` joined with dots). The
 * codes tell "missing" from "wrong" by what `original` (the caller's own input) holds at each path.
 */
export function validate(node: Node, value: unknown, original: unknown = value): Checked {
  const { v, i } = run(node, value);
  if (!i.length) return { ok: true, value: v };
  return { ok: false, fields: i.map(([path, code]) => ({ path: path.join('.'), code: fieldCode(code, valueAt(original, path)) })) };
}
