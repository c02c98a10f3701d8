import { TillitError } from '../../client/errors.js';
import type { SocialProvider } from '../../contract/index.js';
import type { SignInContext } from './sign-in-context.js';
import { isWebUrl, readSocialReturn, socialReturnTo, withoutSocialReturn } from './social-return.js';

/**
 * "Continue with Google / Apple": starts the provider's sign-in (the browser leaves for the provider, only ever to
 * an http(s) URL), and finishes it on the page the provider sends the browser back to, removing the provider's
 * answer from the address bar first so a reload cannot replay it and no `Referer` carries the code away.
 */
export class SocialSignIn {
  private readonly ctx: SignInContext;

  constructor(ctx: SignInContext) {
    this.ctx = ctx;
  }

  start(provider: SocialProvider): void {
    const returnTo = socialReturnTo(this.ctx.host.returnTo, provider, location.href);
    void this.ctx.send(
      provider,
      ['startSocialSignIn'],
      (client, signal) => client.startSocialSignIn({ provider, returnTo }, { signal }),
      ({ url }) => {
        if (isWebUrl(url)) return this.ctx.host.navigate(url);
        console.error(`tillit: <login-form> refused to navigate to a non-http(s) URL from the backend: ${url}`);
        this.ctx.fail(new TillitError('social_failed', 'The backend answered a social sign-in URL that is not http(s).'));
      },
    );
  }

  /**
   * Finishes a Google/Apple sign-in from the return page's query. Resolves `false` when the query is not such a
   * return; a return with an error (`access_denied`: the person said no at the provider) is shown, not dropped.
   */
  async finish(query: URLSearchParams): Promise<boolean> {
    const answer = readSocialReturn(query);
    if (!answer) return false;
    const clean = withoutSocialReturn(location.href);
    if (clean) history.replaceState(history.state, '', clean);
    if ('error' in answer) {
      const { i18n, feedback } = this.ctx;
      if (answer.error === 'access_denied') feedback.showAlert(() => i18n.t.loginForm.socialCancelled);
      else feedback.showError('social_failed');
      return true;
    }
    this.ctx.preloadSecondFactor();
    await this.ctx.send(
      answer.provider,
      ['finishSocialSignIn'],
      (client, signal) => client.finishSocialSignIn(answer, { signal }),
      (result) => this.ctx.answered(result, answer.provider),
    );
    return true;
  }
}
