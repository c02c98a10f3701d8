import { CaptchaService } from './captcha.js';
import { Clock } from './clock.js';
import { CodeService } from './codes.js';
import type { OutboxMessage } from './model.js';
import { RateLimiter } from './rate-limit.js';
import { KeyedSerial } from './serial.js';
import { SessionStore } from './sessions.js';
import { UserStore } from './users.js';
import { VerificationTokens } from './verifications.js';

export interface BackendOptions {
  /**
   * Serve the testing endpoints (fixtures, sessions without factors, the outbox of sent codes, a movable clock,
   * review decisions) and take `X-Tillit-Test-Client` as the client of per-client limits. Any of it is an account
   * takeover: never in production (CONTRACT.md, Security rules: `testing-mode`).
   */
  testing?: boolean;
  /** WebAuthn relying party: the site's registrable domain. */
  rpId?: string;
  rpName?: string;
  /**
   * The exchange's own origins (`https://exchange.example`): the ones passkeys may be used on, the only ones a social
   * sign-in may return to, and the only ones CORS allows credentials (cookies) for.
   */
  origins?: string[];
  /**
   * The backend runs behind a proxy of its own that appends the client's address to `X-Forwarded-For`: per-client
   * limits then count the last address there instead of the peer's (which is the proxy). Off, the header is ignored,
   * since anyone can send it.
   */
  trustProxy?: boolean;
  /** Create the documented demo accounts. */
  seed?: boolean;
  /** Where Google/Apple send the browser to in the demo (the fake identity provider page). */
  publicUrl?: string;
  /** Log unexpected errors (the response never carries them). */
  log?: (message: string, error: unknown) => void;
}

/** Everything the route modules share: one instance per backend. */
export class BackendContext {
  readonly clock = new Clock();
  readonly outbox: OutboxMessage[] = [];
  readonly users = new UserStore(this.clock);
  readonly sessions = new SessionStore(this.clock);
  readonly codes = new CodeService(this.clock, this.outbox);
  readonly limiter = new RateLimiter(this.clock);
  readonly verifications = new VerificationTokens(this.clock);
  readonly captcha = new CaptchaService(this.clock);
  /** One-at-a-time lanes, by key, for checks whose decision and count must be one step (sign-in per identifier). */
  readonly serial = new KeyedSerial();
  /** Per-flow state owned by each route module (challenges, resets, setups...), keyed by module. */
  private readonly flowState = new Map<string, unknown>();

  constructor(readonly options: Required<Pick<BackendOptions, 'rpId' | 'rpName' | 'origins' | 'publicUrl'>> & BackendOptions) {}

  /** The state object of one route module, created on first use. */
  state<T>(key: string, init: () => T): T {
    if (!this.flowState.has(key)) this.flowState.set(key, init());
    return this.flowState.get(key) as T;
  }
}
