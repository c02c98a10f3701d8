/**
 * Writes compiled validator data as a TypeScript module: regexes once each (`p0`, `p1`, ... as literals, so no
 * `new RegExp` and nothing for a strict CSP to refuse; those several modules use come from one shared module), and
 * every node that occurs more than once as one constant (`n0`, `n1`, ...), declared before its first use.
 */

/** A value of an exported constant: compiled nodes, plain objects of them (the rows), primitives and RegExps. */
export type Emittable = unknown;

export interface ModuleExport {
  readonly doc: string;
  readonly name: string;
  readonly type: string;
  readonly value: Emittable;
}

/**
 * Nodes shorter than this stay inline, repeats and all: gzip stores a repeat in a few bytes, while constants break
 * the text into short references it compresses worse (measured: the sign-in data is 4% smaller gzipped this way).
 */
const minimumHoisted = 256;

function primitive(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`cannot write the number ${value}`);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return JSON.stringify(value);
  }
  throw new Error(`cannot write a ${typeof value}`);
}

const identifier = /^[A-Za-z_$][\w$]*$/;

/** The regexes inside `value`, as source text, in the order they first occur. */
export function regexesIn(value: unknown, found = new Set<string>()): Set<string> {
  if (value instanceof RegExp) found.add(String(value));
  else if (value !== null && typeof value === 'object') for (const child of Object.values(value)) regexesIn(child, found);
  return found;
}

/** Where a module's shared regexes come from: the module, and each regex's exported name by source text. */
export interface SharedPatterns {
  readonly from: string;
  readonly names: ReadonlyMap<string, string>;
}

/** A module exporting each shared regex. */
export function emitPatterns(header: readonly string[], names: ReadonlyMap<string, string>): string {
  const lines = [...names].map(([text, name]) => `export const ${name} = ${text};`);
  return [...header, '', ...lines, ''].join('\n');
}

/** `types` names the module the export types (and `Node`) are imported from. */
export function emitModule(header: readonly string[], types: string, exports: readonly ModuleExport[], shared?: SharedPatterns): string {
  const regexes = new Map<string, string>();
  const imported = new Set<string>();
  const regexName = (re: RegExp): string => {
    const text = String(re);
    const common = shared?.names.get(text);
    if (common) return imported.add(common), common;
    if (!regexes.has(text)) regexes.set(text, `r${regexes.size}`);
    return regexes.get(text) as string;
  };

  // Each node's text with nothing hoisted, to find the repeats; a repeat's children are counted once.
  const plain = new Map<object, string>();
  const textOf = (value: unknown): string => {
    if (value instanceof RegExp) return regexName(value);
    if (value === null || typeof value !== 'object') return primitive(value);
    const known = plain.get(value);
    if (known !== undefined) return known;
    const text = Array.isArray(value)
      ? `[${value.map(textOf).join(', ')}]`
      : `{ ${Object.entries(value).map(([k, v]) => `${identifier.test(k) ? k : JSON.stringify(k)}: ${textOf(v)}`).join(', ')} }`;
    plain.set(value, text);
    return text;
  };
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  const count = (value: unknown): void => {
    if (!Array.isArray(value) && (value === null || typeof value !== 'object' || value instanceof RegExp)) return;
    const text = textOf(value);
    counts.set(text, (counts.get(text) ?? 0) + 1);
    if (seen.has(text)) return;
    seen.add(text);
    for (const child of Array.isArray(value) ? value : Object.values(value)) count(child);
  };
  for (const { value } of exports) count(value);

  const hoisted = new Map<string, string>();
  const declarations: string[] = [];
  const write = (value: unknown, top = false): string => {
    if (value instanceof RegExp) return regexName(value);
    if (value === null || typeof value !== 'object') return primitive(value);
    const text = textOf(value);
    const name = hoisted.get(text);
    if (name) return name;
    const inner = Array.isArray(value)
      ? `[${value.map((item) => write(item)).join(', ')}]`
      : `{ ${Object.entries(value).map(([k, v]) => `${identifier.test(k) ? k : JSON.stringify(k)}: ${write(v)}`).join(', ')} }`;
    if (top || !Array.isArray(value) || (counts.get(text) ?? 0) < 2 || text.length < minimumHoisted) return inner;
    const constant = `n${hoisted.size}`;
    hoisted.set(text, constant);
    declarations.push(`const ${constant}: Node = ${inner};`);
    return constant;
  };

  const body = exports.map(({ doc, name, type, value }) => {
    if (Array.isArray(value) || value === null || typeof value !== 'object') {
      return `/** ${doc} */\nexport const ${name}: ${type} = ${write(value, true)};`;
    }
    const members = Object.entries(value).map(([key, member]) => `  ${key}: ${write(member, true)},`);
    return `/** ${doc} */\nexport const ${name}: ${type} = {\n${members.join('\n')}\n};`;
  });
  const patterns = [...regexes].map(([text, name]) => `const ${name} = ${text};`);
  const used = new Set(exports.flatMap(({ type }) => type.match(/\b(CompiledRow|Node)\b/g) ?? []));
  if (declarations.length > 0) used.add('Node');
  const imports = used.size ? [`import type { ${[...used].sort().join(', ')} } from '${types}';`] : [];
  if (shared && imported.size) imports.push(`import { ${[...imported].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).join(', ')} } from '${shared.from}';`);
  return [...header, ...imports, '', ...patterns, ...declarations, '', ...body, ''].join('\n');
}
