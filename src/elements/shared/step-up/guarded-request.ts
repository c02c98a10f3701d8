import { isTillitError } from '../../../client/errors.js';
import { interruptedError, type AsyncActionController } from '../../../controllers/async-action-controller.js';
import type { ErrorLike } from '../../../i18n/error-message.js';

export interface GuardedRequestContext {
  readonly action: AsyncActionController;
  readonly words: { errorsReady(): Promise<void> };
  readonly feedback: { showError(error: ErrorLike | string): void };
}

/**
 * The sensitive action right after a step-up handed over its token (`startTotpSetup`, `issueRecoveryPhrase`, ...):
 * one request through the element's runner, still pending while the error messages load (the first words said
 * about a failure are the right ones), and a failure shown as the generic message for its code. The token is spent
 * or the request did not arrive: the step-up view's "Start again" begins anew.
 */
export async function guardedRequest<T>(
  ctx: GuardedRequestContext,
  label: string,
  work: (signal: AbortSignal) => Promise<T>,
  done: (value: T) => void,
): Promise<void> {
  const outcome = await ctx.action.run(label, (signal) =>
    work(signal).catch(async (error: unknown) => {
      await ctx.words.errorsReady();
      throw error;
    }),
  );
  if (outcome.kind === 'stale') return;
  if (outcome.kind === 'done') return done(outcome.value);
  await ctx.words.errorsReady();
  ctx.feedback.showError(outcome.kind === 'failed' && isTillitError(outcome.error) ? outcome.error : interruptedError());
}
