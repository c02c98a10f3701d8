import * as z from 'zod/mini';
import type { Json, JsonObject, Row } from './source.js';

export const componentPrefix = '#/components/schemas/';

/** JSON Schemas of the contract: named components, and each row's input and output. */
export interface ConvertedSchemas {
  /** By component name, sorted. Not yet pruned to the ones in use. */
  readonly components: Record<string, JsonObject>;
  readonly inputs: Record<string, JsonObject>;
  readonly outputs: Record<string, JsonObject | undefined>;
}

type Kind = string;

/** Exported schemas worth a name of their own: objects with members, unions, and nullable ones of those. */
export function isComponentWorthy(schema: z.ZodMiniType): boolean {
  const def = schema._zod.def as { type: Kind; shape?: object; innerType?: z.ZodMiniType };
  switch (def.type) {
    case 'object':
      return Object.keys(def.shape ?? {}).length > 0;
    case 'union':
    case 'intersection':
      return true;
    case 'nullable':
      return def.innerType !== undefined && isComponentWorthy(def.innerType);
    default:
      return false;
  }
}

const maxSafe = Number.MAX_SAFE_INTEGER;

/**
 * Tidies zod's output for a reader: files become binary strings, the long date-time regex goes (the format says
 * it), and the safe-integer bounds zod adds to every `z.int()` are dropped.
 */
function override(ctx: { zodSchema: z.core.$ZodTypes; jsonSchema: z.core.JSONSchema.BaseSchema }): void {
  const json = ctx.jsonSchema as Record<string, unknown>;
  const def = ctx.zodSchema._zod.def as { type: Kind; discriminator?: string; protocol?: RegExp };
  const kind = def.type;
  // OpenAPI tools pick the member of a `z.discriminatedUnion` by its property (mappings are added once refs exist).
  if (kind === 'union' && def.discriminator) json['discriminator'] = { propertyName: def.discriminator };
  if (json['format'] === 'e164') {
    json['description'] ??= 'An E.164 phone number: `+`, the country code and the number, 7 to 15 digits in all, no spaces (`+46701234567`).';
  }
  // `z.url({ protocol })`: the allowed schemes as a pattern, since `format: uri` takes any scheme.
  if (json['format'] === 'uri' && def.protocol instanceof RegExp) {
    json['pattern'] = `^(?:${def.protocol.source.replace(/^\^|\$$/g, '')}):`;
  }
  if (kind === 'file') {
    json['type'] = 'string';
    json['format'] = 'binary';
    delete json['contentEncoding'];
    if (json['contentMediaType'] === undefined && json['anyOf'] === undefined) {
      json['contentMediaType'] = 'application/octet-stream';
    }
  }
  if (json['format'] === 'date-time') delete json['pattern'];
  // zod names its string checks (`starts_with`, `ends_with`, `includes`) as a format no validator knows; the
  // pattern beside it says the same thing in standard JSON Schema.
  if (json['format'] === 'starts_with' || json['format'] === 'ends_with' || json['format'] === 'includes') {
    delete json['format'];
  }
  if (json['maximum'] === maxSafe) delete json['maximum'];
  if (json['minimum'] === -maxSafe) delete json['minimum'];
}

function clone<T extends Json>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Replaces `$ref`s to the given ids by copies of their schemas (for schemas that were named only to convert them). */
function inlineRefs(value: Json, inline: ReadonlyMap<string, JsonObject>, seen: readonly string[] = []): Json {
  if (Array.isArray(value)) return value.map((item) => inlineRefs(item, inline, seen));
  if (value === null || typeof value !== 'object') return value;
  const ref = value['$ref'];
  if (typeof ref === 'string' && ref.startsWith(componentPrefix)) {
    const id = ref.slice(componentPrefix.length);
    const target = inline.get(id);
    if (target) {
      if (seen.includes(id)) throw new Error(`Schema ${id} refers to itself: export it under a name.`);
      const { $ref: _ref, ...rest } = value;
      return { ...(inlineRefs(clone(target), inline, [...seen, id]) as JsonObject), ...rest };
    }
  }
  const out: JsonObject = {};
  for (const [key, item] of Object.entries(value)) out[key] = inlineRefs(item, inline, seen);
  return out;
}

/**
 * Converts the named schemas and every row's input and output in one pass, so a schema that has a name is a
 * `$ref` to `#/components/schemas/<name>` wherever it appears. Bodies are described as the receiving side parses
 * them (`io: 'input'`): what a conforming request or response may contain on the wire.
 */
export function convertSchemas(
  rows: readonly [string, Row][],
  namedSchemas: Readonly<Record<string, z.ZodMiniType>>,
): ConvertedSchemas {
  const registry = z.registry<{ id: string }>();
  const names = new Map<z.ZodMiniType, string>();
  for (const name of Object.keys(namedSchemas).sort()) {
    const schema = namedSchemas[name];
    if (!schema || name.startsWith('_') || !isComponentWorthy(schema) || names.has(schema)) continue;
    names.set(schema, name);
    registry.add(schema, { id: name });
  }

  // Schemas of rows that have no name get a temporary one, and are inlined again after the conversion.
  const temporary = new Map<z.ZodMiniType, string>();
  const idOf = (schema: z.ZodMiniType, wanted: string): string => {
    const existing = names.get(schema) ?? temporary.get(schema);
    if (existing) return existing;
    temporary.set(schema, wanted);
    registry.add(schema, { id: wanted });
    return wanted;
  };
  const inputIds: Record<string, string> = {};
  const outputIds: Record<string, string | undefined> = {};
  for (const [key, row] of rows) {
    inputIds[key] = idOf(row.input, `__input_${key}`);
    outputIds[key] = row.output ? idOf(row.output, `__output_${key}`) : undefined;
  }

  const converted = z.toJSONSchema(registry, {
    io: 'input',
    uri: (id) => componentPrefix + id,
    unrepresentable: 'any',
    cycles: 'ref',
    reused: 'inline',
    override,
  }) as { schemas: Record<string, JsonObject> };
  if (converted.schemas['__shared']) {
    const shared = Object.keys((converted.schemas['__shared']['$defs'] as JsonObject | undefined) ?? {});
    throw new Error(`Recursive schemas without a name (${shared.join(', ')}): export them from src/contract.`);
  }

  const strip = (schema: JsonObject | undefined, id: string): JsonObject => {
    if (!schema) throw new Error(`zod produced no JSON Schema for ${id}`);
    const { $schema: _s, $id: _i, ...rest } = schema;
    return rest;
  };
  const temporaryById = new Map<string, JsonObject>();
  for (const id of temporary.values()) temporaryById.set(id, strip(converted.schemas[id], id));
  const resolve = (id: string): JsonObject =>
    temporaryById.has(id)
      ? (inlineRefs(clone(temporaryById.get(id) as JsonObject), temporaryById, [id]) as JsonObject)
      : { $ref: componentPrefix + id };

  const components: Record<string, JsonObject> = {};
  for (const name of [...names.values()].sort()) {
    components[name] = inlineRefs(strip(converted.schemas[name], name), temporaryById) as JsonObject;
  }
  const inputs: Record<string, JsonObject> = {};
  const outputs: Record<string, JsonObject | undefined> = {};
  for (const [key] of rows) {
    inputs[key] = resolve(inputIds[key] as string);
    const outputId = outputIds[key];
    outputs[key] = outputId === undefined ? undefined : resolve(outputId);
  }
  return { components, inputs, outputs };
}

/** Follows a `$ref` to a component, once. */
export function deref(schema: JsonObject, components: Readonly<Record<string, JsonObject>>): JsonObject {
  const ref = schema['$ref'];
  if (typeof ref !== 'string' || !ref.startsWith(componentPrefix)) return schema;
  const target = components[ref.slice(componentPrefix.length)];
  if (!target) throw new Error(`Unknown schema ${ref}`);
  return target;
}

/** The names of path parameters in a `/v1/things/:id` template. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map((match) => match[1] as string);
}

export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** A row's input split into path parameters, the other fields, and which of those are required. */
export interface SplitInput {
  readonly path: [string, JsonObject][];
  readonly rest: [string, JsonObject][];
  readonly required: ReadonlySet<string>;
  /** The input object's own keywords besides properties/required (`additionalProperties`, ...). */
  readonly extra: JsonObject;
}

export function splitInput(key: string, row: Row, input: JsonObject, components: Record<string, JsonObject>): SplitInput {
  const object = deref(input, components);
  if (object['type'] !== 'object') throw new Error(`${key}: the input must be a z.object, not ${JSON.stringify(object)}`);
  const { type: _type, properties = {}, required = [], ...extra } = object;
  const props = properties as Record<string, JsonObject>;
  const requiredSet = new Set(required as string[]);
  const names = pathParams(row.path);
  for (const name of names) {
    if (!(name in props)) throw new Error(`${key}: path parameter :${name} is not a field of the input`);
  }
  return {
    path: names.map((name) => [name, props[name] as JsonObject]),
    rest: Object.entries(props).filter(([name]) => !names.includes(name)),
    required: new Set([...requiredSet].filter((name) => !names.includes(name))),
    extra,
  };
}
