import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judgeAnswer, undeclaredAnswers } from '../../conformance/support/answers.js';
import { rowAt } from '../../conformance/support/coverage.js';
import { openApiViolations, validateAgainstOpenApi } from '../../conformance/support/openapi-traffic.js';
import type { RecordedExchange } from '../../conformance/support/recording-fetch.js';

/*
 * The conformance suite judges every answer it gets: declared for its row, and documented by openapi.json. These
 * checks must themselves be able to fail, so here they are fed made-up answers, good and bad.
 */

const problem = (status: number, code: string, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ type: `https://tillit.dev/problems/${code}`, title: code, status, code, ...extra });

function exchange(method: string, path: string, status: number, body: string, headers: Record<string, string> = {}): RecordedExchange {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return {
    method,
    url: `http://backend.test${path}`,
    requestHeaders: new Headers(),
    status,
    headers: new Headers({ 'content-type': type, ...headers }),
    body,
  };
}

function judge(e: RecordedExchange) {
  const entry = rowAt(e.method, new URL(e.url).pathname);
  const [declaredBefore, documentedBefore] = [undeclaredAnswers().length, openApiViolations().problems.length];
  judgeAnswer(e, entry);
  validateAgainstOpenApi(e, entry);
  return {
    undeclared: undeclaredAnswers().length > declaredBefore,
    undocumented: openApiViolations().problems.length > documentedBefore,
  };
}

describe('the suite\'s checks of every answer', () => {
  it('let a declared problem and a documented success through', () => {
    assert.deepEqual(judge(exchange('GET', '/v1/security', 401, problem(401, 'unauthenticated'))), { undeclared: false, undocumented: false });
    const clock = judge(exchange('GET', '/v1/testing/clock', 200, JSON.stringify({ now: '2026-01-01T00:00:00Z' })));
    assert.deepEqual(clock, { undeclared: false, undocumented: false });
  });

  it('catch a code the row does not declare, and a status openapi.json does not document', () => {
    // A 415 on a bodiless GET: declared nowhere, documented nowhere.
    assert.deepEqual(judge(exchange('GET', '/v1/kyc', 415, problem(415, 'unsupported_media_type'))), { undeclared: true, undocumented: true });
  });

  it('catch a code sent with another status than the catalog gives it', () => {
    assert.equal(judge(exchange('POST', '/v1/sign-in', 400, problem(400, 'invalid_credentials'))).undeclared, true);
  });

  it('catch a success body that breaks the documented schema, and a 429 without Retry-After', () => {
    assert.equal(judge(exchange('GET', '/v1/testing/clock', 200, JSON.stringify({ now: 'yesterday' }))).undocumented, true);
    const limited = exchange('POST', '/v1/sign-in', 429, problem(429, 'rate_limited', { retryAfter: 5 }));
    assert.deepEqual(judge(limited), { undeclared: false, undocumented: true });
  });
});
