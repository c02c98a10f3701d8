import type { FieldError } from '../contract/errors.js';
import type { ClientRow } from './client-row.js';
import { chunkError } from './chunk-error.js';
import { TillitError } from './errors.js';
import { once } from './once.js';

/** What a transport hands back: the status, headers and the whole body as text. */
export interface RawResponse {
  status: number;
  headers: Headers;
  body: string;
}

/*
 * Everything about an error answer (the problem document's validator, the contract's error codes, status codes,
 * Retry-After) loads with the first one: a page whose calls all succeed never downloads it. If it cannot load
 * (offline, a deploy that replaced the chunks), the call fails as a flow's validators that cannot load do.
 */
const errorAnswer = once(() => import('./error-answer.js'));

export function parseJson(body: string): { ok: true; value: unknown } | { ok: false; cause: unknown } {
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (cause) {
    return { ok: false, cause };
  }
}

/** `identifier.email: invalid_format, password: required`, for developers' messages. */
export function describeFields(fields: readonly FieldError[]): string {
  return fields.map((field) => `${field.path || '(input)'}: ${field.code}`).join(', ');
}

/**
 * Checks an answer against the endpoint row: a 2xx body must match `output` (else `invalid_response`), anything
 * else becomes a TillitError carrying the problem's code, fields and retry delay.
 */
export async function readResponse(row: ClientRow, response: RawResponse): Promise<unknown> {
  if (response.status < 200 || response.status > 299) {
    throw await errorAnswer().then(({ errorFromAnswer }) => errorFromAnswer(response), chunkError);
  }
  if (row.output === undefined) return undefined;

  const json = parseJson(response.body);
  if (!json.ok) {
    throw new TillitError('invalid_response', 'The backend answered a body that is not JSON.', {
      status: response.status,
      cause: json.cause,
    });
  }
  const result = row.output(json.value);
  if (!result.ok) {
    throw new TillitError('invalid_response', `The backend's answer does not match the contract (${describeFields(result.fields)}).`, {
      status: response.status,
      cause: result.cause,
    });
  }
  return result.value;
}
