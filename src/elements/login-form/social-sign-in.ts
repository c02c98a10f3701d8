import { TillitError } from '../../client/errors.js';
import type { SocialProvider } from '../../contract/index.js';
import type { SignInContext } from './sign-in-context.js';
import { isWebUrl, readSocialReturn, socialReturnTo, withoutSocialReturn } from './social-return.js';

/*
 * "Continue with Google / Apple", loaded when a button is pressed or the page is a provider's return: starts the
 * provider's sign-in (the browser leaves for the provider, only ever to an http(s) URL), and finishes it on the
 * page the provider sends the browser back to, removing the provider's answer from the address bar first so a
 * reload cannot replay it and no `Referer` carries the code away.
 */

export function startSocialSignIn(ctx: SignInContext, provider: SocialProvider): Promise<void> {
  const returnTo = socialReturnTo(ctx.host.returnTo, provider, location.href);
  return ctx.send(
    provider,
    ['startSocialSignIn'],
    (client, signal) => client.startSocialSignIn({ provider, returnTo }, { signal }),
    ({ url }) => {
      if (isWebUrl(url)) return ctx.host.navigate(url);
      console.error(`tillit: <login-form> refused to navigate to a non-http(s) URL from the backend: ${url}`);
      ctx.fail(new TillitError('social_failed', 'The backend answered a social sign-in URL that is not http(s).'));
    },
  );
}

/**
 * Finishes a Google/Apple sign-in from the return page's query. Resolves `false` when the query is not such a
 * return; a return with an error (`access_denied`: the person said no at the provider) is shown, not dropped.
 */
export async function finishSocialSignIn(ctx: SignInContext, query: URLSearchParams): Promise<boolean> {
  const answer = readSocialReturn(query);
  if (!answer) return false;
  const clean = withoutSocialReturn(location.href);
  if (clean) history.replaceState(history.state, '', clean);
  if ('error' in answer) {
    if (answer.error === 'access_denied') ctx.feedback.showAlert(() => ctx.i18n.t.loginForm.socialCancelled);
    else ctx.fail(new TillitError('social_failed', `The provider answered ${answer.error}.`));
    return true;
  }
  ctx.preloadSecondFactor();
  await ctx.send(
    answer.provider,
    ['finishSocialSignIn'],
    (client, signal) => client.finishSocialSignIn(answer, { signal }),
    (result) => ctx.answered(result, answer.provider),
  );
  return true;
}
