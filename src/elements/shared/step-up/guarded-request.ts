import { isTillitError } from '../../../client/errors.js';
import { interruptedError, type AsyncActionController } from '../../../controllers/async-action-controller.js';
import type { StepUpGrant } from '../../../controllers/step-up-controller.js';
import type { ErrorLike } from '../../../i18n/error-message.js';

export interface GuardedRequestContext {
  readonly action: AsyncActionController;
  readonly words: { errorsReady(): Promise<void> };
  readonly feedback: { showError(error: ErrorLike | string): void };
}

/** The answers that say the token is of no more use (spent, expired, for another action): only a new step-up helps. */
const TOKEN_GONE: ReadonlySet<string> = new Set(['verification_invalid', 'step_up_required']);

/**
 * The sensitive action right after a step-up handed over its grant (`startTotpSetup`, `issueRecoveryPhrase`): one
 * request through the element's runner, still pending while the error messages load (the first words said about
 * a failure are the right ones), and a failure shown as the generic message for its code.
 * The grant is kept until the backend has used it or refused it: a request that failed on the way (offline, a
 * timeout, 5xx, 429, an answer that was not the contract's) is sent again by `retry()` with the same token, with no
 * second step-up. Whether the token is still good is the backend's to say: `verification_invalid` (expired, spent)
 * or `step_up_required` drops it, and the step-up view's "Start again" begins anew.
 */
export class GuardedRequest<T> {
  private grant: StepUpGrant | undefined;

  constructor(
    private readonly ctx: GuardedRequestContext,
    private readonly label: string,
    private readonly work: (verificationToken: string, signal: AbortSignal) => Promise<T>,
    private readonly done: (value: T) => void,
  ) {}

  /** Whether a failed request can be sent again with the grant it holds (not spent, not refused). */
  get retryable(): boolean {
    return this.grant !== undefined && this.ctx.action.pending !== this.label;
  }

  /** The step-up is confirmed: the request, with its token. */
  send(grant: StepUpGrant): Promise<void> {
    this.grant = grant;
    return this.run(grant);
  }

  /** "Try again" after a failure: the same token once more. */
  retry(): Promise<void> {
    return this.grant ? this.run(this.grant) : Promise.resolve();
  }

  /** The flow starts anew or ends: the grant is not used again. */
  forget(): void {
    this.grant = undefined;
  }

  private async run(grant: StepUpGrant): Promise<void> {
    const outcome = await this.ctx.action.run(this.label, (signal) =>
      this.work(grant.verificationToken, signal).catch(async (error: unknown) => {
        await this.ctx.words.errorsReady();
        throw error;
      }),
    );
    if (outcome.kind === 'stale') return;
    if (outcome.kind === 'done') {
      this.grant = undefined;
      return this.done(outcome.value);
    }
    const error = outcome.kind === 'failed' && isTillitError(outcome.error) ? outcome.error : interruptedError();
    if (TOKEN_GONE.has(error.code)) this.grant = undefined;
    await this.ctx.words.errorsReady();
    this.ctx.feedback.showError(error);
  }
}
