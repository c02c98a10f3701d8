import { CaptchaService } from './captcha.js';
import { Clock } from './clock.js';
import { CodeService } from './codes.js';
import type { OutboxMessage } from './model.js';
import { RateLimiter } from './rate-limit.js';
import { SessionStore } from './sessions.js';
import { UserStore } from './users.js';
import { VerificationTokens } from './verifications.js';

export interface BackendOptions {
  /** Serve the testing endpoints (fixtures, outbox, clock, review decisions). Never in production. */
  testing?: boolean;
  /** WebAuthn relying party: the site's registrable domain and the origins allowed to use passkeys. */
  rpId?: string;
  rpName?: string;
  origins?: string[];
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
  /** Per-flow state owned by each route module (challenges, resets, setups...), keyed by module. */
  private readonly flowState = new Map<string, unknown>();

  constructor(readonly options: Required<Pick<BackendOptions, 'rpId' | 'rpName' | 'origins' | 'publicUrl'>> & BackendOptions) {}

  /** The state object of one route module, created on first use. */
  state<T>(key: string, init: () => T): T {
    if (!this.flowState.has(key)) this.flowState.set(key, init());
    return this.flowState.get(key) as T;
  }
}
