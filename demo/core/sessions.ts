import type { Session } from '../../src/contract/index.js';
import type { Clock } from './clock.js';
import { DAY, isoInstant } from './clock.js';
import { randomToken } from './ids.js';
import type { UserRecord } from './model.js';
import { maskEmail, maskPhone } from './model.js';

export const SESSION_COOKIE = 'tillit_session';
export const SESSION_TTL_SECONDS = 7 * DAY;

export interface SessionRecord {
  token: string;
  userId: string;
  csrfToken: string;
  mode: 'cookie' | 'bearer';
  expiresAtMs: number;
}

export class SessionStore {
  private readonly byToken = new Map<string, SessionRecord>();

  constructor(private readonly clock: Clock) {}

  create(userId: string, mode: 'cookie' | 'bearer'): SessionRecord {
    const record: SessionRecord = {
      token: randomToken(32),
      userId,
      csrfToken: randomToken(24),
      mode,
      expiresAtMs: this.clock.nowMs() + SESSION_TTL_SECONDS * 1000,
    };
    this.byToken.set(record.token, record);
    return record;
  }

  find(token: string | undefined): SessionRecord | null {
    if (!token) return null;
    const record = this.byToken.get(token);
    if (!record) return null;
    if (record.expiresAtMs <= this.clock.nowMs()) {
      this.byToken.delete(token);
      return null;
    }
    return record;
  }

  end(token: string): void {
    this.byToken.delete(token);
  }

  /** Ends every session of a user but `keep` (after a password reset, all other devices are signed out). */
  endAllFor(userId: string, keep?: string): void {
    for (const [token, record] of this.byToken) if (record.userId === userId && token !== keep) this.byToken.delete(token);
  }
}

export function sessionView(record: SessionRecord, user: UserRecord): Session {
  return {
    user: {
      id: user.id,
      displayName: user.displayName,
      email: user.email ? maskEmail(user.email) : null,
      phone: user.phone ? maskPhone(user.phone) : null,
    },
    expiresAt: isoInstant(record.expiresAtMs),
    ...(record.mode === 'cookie' ? { csrfToken: record.csrfToken } : { token: record.token }),
  };
}
