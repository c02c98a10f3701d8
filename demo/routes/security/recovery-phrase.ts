import type { Hono } from 'hono';
import { securityEndpoints as rows, type IssuedRecoveryPhrase } from '../../../src/contract/index.js';
import { livePending } from '../../core/challenges.js';
import { MINUTE, isoInstant } from '../../core/clock.js';
import { wrongAnswer } from '../../core/codes.js';
import type { BackendContext } from '../../core/context.js';
import { randomId } from '../../core/ids.js';
import type { UserRecord } from '../../core/model.js';
import { ApiProblem } from '../../core/problem.js';
import { hashPassword, verifyPassword } from '../../core/passwords.js';
import { route } from '../../core/router.js';
import { RECOVERY_WORDS } from './wordlist.js';

export const PHRASE_WORDS = 12;
export const CONFIRM_WORDS = 3;
export const PHRASE_CONFIRM_SECONDS = 10 * MINUTE;

/** The salted hashes of a phrase: of the whole phrase (what later recovery checks) and of the asked words. */
interface PhraseHashes {
  phraseHash: string;
  confirmHash: string;
}

/**
 * An issued, not yet confirmed phrase. Only hashes are kept (the words themselves exist only in the answer), and
 * they are computed while the answer goes out: scrypt twice would otherwise hold up the answer, which for
 * `confirmTotpSetup` is the binding itself. Confirmation waits for them.
 */
interface PendingPhrase {
  id: string;
  userId: string;
  confirmIndexes: number[];
  hashes: Promise<PhraseHashes>;
  issuedAt: string;
  expiresAtMs: number;
  wrongTries: number;
}

/** Normal form of words before hashing: what the user types may differ in case and spacing. */
export const phraseText = (words: readonly string[]): string => words.map((w) => w.trim().toLowerCase()).join(' ');

function randomWords(): string[] {
  // 256 words, one uniform byte each: no modulo bias.
  return [...crypto.getRandomValues(new Uint8Array(PHRASE_WORDS))].map((b) => RECOVERY_WORDS[b]!);
}

function randomIndexes(): number[] {
  const picked = new Set<number>();
  while (picked.size < CONFIRM_WORDS) {
    const [n] = crypto.getRandomValues(new Uint8Array(1));
    // 252 is the largest multiple of 12 below 256: rejecting above it keeps positions uniform.
    if (n !== undefined && n < 252) picked.add(n % PHRASE_WORDS);
  }
  return [...picked].sort((a, b) => a - b);
}

const pendingOf = (ctx: BackendContext) => ctx.state('security-recovery-phrases', () => new Map<string, PendingPhrase>());

/**
 * A new phrase for `user`, pending until confirmed (what `issueRecoveryPhrase` answers after its step-up, and what
 * `confirmTotpSetup` answers with the binding of an account without a confirmed phrase). It replaces a pending
 * one, never the active one: that stays until the new phrase is confirmed.
 */
export function issuePhrase(ctx: BackendContext, user: UserRecord): IssuedRecoveryPhrase {
  const pending = pendingOf(ctx);
  for (const p of pending.values()) if (p.userId === user.id) pending.delete(p.id);
  const words = randomWords();
  const confirmIndexes = randomIndexes();
  const now = ctx.clock.nowMs();
  const hashes = (async (): Promise<PhraseHashes> => ({
    phraseHash: await hashPassword(phraseText(words)),
    confirmHash: await hashPassword(phraseText(confirmIndexes.map((i) => words[i]!))),
  }))();
  const entry: PendingPhrase = {
    id: randomId('rph'),
    userId: user.id,
    confirmIndexes,
    hashes,
    issuedAt: isoInstant(now),
    expiresAtMs: now + PHRASE_CONFIRM_SECONDS * 1000,
    wrongTries: 0,
  };
  pending.set(entry.id, entry);
  return { phraseId: entry.id, words, confirmIndexes, expiresAt: isoInstant(entry.expiresAtMs) };
}

export function registerRecoveryPhraseRoutes(app: Hono, ctx: BackendContext): void {
  const pending = pendingOf(ctx);

  route(app, ctx, rows.issueRecoveryPhrase, ({ verificationToken }, call) => {
    ctx.verifications.consume(verificationToken, call.session!, 'issue_recovery_phrase');
    return issuePhrase(ctx, call.user!);
  });

  route(app, ctx, rows.confirmRecoveryPhrase, async ({ phraseId, words }, call) => {
    const user = call.user!;
    const entry = livePending(ctx, pending, phraseId, user);
    const given = [...words].sort((a, b) => a.index - b.index);
    const asked = given.every((w, i) => w.index === entry.confirmIndexes[i]);
    if (!asked) throw new ApiProblem('validation_failed', { fields: [{ path: 'words', code: 'mismatch' }] });

    const { phraseHash, confirmHash } = await entry.hashes;
    if (!(await verifyPassword(phraseText(given.map((w) => w.word)), confirmHash))) {
      throw wrongAnswer(++entry.wrongTries, () => pending.delete(phraseId));
    }
    pending.delete(phraseId);
    // Only now does the new phrase replace the old one: an abandoned issue leaves the working phrase in place.
    const confirmedAt = isoInstant(ctx.clock.nowMs());
    user.recoveryPhrase = { hash: phraseHash, issuedAt: entry.issuedAt, confirmedAt };
    return { issuedAt: entry.issuedAt, confirmedAt };
  });
}
