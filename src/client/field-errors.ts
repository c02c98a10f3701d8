import type * as z from 'zod/mini';
import type { FieldError, FieldErrorCode } from '../contract/errors.js';
import { valueAt } from './validate.js';

type Issue = z.core.$ZodIssue;

function fieldCode(issue: Issue, value: unknown): FieldErrorCode {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined || value === null ? 'required' : 'invalid_format';
    case 'too_small':
      // An empty text field reads better as "required" than as "too short".
      if (value === '') return 'required';
      return issue.origin === 'string' || issue.origin === 'array' ? 'too_short' : 'too_small';
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array' ? 'too_long' : 'too_large';
    case 'invalid_value':
    case 'unrecognized_keys':
      return 'not_allowed';
    default:
      return 'invalid_format';
  }
}

/**
 * Maps zod issues to the contract's field errors (`path` joined with dots, as the backend reports them), for
 * `createClientFor` over zod tables; the compiled validators (`validate.ts`) map their own issues the same way.
 * zod issues carry no input by default, so what the user sent at each path tells "missing" from "wrong".
 */
export function fieldErrorsFromIssues(issues: readonly Issue[], input: unknown): FieldError[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: fieldCode(issue, valueAt(input, issue.path)),
  }));
}
