import type { SecondFactorChallenge, Session } from '../../contract/index.js';
import { CodeChallengeController } from '../../controllers/code-challenge-controller.js';
import type { SignInMethod } from '../../events/signed-in.js';
import type { SignInContext } from './sign-in-context.js';
import { secondFactorStep, type SecondFactorLinks } from './steps/second-factor-step.js';

/**
 * The second factor of a sign-in: the shared code flow over the sign-in challenge rows. Loaded while the password
 * is being checked (most sign-ins never need it). It remembers how the sign-in began, so a Google or Apple sign-in
 * that continues through 2FA is reported as `google` / `apple`, not as a password sign-in.
 */
export class SecondFactor {
  readonly code: CodeChallengeController<{ session: Session }>;
  private readonly ctx: SignInContext;
  private via: SignInMethod = 'password';

  constructor(ctx: SignInContext) {
    this.ctx = ctx;
    this.code = new CodeChallengeController(ctx.host, {
      action: ctx.action,
      feedback: ctx.feedback,
      words: ctx.i18n,
      verified: ({ session }) => ctx.signedIn(session, this.via),
      failed: (error) => ctx.fail(error),
      methodChanged: (method) => ctx.steps.goTo('second-factor', method),
    });
  }

  start(challenge: SecondFactorChallenge, via: SignInMethod): void {
    this.via = via;
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

  render(links: SecondFactorLinks) {
    return secondFactorStep(this.code.view(), links);
  }
}
