import type { Flow } from '../../src/contract/define.js';
import type { FlowGuide } from '../../src/contract/flows.js';
import { csrfHeader, errorsByStatus, sessionCookie, sessionModeHeader } from './openapi.js';
import { deref, openApiPath, splitInput, type ConvertedSchemas } from './schemas.js';
import { bodyText, fieldRows, fieldTable, schemaAnchor, typeText, type TextContext } from './schema-text.js';
import { allRows, docOf, type ContractSource, type JsonObject, type Row } from './source.js';

/** What each field error code asks of the user; the generator refuses a code without an entry here. */
const fieldErrorMeanings: Readonly<Record<string, string>> = {
  required: 'The field is missing or empty.',
  invalid_format: 'The value does not have the expected form (e-mail, phone, code, date, ...).',
  too_short: 'The text (or list) is shorter than allowed.',
  too_long: 'The text (or list) is longer than allowed.',
  too_small: 'The number (or file) is smaller than allowed.',
  too_large: 'The number (or file) is larger than allowed.',
  mismatch: 'The value does not match the field it must repeat (e.g. the repeated password).',
  not_allowed: 'The value is not one of the accepted ones.',
};

/** Which rows each implied code (`impliedErrors`) applies to, for the error code table. */
const impliedText: Readonly<Record<string, string>> = {
  validation_failed: 'every endpoint with input fields',
  malformed_request: 'every POST and PATCH',
  payload_too_large: 'every POST and PATCH',
  unauthenticated: 'every endpoint that needs a session',
  csrf_failed: 'every POST, PATCH and DELETE that needs a session',
};

const accessShort: Record<Row['access'], string> = { public: 'public', session: 'session', testing: 'test mode' };
const accessLong: Record<Row['access'], string> = {
  public: 'public: no session needed.',
  session: `a signed-in session: the \`${sessionCookie}\` cookie (plus \`${csrfHeader}\` on POST, PATCH and DELETE), or \`Authorization: Bearer <token>\`. Without one: \`unauthenticated\` (401).`,
  testing: 'test mode only: a backend not in test mode answers 404 `not_found`.',
};

export function opAnchor(key: string): string {
  return `op-${key.toLowerCase()}`;
}

function flowAnchor(flow: Flow): string {
  return `flow-${flow}`;
}

function guideAnchor(index: number): string {
  return `guide-${index + 1}`;
}

function route(row: Row): string {
  return `\`${row.method} ${row.path}\``;
}

function successStatus(row: Row): number {
  return row.status ?? 200;
}

function intro(source: ContractSource, ctx: TextContext): string {
  const problem = ctx.components['Problem'];
  const problemTable = problem ? fieldTable(fieldRows(problem, ctx)) : '';
  return `## Basics

### Paths, versions and bodies
- Every path starts with \`/v1\`. Changes that break clients go to a new prefix; this document is contract version
  ${source.version}. Paths below write parameters as \`:name\` (\`{name}\` in openapi.json).
- Path parameters are fields of the endpoint's input. For GET and DELETE the other input fields go in the query
  string; for POST and PATCH they go in a JSON body (\`Content-Type: application/json\`), or in a
  \`multipart/form-data\` body for upload endpoints (files as file parts, other fields as plain parts).
- Path parameters are checked like every other field: a value the schema refuses (an unknown provider in
  \`/v1/sign-in/social/:provider/start\`, a \`:kind\` other than \`email\` or \`phone\`) answers \`validation_failed\`
  naming that field, not \`not_found\`.
- A POST or PATCH without input fields may send \`{}\` or no body at all; an empty body counts as \`{}\` whatever
  its \`Content-Type\`.
- The body's \`Content-Type\` must be the one the endpoint takes: \`application/json\` (parameters such as
  \`charset\` allowed; other \`+json\` types are accepted too) for JSON endpoints, \`multipart/form-data\` for upload
  endpoints. A non-empty body with another content type, or one that does not parse as its type (broken JSON, a JSON
  value that is not an object, broken multipart), answers \`malformed_request\` (400). \`unsupported_media_type\`
  (415) never refers to the body's content type: only to the content of an uploaded file.
- Size limits: a JSON body is at most 64 KiB (65,536 bytes); an uploaded file at most 10 MiB (10,485,760 bytes),
  in a multipart body of at most 10 MiB + 64 KiB. Anything larger answers \`payload_too_large\` (413), counted as
  the body streams in, with or without \`Content-Length\` (see [Security rules](#security-rules)).
- Successful answers are JSON (\`application/json\`) with the status each endpoint lists; \`204\` has no body.
- Members a side does not know are ignored on both sides: a backend may answer more, a client may send more.
  Tables below describe what the receiving side accepts.

### Errors
Every error is an RFC 9457 problem, \`Content-Type: application/problem+json\`, with the HTTP status the error
code has in the [error code table](#error-codes). \`code\` is the stable, machine-readable key that the elements
translate; \`title\` and \`detail\` are for people and may be localized; \`type\` is a URI per code (the reference
backend uses \`${source.problemTypeBase}<code with dashes>\`). Clients rely on \`code\` only.

${problemTable}

- \`validation_failed\` (422) carries \`fields\`: one entry per refused field, with the dotted \`path\` into the input
  (\`identifier.phone\`, \`documents.selfie\`, \`words.0.index\`) and a [field error code](#field-error-codes).
  Other codes that name fields (\`password_too_weak\`, \`documents_missing\`) use the same \`fields\` entries.
- Unknown routes answer \`not_found\` (404), known routes with another method \`method_not_allowed\` (405), bodies of
  the wrong content type or that do not parse \`malformed_request\` (400), bodies over the size limit
  \`payload_too_large\` (413). A failure never leaks a stack trace: \`internal_error\` (500).
- What a row answers follows from what it takes and who may call it, so no row repeats these: every endpoint may
  answer ${anyRow(source)}; one with input fields \`validation_failed\`; a POST or PATCH (it has a body)
  \`malformed_request\` and \`payload_too_large\`; one that needs a session \`unauthenticated\`, and
  \`csrf_failed\` when it is a POST, PATCH or DELETE. A GET never answers 413 or 415; 405 is the answer of a path for
  a method it has no endpoint for, never of an endpoint. Each endpoint below lists the others it may give, and
  openapi.json lists them all per operation. An answer with a code its endpoint does not declare fails the
  conformance suite.

### Sessions
- **Cookie mode** (default, for browsers): a successful sign-in sets the \`${sessionCookie}\` cookie (\`Path=/\`,
  HttpOnly, SameSite=Lax, and Secure over HTTPS, also behind a TLS proxy: see [Security rules](#security-rules)) and
  answers \`session.csrfToken\` (also in the \`${csrfHeader}\` response header). Every POST, PATCH
  and DELETE of a cookie session carries that token in the \`${csrfHeader}\` request header; a missing or wrong one
  answers \`csrf_failed\` (403). \`getSession\` answers the session's token again (a reloaded page gets it back that
  way). The reference backend keeps one token for the whole session; a backend that hands out new tokens must keep
  accepting the ones it handed out before for the same session, since other tabs hold them. Requests that need no
  CSRF token (GET) never invalidate one.
- **Bearer mode** (apps, other origins): a sign-in request with \`${sessionModeHeader}: bearer\` gets
  \`session.token\` and no cookie; later requests send \`Authorization: Bearer <token>\` and need no CSRF token. A
  cookie session's value is not a bearer token, nor the other way round. Every \`/v1\` path answers CORS for it
  (see [Security rules](#security-rules)).
- Lifetime: a session lasts until \`session.expiresAt\`. The backend picks the lifetime, but keeps every session at
  least 2 hours from sign-in, used or idle (the reference backend: 7 days from sign-in, not extended by use); the
  conformance suite signs in again after moving the clock further than that. Sign-out, a password reset and expiry
  end a session; its cookie or token then answers \`unauthenticated\`.
- Endpoints with access "session" answer \`unauthenticated\` (401) without a valid session.
- Sensitive actions carry a \`verificationToken\` from [step-up](#${flowAnchor('step-up')}) in their input; without
  one they answer \`step_up_required\` (403), with a used, expired or foreign one (another action, user or session)
  \`verification_invalid\` (403). A sensitive endpoint checks its own rules first and answers them even without a
  token; it spends the token only when it does the action, so neither its own refusals nor a refused token use it up.

### Rate limits and retries
- Every 429 answer carries a \`Retry-After\` header in whole seconds and the same number as \`retryAfter\` in the
  body. \`too_many_attempts\` carries \`0\`: only the challenge it answers is burned, and a new one may start at once.
- Endpoints marked idempotent are safe to repeat: clients retry them with backoff after network faults, 502, 503,
  504 and 429. Others are never retried automatically.

### One-time codes
- Codes sent by e-mail or SMS (sign-in, password reset, step-up, contact binding) are 6 random digits, valid 10
  minutes from sending (\`expiresAt\` of the send answer) unless what they confirm ends sooner: a code of a sign-in
  challenge (5 minutes) or a step-up (10 minutes from its start) then answers \`challenge_expired\`, never
  \`code_expired\`.
- A code goes out again 60 seconds after the last one at the earliest (\`resendAfter\` is \`60\`): per channel for
  sign-in challenges and step-ups, per reset for password resets, per kind for contact bindings (a new start). Sooner
  answers \`resend_too_soon\` (429) with \`retryAfter\` the seconds left, rounded up. Each send replaces the code
  before it, which stops working.
- A wrong code answers \`invalid_code\` (422) with \`attemptsRemaining\`. The 5th wrong code of a challenge, reset,
  step-up, setup or binding (counted across its channels and resends) burns it: \`too_many_attempts\` (429), and
  \`challenge_expired\` after that. A code works once.
- Authenticator codes: RFC 6238 (SHA-1, 6 digits, 30-second steps, one step of drift accepted either way), computed
  at the backend's clock. A code of a step at or before the last step accepted for the account answers
  \`code_already_used\`.

### Languages
The client passes the user's \`Accept-Language\` through. A backend may localize \`title\`, \`detail\` and the e-mails
and SMS it sends; it never localizes \`code\` or any other machine-readable member.

### Formats
- Instants: ISO 8601 in UTC with \`Z\` (\`2026-11-27T15:00:00Z\`, fractional seconds allowed, no offsets).
- Ids and tokens: opaque strings of 1 to 200 characters; clients never parse them. Passkey ids are the exception:
  they are WebAuthn credential ids (see [\`registerPasskey\`](#${opAnchor('registerPasskey')})).
- Phone numbers: E.164 (\`+46701234567\`). E-mail addresses: plain \`local@domain\`, compared without regard to case.
- One-time codes: 6 digits, as a string (authenticator, SMS and e-mail codes alike).
- Masked destinations (\`a•••e@example.com\`, \`+46 ••• ••• 12\`) are for display only. Hidden characters show as
  \`•\` (U+2022 BULLET): every masked value contains at least one and never equals the full value. An e-mail keeps its
  \`@domain\` as is; a phone number ends with its last two digits. No endpoint answers an account's full e-mail address
  or phone number (\`User\`, the security overview, challenges and every "code sent" answer carry masked ones); only
  the testing rows, which never run in production, show them in full.
`;
}

function testingSection(source: ContractSource): string {
  const rows = Object.entries(source.testingEndpoints);
  const table =
    rows.length === 0
      ? '_No testing endpoints are in the table yet._'
      : [
          '| Endpoint | Route | What it does |',
          '| --- | --- | --- |',
          ...rows.map(([key, row]) => `| [\`${key}\`](#${opAnchor(key)}) | ${route(row)} | ${docOf(source, key).summary} |`),
        ].join('\n');
  return `## Testing mode and the conformance suite
<a id="testing"></a>

${source.flowSections.testing.summary} The conformance suite drives every rule of this document over HTTP through
these endpoints, so it needs no access to the backend's database, mail or SMS. How a backend turns test mode on is
its own business (the reference backend reads \`TILLIT_TESTING=1\`); a backend not in test mode must answer every
testing route with 404 \`not_found\`, and test mode must never be on in production.

${table}

To run the suite against your backend in test mode, from a checkout of tillit:

\`\`\`sh
npm ci
TILLIT_CONTRACT_URL=https://your-backend npm run test:contract
\`\`\`

- \`TILLIT_CONTRACT_URL\` is the origin the \`/v1\` paths hang off.
- \`TILLIT_CONTRACT_ORIGIN\` (default \`http://localhost:8787\`) is the origin of the exchange's pages in the test: the
  suite's software passkey authenticator writes it into \`clientDataJSON\` when it registers and uses passkeys, and
  the suite uses it for the \`returnTo\` of social sign-in. The backend in test mode must accept that origin for
  WebAuthn ceremonies and as a \`returnTo\` origin; the authenticator signs for the \`rp.id\` / \`rpId\` of the options
  the backend hands out (the origin's host when they name none), so that relying-party id must fit the origin
  (\`localhost\` for the default).
- Every request of the suite comes from one machine, and a run makes a few thousand of them (it prints how many),
  creating several hundred accounts. So that per-client limits (see [Security rules](#security-rules)) judge the
  tests rather than the suite, each request carries \`X-Tillit-Test-Client\`: a backend in test mode must take that
  header, when present, as the client its per-client limits count (the tests of those limits send one value many
  times). A backend not in test mode ignores it.

The suite creates its own accounts through the fixtures (unique ones per run, so it may run again against a
long-lived backend), reads codes from the outbox instead of e-mail and SMS, moves the clock forward to test expiries,
cooldowns and locks, and decides reviews. Each failure names the endpoint and the rule it broke.
`;
}

function securityRulesSection(source: ContractSource): string {
  const rules = source.securityRules.map((rule) => `- **${rule.title}** (\`${rule.id}\`). ${rule.text}`);
  return `### Security rules
<a id="security-rules"></a>

What a backend must do so the elements are safe to use against it, each with the attack it stops. The conformance
suite checks every rule (its tests name the rule as \`[rule: <id>]\`).

${rules.join('\n')}
`;
}

function anyRow(source: ContractSource): string {
  const codes = allRows(source).reduce<string[] | null>((common, [, row]) => {
    const implied = source.impliedErrors(row);
    return common === null ? [...implied] : common.filter((code) => implied.includes(code));
  }, null);
  return (codes ?? []).map((code) => `\`${code}\``).join(', ');
}

function guideSection(guide: FlowGuide, index: number, source: ContractSource, described: Set<string>): string {
  const lines = [`### ${guide.title}`, `<a id="${guideAnchor(index)}"></a>`, '', guide.intro, ''];
  guide.steps.forEach((step, n) => {
    const row = source.endpoints[step.endpoint] ?? source.testingEndpoints[step.endpoint];
    if (row) {
      lines.push(`${n + 1}. [\`${step.endpoint}\`](#${opAnchor(step.endpoint)}) ${route(row)}: ${step.says}`);
      const { description } = docOf(source, step.endpoint);
      if (description && !described.has(step.endpoint)) lines.push(`   ${description}`);
      described.add(step.endpoint);
    } else {
      lines.push(`${n + 1}. \`${step.endpoint}\` (not in the endpoint table yet): ${step.says}`);
    }
  });
  if (guide.rules.length > 0) {
    lines.push('', 'Rules:', ...guide.rules.map((rule) => `- ${rule}`));
  }
  return lines.join('\n') + '\n';
}

function flowsSection(source: ContractSource): string {
  const parts = [
    '## Flows\n<a id="flows"></a>\n',
    'Each journey of the elements as the calls it makes, in order, and the rules the backend enforces on the way. ' +
      "An endpoint's own rules are given where the flows first call it, and again with the endpoint.\n",
  ];
  const described = new Set<string>();
  for (const flow of Object.keys(source.flowSections) as Flow[]) {
    const guides = source.flows.map((guide, index) => ({ guide, index })).filter(({ guide }) => guide.id === flow);
    if (guides.length === 0) continue;
    for (const { guide, index } of guides) parts.push(guideSection(guide, index, source, described));
  }
  return parts.join('\n');
}

function endpointSection(key: string, row: Row, source: ContractSource, schemas: ConvertedSchemas, ctx: TextContext): string {
  const input = splitInput(key, row, schemas.inputs[key] as JsonObject, schemas.components);
  const status = successStatus(row);
  const where = row.path.includes(':') ? ` (in openapi.json \`${openApiPath(row.path)}\`)` : '';
  const doc = docOf(source, key);
  const lines = [`#### \`${key}\``, `<a id="${opAnchor(key)}"></a>`, '', `${route(row)}${where}`, '', doc.summary, ''];
  if (doc.description) lines.push(doc.description, '');
  lines.push(`- Access: ${accessLong[row.access]}`);
  lines.push(`- Success: \`${status}\`${status === 204 ? ', no body' : ''}.`);
  if (row.idempotent) lines.push('- Idempotent: safe to repeat; clients retry it.');
  const own = errorsByStatus(row, source, true).flatMap(([httpStatus, codes]) =>
    codes.map((code) => `\`${code}\` (${httpStatus})`),
  );
  const implied = source.impliedErrors(row).filter((code) => !row.errors.includes(code)).map((code) => `\`${code}\``);
  lines.push(`- Errors: ${own.length === 0 ? 'none of its own' : own.join(', ')}; implied: ${implied.join(', ')}.`);
  lines.push('');
  const table = (entries: [string, JsonObject][], required: (name: string) => boolean): string =>
    fieldTable(
      entries.flatMap(([name, schema]) => [
        ...fieldRows({ type: 'object', properties: { [name]: schema }, required: required(name) ? [name] : [] }, ctx),
      ]),
    );
  if (input.path.length > 0) lines.push('Path parameters:', '', table(input.path, () => true), '');
  const hasQuery = row.method === 'GET' || row.method === 'DELETE';
  if (input.rest.length > 0) {
    const where = hasQuery ? 'Query parameters' : row.upload ? 'Request body (`multipart/form-data`)' : 'Request body (`application/json`)';
    lines.push(`${where}:`, '', table(input.rest, (name) => input.required.has(name)), '');
  }
  const output = schemas.outputs[key];
  if (output !== undefined && status !== 204) lines.push(`Response body (\`${status}\`):`, '', bodyText(output, ctx), '');
  return lines.join('\n');
}

function endpointsSection(source: ContractSource, schemas: ConvertedSchemas, ctx: TextContext): string {
  const rows = allRows(source);
  const parts = [
    '## Endpoints\n<a id="endpoints"></a>\n',
    [
      '| Endpoint | Route | Access | Success | Summary |',
      '| --- | --- | --- | --- | --- |',
      ...rows.map(
        ([key, row]) =>
          `| [\`${key}\`](#${opAnchor(key)}) | ${route(row)} | ${accessShort[row.access]} | ${successStatus(row)} | ${docOf(source, key).summary.replace(/\|/g, '\\|')} |`,
      ),
    ].join('\n') + '\n',
  ];
  for (const flow of Object.keys(source.flowSections) as Flow[]) {
    const inFlow = rows.filter(([, row]) => row.flow === flow);
    if (inFlow.length === 0) continue;
    const section = source.flowSections[flow];
    parts.push(`### ${section.title}\n<a id="${flowAnchor(flow)}"></a>\n\n${section.summary}\n`);
    for (const [key, row] of inFlow) parts.push(endpointSection(key, row, source, schemas, ctx));
  }
  return parts.join('\n');
}

function schemasSection(used: readonly string[], ctx: TextContext): string {
  const parts = ['## Schemas\n<a id="schemas"></a>\n', 'Named shapes the endpoints share (`#/components/schemas/<name>` in openapi.json).\n'];
  for (const name of used) {
    const schema = ctx.components[name] as JsonObject;
    const lines = [`### ${name}`, `<a id="${schemaAnchor(name)}"></a>`, ''];
    const resolved = deref(schema, ctx.components);
    const kind = typeText(resolved, { ...ctx, link: (n) => n });
    if (kind !== 'object') lines.push(`Type: ${typeText(resolved, ctx)}.`, '');
    const rows = fieldRows(resolved, ctx);
    lines.push(rows.length > 0 ? fieldTable(rows) : bodyText(resolved, ctx), '');
    parts.push(lines.join('\n'));
  }
  return parts.join('\n');
}

function errorsSection(source: ContractSource): string {
  const usedBy = new Map<string, string[]>();
  for (const [key, row] of allRows(source)) {
    for (const code of row.errors) usedBy.set(code, [...(usedBy.get(code) ?? []), key]);
  }
  const impliedFor = new Map<string, number>();
  const rows = allRows(source);
  for (const [, row] of rows) for (const code of source.impliedErrors(row)) impliedFor.set(code, (impliedFor.get(code) ?? 0) + 1);
  const lines = [
    '## Error codes\n<a id="error-codes"></a>\n',
    '| Code | HTTP | Meaning | Given by |',
    '| --- | --- | --- | --- |',
  ];
  for (const [code, entry] of Object.entries(source.errorCatalog)) {
    const meaning = source.errorMeanings[code] ?? '';
    const listed = (usedBy.get(code) ?? []).map((key) => `[\`${key}\`](#${opAnchor(key)})`);
    const count = impliedFor.get(code) ?? 0;
    const implied = count === rows.length ? 'every endpoint' : count > 0 ? impliedText[code] : undefined;
    if (count > 0 && !implied) throw new Error(`Implied error code ${code} has no text in scripts/contract/markdown.ts`);
    const route = source.routeErrors.includes(code) ? 'requests no endpoint serves' : undefined;
    const by = [implied, route, ...listed].filter(Boolean).join(', ') || '-';
    lines.push(`| \`${code}\` | ${entry.status} | ${meaning.replace(/\|/g, '\\|')} | ${by} |`);
  }
  lines.push('', '### Field error codes\n<a id="field-error-codes"></a>\n', 'The `code` of each entry of `fields` in a `validation_failed` problem.\n');
  lines.push('| Code | Meaning |', '| --- | --- |');
  for (const code of source.fieldErrorCodes) {
    const meaning = fieldErrorMeanings[code];
    if (!meaning) throw new Error(`Field error code ${code} has no meaning in scripts/contract/markdown.ts`);
    lines.push(`| \`${code}\` | ${meaning} |`);
  }
  return lines.join('\n') + '\n';
}

/** CONTRACT.md: the guide a backend team implements from. */
export function renderMarkdown(source: ContractSource, schemas: ConvertedSchemas, usedComponents: readonly string[]): string {
  const ctx: TextContext = {
    components: schemas.components,
    link: (name) => `[${name}](#${schemaAnchor(name)})`,
  };
  const header = `# tillit backend contract

Contract version ${source.version}. Generated from the endpoint table in \`src/contract/\` by
\`scripts/generate-contract.ts\` (\`npm run generate\`): do not edit by hand. The same table produces
[openapi.json](openapi.json) (OpenAPI 3.1), the typed client of the elements, and the conformance suite.

A backend that serves these endpoints with these rules works with every tillit element. Implement the
[basics](#basics), then the endpoints flow by flow, and check your work with the
[conformance suite](#testing).

## Contents
- [Basics](#basics)
  - [Security rules](#security-rules)
- [Testing mode and the conformance suite](#testing)
- [Flows](#flows)
${source.flows.map((guide, index) => `  - [${guide.title}](#${guideAnchor(index)})`).join('\n')}
- [Endpoints](#endpoints)
${(Object.keys(source.flowSections) as Flow[])
  .filter((flow) => allRows(source).some(([, row]) => row.flow === flow))
  .map((flow) => `  - [${source.flowSections[flow].title}](#${flowAnchor(flow)})`)
  .join('\n')}
- [Schemas](#schemas)
- [Error codes](#error-codes)
`;
  const sections = [
    header,
    `<a id="basics"></a>\n\n${intro(source, ctx)}\n${securityRulesSection(source)}`,
    testingSection(source),
    flowsSection(source),
    endpointsSection(source, schemas, ctx),
    schemasSection(usedComponents, ctx),
    errorsSection(source),
  ];
  return sections.join('\n').replace(/\n{3,}/g, '\n\n').replace(/\s*$/, '\n');
}
