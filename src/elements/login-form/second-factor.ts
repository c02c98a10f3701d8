import type { TemplateResult } from 'lit';
import type { SecondFactorChallenge, Session } from '../../contract/index.js';
import { CodeChallengeController } from '../../controllers/code-challenge-controller.js';
import { codeMessages } from '../../i18n/code.js';
import { codeStyles } from '../shared/code-styles.js';
import type { SignInMethod } from '../../events/signed-in.js';
import type { SignInContext } from './sign-in-context.js';
import { secondFactorStep, type SecondFactorLinks } from './steps/second-factor-step.js';

/**
 * The second factor of a sign-in: the shared code flow over the sign-in challenge rows. Loaded while the password
 * is being checked (most sign-ins never need it). It remembers how the sign-in began, so a Google or Apple sign-in
 * that continues through 2FA is reported as `google` / `apple`, not as a password sign-in.
 */
/** Loads what the second factor shows (its messages, in the page's language) and makes it. */
export async function loadSecondFactor(ctx: SignInContext): Promise<SecondFactor> {
  await ctx.i18n.add({ code: codeMessages });
  return new SecondFactor(ctx);
}

export class SecondFactor {
  /** The code form's sheet, adopted into the light DOM with this chunk. */
  readonly styles = codeStyles;
  readonly code: CodeChallengeController<{ session: Session }>;
  /** The sign-in challenge being answered: "Lost your authenticator app?" hands it to `<two-factor-reset>`. */
  challenge: SecondFactorChallenge | undefined;
  private readonly ctx: SignInContext;
  private via: SignInMethod = 'password';

  constructor(ctx: SignInContext) {
    this.ctx = ctx;
    // `code` is there: `load` added it before this controller was made.
    const words = ctx.i18n.withAdded();
    this.code = new CodeChallengeController(ctx.host, {
      action: ctx.action,
      feedback: ctx.feedback,
      words,
      verified: ({ session }) => ctx.signedIn(session, this.via),
      failed: (error) => ctx.fail(error),
      methodChanged: (method) => ctx.steps.goTo('second-factor', method),
    });
  }

  start(challenge: SecondFactorChallenge, via: SignInMethod): void {
    this.via = via;
    this.challenge = challenge;
    const { id: challengeId } = challenge;
    const client = () => this.ctx.client.get('sendSignInCode', 'verifySignInCode');
    this.code.start(
      challenge,
      {
        send: async (channel, signal) => (await client()).sendSignInCode({ challengeId, channel }, { signal }),
        verify: async (method, code, signal) => (await client()).verifySignInCode({ challengeId, method, code }, { signal }),
      },
      challenge.preferredMethod,
    );
  }

  render(links: SecondFactorLinks): TemplateResult {
    return secondFactorStep(this.code.view(), links);
  }
}
