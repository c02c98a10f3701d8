import type { Clock } from './clock.js';
import { randomToken } from './ids.js';

/**
 * The demo's robot check. A real backend verifies a provider's token (hCaptcha, Turnstile, reCAPTCHA) with the
 * provider; this one mints single-use tokens itself: the demo page's "I'm not a robot" box and the testing API
 * ask for one, the backend accepts each once within 2 minutes.
 */
export class CaptchaService {
  private readonly tokens = new Map<string, number>();

  constructor(private readonly clock: Clock) {}

  issue(): string {
    const token = `captcha_${randomToken(18)}`;
    this.tokens.set(token, this.clock.nowMs() + 120_000);
    return token;
  }

  redeem(token: string | undefined): boolean {
    if (!token) return false;
    const expires = this.tokens.get(token);
    this.tokens.delete(token);
    return expires !== undefined && expires > this.clock.nowMs();
  }
}
