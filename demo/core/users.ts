import type { Identifier } from '../../src/contract/index.js';
import type { Clock } from './clock.js';
import { DAY, isoInstant } from './clock.js';
import { randomId, randomToken } from './ids.js';
import { identifierValue, type UserRecord } from './model.js';
import { hashPassword } from './passwords.js';

/** An unbound e-mail or phone cannot be bound or registered again for 30 days. */
export const REBIND_COOLDOWN_SECONDS = 30 * DAY;

export interface NewUser {
  displayName?: string;
  email?: string | null;
  phone?: string | null;
  /** null: a passwordless account. */
  password: string | null;
  /** A hash of `password` made earlier by hashPassword (the seed reuses its own); hashed here when absent. */
  passwordHash?: string;
  totpSecret?: string | null;
  smsTwoFactor?: boolean;
  emailTwoFactor?: boolean;
}

export class UserStore {
  private readonly byId = new Map<string, UserRecord>();
  /** Unbound identifiers and when they may be used again (ms). */
  private readonly cooldowns = new Map<string, number>();

  constructor(private readonly clock: Clock) {}

  async create(input: NewUser): Promise<UserRecord> {
    const now = isoInstant(this.clock.nowMs());
    const email = input.email?.toLowerCase() ?? null;
    const user: UserRecord = {
      id: randomId('usr'),
      displayName: input.displayName ?? (email ? email.split('@')[0] ?? 'user' : 'user'),
      email,
      phone: input.phone ?? null,
      passwordHash: input.password === null ? null : (input.passwordHash ?? (await hashPassword(input.password))),
      passwordChangedAt: input.password === null ? null : now,
      totp: input.totpSecret ? { secret: input.totpSecret, lastStep: 0, enabledAt: now } : null,
      smsTwoFactor: input.smsTwoFactor ?? false,
      emailTwoFactor: input.emailTwoFactor ?? false,
      preferredMethod: input.totpSecret ? 'totp' : input.smsTwoFactor ? 'sms' : input.emailTwoFactor ? 'email' : null,
      passkeys: [],
      webauthnUserId: randomToken(16),
      recoveryPhrase: null,
      socialLinks: [],
      failedSignIns: 0,
      lockedUntilMs: 0,
      withdrawalLock: null,
      kyc: { level: 0, profile: null, submission: null },
      createdAt: now,
    };
    this.byId.set(user.id, user);
    return user;
  }

  get(id: string): UserRecord | undefined {
    return this.byId.get(id);
  }

  all(): IterableIterator<UserRecord> {
    return this.byId.values();
  }

  findByIdentifier(identifier: Identifier): UserRecord | undefined {
    const value = identifierValue(identifier);
    for (const user of this.byId.values()) {
      if (identifier.type === 'email' ? user.email === value : user.phone === value) return user;
    }
    return undefined;
  }

  findByWebauthnUserId(handle: string): UserRecord | undefined {
    for (const user of this.byId.values()) if (user.webauthnUserId === handle) return user;
    return undefined;
  }

  /** Whether an e-mail/phone is free to bind: not used by another account and not in its 30-day cooldown. */
  availability(value: string): { taken: boolean; availableAt: string | null } {
    const lower = value.toLowerCase();
    const taken = [...this.byId.values()].some((u) => u.email === lower || u.phone === value);
    const until = this.cooldowns.get(lower) ?? 0;
    return { taken, availableAt: until > this.clock.nowMs() ? isoInstant(until) : null };
  }

  startCooldown(value: string): string {
    const until = this.clock.nowMs() + REBIND_COOLDOWN_SECONDS * 1000;
    this.cooldowns.set(value.toLowerCase(), until);
    return isoInstant(until);
  }
}
