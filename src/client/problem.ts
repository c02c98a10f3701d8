/**
 * Reading an error answer: the problem document's validator and the known error codes, compiled from
 * src/contract/errors.ts. A chunk of its own, loaded by read-response.ts with the first error answer.
 */
import type { Problem } from '../contract/errors.js';
import { errorCodes, problem } from './compiled/problem.js';
import { validate } from './validate.js';

/** The problem document in an answer, or undefined when the body is not one. */
export function parseProblem(body: unknown): Problem | undefined {
  const result = validate(problem, body);
  return result.ok ? (result.value as Problem) : undefined;
}

export function isKnownCode(code: string): boolean {
  return errorCodes.includes(code);
}
