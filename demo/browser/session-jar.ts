/**
 * Browsers refuse to let script set `Cookie` on a Request or read `Set-Cookie` from a Response, so a backend
 * running inside the page cannot use cookie sessions. The jar stands in for the browser's cookie store: it asks
 * the backend for bearer sessions, keeps the token out of the element's reach, and adds it to later requests.
 * Elements and the client keep running in their default cookie mode, as they would against a real backend.
 */
export function withSessionJar(handler: (request: Request) => Promise<Response>): typeof fetch {
  let token: string | null = null;

  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const headers = new Headers(request.headers);
    headers.set('x-tillit-session-mode', 'bearer');
    if (token && !headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
    const response = await handler(new Request(request, { headers }));

    if (request.method === 'DELETE' && new URL(request.url).pathname === '/v1/session' && response.ok) token = null;
    if (response.status === 401) token = null;
    if (!response.headers.get('content-type')?.includes('application/json')) return response;

    const body: unknown = await response.clone().json();
    const session = findSession(body);
    if (!session) return response;
    token = session.token;
    // Hide the token as a real cookie session would, so the element sees what it sees in production.
    delete (session as { token?: string }).token;
    return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
  };
}

function findSession(body: unknown): { token: string } | null {
  if (typeof body !== 'object' || body === null) return null;
  const record = body as Record<string, unknown>;
  if (typeof record['token'] === 'string' && 'user' in record) return record as { token: string };
  return findSession(record['session']);
}
