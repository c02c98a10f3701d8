/**
 * Browsers refuse to let script set `Cookie` on a Request or read `Set-Cookie` from a Response, so a backend
 * running inside the page cannot use cookie sessions. The jar stands in for the browser's cookie store: it asks
 * the backend for bearer sessions, keeps the token out of the element's reach, and adds it to later requests. It
 * keeps the social sign-in `binding` the same way, as the `tillit_social` cookie would be kept. Elements and the
 * client keep running in their default cookie mode, as they would against a real backend.
 */
export function withSessionJar(handler: (request: Request) => Promise<Response>): typeof fetch {
  let token: string | null = null;
  /** Social sign-in bindings by `state`, as the cookie that ties a state to this browser. */
  const bindings = new Map<string, string>();

  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    let request = new Request(input, init);
    const headers = new Headers(request.headers);
    headers.set('x-tillit-session-mode', 'bearer');
    if (token && !headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
    const path = new URL(request.url).pathname;
    if (/^\/v1\/sign-in\/social\/[^/]+\/finish$/.test(path)) request = await withBinding(request, bindings);
    const response = await handler(new Request(request, { headers }));

    if (request.method === 'DELETE' && path === '/v1/session' && response.ok) token = null;
    // Only a session that is gone ends the jar's: a 401 for a wrong current password (`invalid_credentials` on
    // `changePassword`) leaves the browser's cookie alone too.
    if (response.status === 401 && (await problemCode(response)) !== 'invalid_credentials') token = null;
    if (!response.headers.get('content-type')?.includes('application/json')) return response;

    const body: unknown = await response.clone().json();
    if (/^\/v1\/sign-in\/social\/[^/]+\/start$/.test(path) && response.ok) return keepBinding(body, response, bindings);
    const session = findSession(body);
    if (!session) return response;
    token = session.token;
    // Hide the token as a real cookie session would, so the element sees what it sees in production.
    delete (session as { token?: string }).token;
    return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
  };
}

/** The `code` of a problem answer, if it is one. */
async function problemCode(response: Response): Promise<unknown> {
  try {
    return ((await response.clone().json()) as { code?: unknown }).code;
  } catch {
    return undefined;
  }
}

/** Takes the `binding` out of a social start answer and keeps it, as a browser keeps the cookie. */
function keepBinding(body: unknown, response: Response, bindings: Map<string, string>): Response {
  const answer = body as { state?: unknown; binding?: unknown };
  if (typeof answer.state !== 'string' || typeof answer.binding !== 'string') return response;
  bindings.set(answer.state, answer.binding);
  delete answer.binding;
  return new Response(JSON.stringify(answer), { status: response.status, headers: response.headers });
}

/** Adds the kept `binding` of the request's `state` to a social finish, as the browser would send the cookie. */
async function withBinding(request: Request, bindings: Map<string, string>): Promise<Request> {
  const text = await request.clone().text();
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return request;
  }
  const binding = typeof body['state'] === 'string' ? bindings.get(body['state']) : undefined;
  if (!binding) return request;
  bindings.delete(body['state'] as string);
  return new Request(request, { body: JSON.stringify({ ...body, binding }) });
}

function findSession(body: unknown): { token: string } | null {
  if (typeof body !== 'object' || body === null) return null;
  const record = body as Record<string, unknown>;
  if (typeof record['token'] === 'string' && 'user' in record) return record as { token: string };
  return findSession(record['session']);
}
