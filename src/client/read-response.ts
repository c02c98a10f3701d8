import type { FieldError } from '../contract/errors.js';
import type { ClientRow } from './client-row.js';
import type { TillitErrorCode } from './errors.js';
import { TillitError } from './errors.js';
import { once } from './once.js';

/*
 * The problem document's validator and the contract's error codes load with the first error answer: a page whose
 * calls all succeed (a whole sign-in) never downloads them. If they cannot load (offline), the answer is still
 * read by its status and `Retry-After`.
 */
const problemReader = once(() => import('./problem.js'));

/** What a transport hands back: the status, headers and the whole body as text. */
export interface RawResponse {
  status: number;
  headers: Headers;
  body: string;
}

/** `Retry-After` is either delta-seconds or an HTTP date; answers whole seconds from now, or undefined. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text);
  // Only a real HTTP date (it names a weekday and month): Date.parse would read "1.5" as a date too.
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** For answers that are not a problem document (a proxy's HTML page, an empty body): the code its status means. */
export function codeForStatus(status: number): TillitErrorCode {
  if (status === 429) return 'rate_limited';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 413) return 'payload_too_large';
  if (status >= 502 && status <= 504) return 'service_unavailable';
  if (status >= 500) return 'internal_error';
  return 'invalid_response';
}

function parseJson(body: string): { ok: true; value: unknown } | { ok: false; cause: unknown } {
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

async function errorFromAnswer(response: RawResponse): Promise<TillitError> {
  const json = parseJson(response.body);
  const reader = json.ok ? await problemReader().catch(() => undefined) : undefined;
  const problem = json.ok ? reader?.parseProblem(json.value) : undefined;
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After')) ?? problem?.retryAfter;
  const known = problem !== undefined && reader?.isKnownCode(problem.code) === true;
  const code = known ? (problem.code as TillitErrorCode) : codeForStatus(response.status);
  const message = problem?.detail ?? problem?.title ?? `The backend answered HTTP ${response.status}.`;
  return new TillitError(code, message, {
    status: response.status,
    fields: problem?.fields ?? [],
    retryAfter,
    problem,
  });
}

/**
 * Checks an answer against the endpoint row: a 2xx body must match `output` (else `invalid_response`), anything
 * else becomes a TillitError carrying the problem's code, fields and retry delay.
 */
export async function readResponse(row: ClientRow, response: RawResponse): Promise<unknown> {
  if (response.status < 200 || response.status > 299) throw await errorFromAnswer(response);
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
