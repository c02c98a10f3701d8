import { componentPrefix, deref } from './schemas.js';
import type { Json, JsonObject } from './source.js';

/** One line of a field table: a dotted path into the body, its type, whether it must be there, and the rest. */
export interface FieldRow {
  readonly name: string;
  readonly type: string;
  readonly required: boolean;
  readonly notes: string[];
}

export interface TextContext {
  readonly components: Readonly<Record<string, JsonObject>>;
  /** Markdown for a reference to a named schema. */
  readonly link: (name: string) => string;
}

export function schemaAnchor(name: string): string {
  return `schema-${name.toLowerCase()}`;
}

function refName(schema: JsonObject): string | undefined {
  const ref = schema['$ref'];
  return typeof ref === 'string' && ref.startsWith(componentPrefix) ? ref.slice(componentPrefix.length) : undefined;
}

function variantsOf(schema: JsonObject): JsonObject[] | undefined {
  const variants = schema['oneOf'] ?? schema['anyOf'];
  return Array.isArray(variants) ? (variants as JsonObject[]) : undefined;
}

function literal(value: Json): string {
  return `\`${JSON.stringify(value)}\``;
}

const isNull = (schema: JsonObject): boolean => schema['type'] === 'null';

/** A short type: `string`, `integer`, `"email"`, `Session`, `string[]`, `one of "sms", "email"`, `... or null`. */
export function typeText(schema: JsonObject, ctx: TextContext): string {
  const name = refName(schema);
  if (name) return ctx.link(name);
  if ('const' in schema) return literal(schema['const'] as Json);
  if (Array.isArray(schema['enum'])) return `one of ${(schema['enum'] as Json[]).map(literal).join(', ')}`;
  const variants = variantsOf(schema);
  if (variants) {
    const nonNull = variants.filter((variant) => !isNull(variant));
    const text = nonNull.map((variant) => typeText(variant, ctx));
    const joined = [...new Set(text)].join(' or ');
    return nonNull.length < variants.length ? `${joined} or null` : joined;
  }
  const type = schema['type'];
  if (Array.isArray(type)) {
    return type.map((t) => (t === 'null' ? 'null' : typeText({ ...schema, type: t }, ctx))).join(' or ');
  }
  switch (type) {
    case 'string':
      if (schema['format'] === 'binary') return 'file';
      return typeof schema['format'] === 'string' ? `string (${schema['format']})` : 'string';
    case 'array': {
      const items = (schema['items'] as JsonObject | undefined) ?? {};
      const inner = typeText(items, ctx);
      return /\s/.test(inner) ? `array of (${inner})` : `${inner}[]`;
    }
    case 'object':
      return 'object';
    case 'integer':
    case 'number':
    case 'boolean':
    case 'null':
      return type;
    default:
      return 'any';
  }
}

function range(min: Json | undefined, max: Json | undefined, units: string): string | undefined {
  if (min === undefined && max === undefined) return undefined;
  const unit = (min ?? max) === 1 && (max === undefined || max === 1) ? units.replace(/s$/, '') : units;
  if (min !== undefined && min === max) return `exactly ${String(min)} ${unit}`;
  if (min !== undefined && max !== undefined) return `${String(min)} to ${String(max)} ${unit}`;
  return min !== undefined ? `at least ${String(min)} ${unit}` : `at most ${String(max)} ${unit}`;
}

/** The text a pattern like `^otpauth:\\/\\/totp\\/.*` (zod's `startsWith`) requires at the start, or undefined. */
export function literalPrefix(pattern: string): string | undefined {
  const match = /^\^((?:[^\\.*+?^$()[\]{}|]|\\.)+)\.\*$/.exec(pattern);
  return match?.[1]?.replace(/\\(.)/g, '$1');
}

/** Constraints worth telling a reader: lengths, bounds, patterns, defaults, descriptions. */
export function constraintNotes(schema: JsonObject): string[] {
  const variants = variantsOf(schema);
  if (variants && !refName(schema)) {
    // `X or null`: the notes of X.
    const nonNull = variants.filter((variant) => !isNull(variant));
    if (nonNull.length === 1 && nonNull[0] && nonNull.length < variants.length) return constraintNotes(nonNull[0]);
  }
  const notes: string[] = [];
  if (typeof schema['description'] === 'string') notes.push(schema['description']);
  const length = range(schema['minLength'], schema['maxLength'], schema['format'] === 'binary' ? 'bytes' : 'characters');
  if (length) notes.push(length);
  const items = range(schema['minItems'], schema['maxItems'], 'items');
  if (items) notes.push(items);
  if (schema['minimum'] !== undefined) notes.push(`at least ${String(schema['minimum'])}`);
  if (schema['maximum'] !== undefined) notes.push(`at most ${String(schema['maximum'])}`);
  if (schema['exclusiveMinimum'] !== undefined) notes.push(`more than ${String(schema['exclusiveMinimum'])}`);
  if (schema['exclusiveMaximum'] !== undefined) notes.push(`less than ${String(schema['exclusiveMaximum'])}`);
  const format = schema['format'];
  if (typeof schema['pattern'] === 'string' && (format === undefined || format === 'e164')) {
    const prefix = literalPrefix(schema['pattern']);
    notes.push(prefix === undefined ? `matches \`${schema['pattern']}\`` : `starts with \`${prefix}\``);
  }
  if (format === 'date-time') notes.push('UTC instant, e.g. `2026-11-27T15:00:00Z`');
  if (format === 'binary' && typeof schema['contentMediaType'] === 'string' && schema['contentMediaType'] !== 'application/octet-stream') {
    notes.push(`type ${schema['contentMediaType']}`);
  }
  if (schema['default'] !== undefined) notes.push(`default ${literal(schema['default'] as Json)}`);
  const itemSchema = schema['items'] as JsonObject | undefined;
  if (schema['type'] === 'array' && itemSchema) {
    const inner = constraintNotes(itemSchema);
    if (inner.length > 0) notes.push(`each: ${inner.join(', ')}`);
  }
  if (schema['additionalProperties'] !== undefined && schema['additionalProperties'] !== false) {
    notes.push('other members allowed');
  }
  return notes;
}

/** The object a (possibly nullable) schema describes, if it is an inline object with members. */
function inlineObject(schema: JsonObject): JsonObject | undefined {
  if (refName(schema)) return undefined;
  if (schema['type'] === 'object' && schema['properties']) return schema;
  const variants = variantsOf(schema);
  if (variants) {
    const nonNull = variants.filter((variant) => !isNull(variant));
    if (nonNull.length === 1 && nonNull[0]) return inlineObject(nonNull[0]);
  }
  return undefined;
}

/** A member every variant pins with `const`: the discriminator of a union of objects. */
function discriminator(variants: JsonObject[]): string | undefined {
  const first = variants[0]?.['properties'] as Record<string, JsonObject> | undefined;
  if (!first) return undefined;
  return Object.keys(first).find((key) =>
    variants.every((variant) => {
      const props = variant['properties'] as Record<string, JsonObject> | undefined;
      return props?.[key] !== undefined && 'const' in props[key];
    }),
  );
}

/** A union of objects told apart by one member, with its variants resolved. */
function taggedUnion(schema: JsonObject, ctx: TextContext): { tag: string; variants: JsonObject[] } | undefined {
  if (refName(schema)) return undefined;
  const variants = variantsOf(schema);
  if (!variants || variants.some(isNull)) return undefined;
  const resolved = variants.map((variant) => deref(variant, ctx.components));
  if (!resolved.every((variant) => variant['type'] === 'object')) return undefined;
  const tag = discriminator(resolved);
  return tag ? { tag, variants: resolved } : undefined;
}

/**
 * The rows of a field table for an object schema, nested members as `parent.child` and array items as
 * `parent[].child`. Unions of objects with a `const` member list each variant's members with a "when" note.
 */
export function fieldRows(schema: JsonObject, ctx: TextContext, prefix = '', when: string[] = []): FieldRow[] {
  const union = taggedUnion(schema, ctx);
  if (union) {
    const rows: FieldRow[] = [];
    const tagValues = union.variants.map((variant) => (variant['properties'] as Record<string, JsonObject>)[union.tag]?.['const'] as Json);
    rows.push({ name: prefix + union.tag, type: `one of ${tagValues.map(literal).join(', ')}`, required: true, notes: [...when] });
    union.variants.forEach((variant, index) => {
      const { [union.tag]: _tag, ...rest } = variant['properties'] as Record<string, JsonObject>;
      const condition = `when \`${prefix}${union.tag}\` is ${literal(tagValues[index] as Json)}`;
      rows.push(...fieldRows({ ...variant, properties: rest }, ctx, prefix, [...when, condition]));
    });
    return rows;
  }
  const object = inlineObject(schema);
  if (!object) return [];
  const properties = (object['properties'] as Record<string, JsonObject> | undefined) ?? {};
  const required = new Set((object['required'] as string[] | undefined) ?? []);
  const rows: FieldRow[] = [];
  for (const [key, prop] of Object.entries(properties)) {
    const name = prefix + key;
    rows.push({ name, type: typeText(prop, ctx), required: required.has(key), notes: [...constraintNotes(prop), ...when] });
    const nestedUnion = taggedUnion(prop, ctx);
    if (nestedUnion || inlineObject(prop)) {
      rows.push(...fieldRows(prop, ctx, `${name}.`, when));
    } else if (prop['type'] === 'array' && prop['items']) {
      rows.push(...fieldRows(prop['items'] as JsonObject, ctx, `${name}[].`, when));
    }
  }
  return rows;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function fieldTable(rows: readonly FieldRow[]): string {
  const lines = ['| Field | Type | Required | Notes |', '| --- | --- | --- | --- |'];
  for (const row of rows) {
    lines.push(`| \`${cell(row.name)}\` | ${cell(row.type)} | ${row.required ? 'yes' : 'no'} | ${cell(row.notes.join('; '))} |`);
  }
  return lines.join('\n');
}

/**
 * Markdown for a body: a table of its members, or a sentence when it is a named schema or has no members.
 */
export function bodyText(schema: JsonObject, ctx: TextContext): string {
  const name = refName(schema);
  if (name) return `${ctx.link(name)} (see Schemas).`;
  const rows = fieldRows(schema, ctx);
  if (rows.length > 0) return fieldTable(rows);
  if (schema['type'] === 'object') return 'An empty JSON object `{}`.';
  return `${typeText(schema, ctx)}${constraintNotes(schema).length ? ` (${constraintNotes(schema).join('; ')})` : ''}.`;
}
