import { createClient } from 'tillit/client';

/** The page's one client of the exchange's backend (same origin: cookie session with CSRF). */
export const client = createClient({ baseUrl: location.origin });

/**
 * The demo's robot check. A real exchange would run its captcha here; the demo's `/demo/captcha` hands out a
 * single-use token, so the flow the element goes through is the real one.
 */
export async function captchaProvider(): Promise<string> {
  const answer = await fetch('/demo/captcha', { method: 'POST' });
  if (!answer.ok) throw new Error(`robot check failed: ${answer.status}`);
  const { token } = (await answer.json()) as { token: string };
  return token;
}
