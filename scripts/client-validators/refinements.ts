/**
 * Every refinement (`.check(z.refine(fn))`) of the contract, and what the browser client does with it. A refinement
 * is code, which compiled data cannot carry, so each one is recognised here by its source text and either expressed
 * as a declarative rule the client's validator runs (`rule`), or left to the backend (no `rule`: the client then
 * validates less, on purpose, and says so here). A refinement that is not listed, or whose code changed, stops
 * `npm run generate` (scripts/client-validators/compile.ts).
 */
import type * as z from 'zod/mini';
import { EmailAddress, PhoneNumber } from '../../src/contract/common.js';

/** "`field` must pass `then` when `key` is `value`, and `otherwise` when it is not", the refine's issue at its path. */
export interface WhenRule {
  readonly key: string;
  readonly value: string | number | boolean | null;
  readonly field: string;
  readonly then: z.core.$ZodType;
  readonly otherwise: z.core.$ZodType;
}

export interface KnownRefinement {
  readonly id: string;
  /** Where it is, for people. */
  readonly where: string;
  /** The refine function's source, as written (compared without whitespace, quotes and parentheses around one parameter). */
  readonly source: string;
  /** What the client runs instead; leave out to let the backend alone check it. */
  readonly rule?: WhenRule;
}

export const knownRefinements: readonly KnownRefinement[] = [
  {
    id: 'contact-value-matches-kind',
    where: 'src/contract/security.ts: ContactValue (startContactBinding input)',
    source: "(v) => z.safeParse(v.kind === 'email' ? EmailAddress : PhoneNumber, v.value).success",
    // The same schemas the function closes over, so a change to either stays in step.
    rule: { key: 'kind', value: 'email', field: 'value', then: EmailAddress, otherwise: PhoneNumber },
  },
];

/** Source text with the differences a TypeScript transform introduces taken out. */
export function normalizeSource(source: string): string {
  return source
    .replace(/\s+/g, '')
    .replace(/'/g, '"')
    .replace(/^\(([A-Za-z_$][\w$]*)\)=>/, '$1=>');
}

export function refinementFor(
  fn: (value: never) => unknown,
  known: readonly KnownRefinement[] = knownRefinements,
): KnownRefinement | undefined {
  const source = normalizeSource(String(fn));
  return known.find((refinement) => normalizeSource(refinement.source) === source);
}
