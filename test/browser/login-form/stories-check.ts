// The stories of stories/login-form.stories.ts through the shared runner, in the element's texts. One suite file per
// language (stories.<lang>.a11y.test.ts), so they run in parallel and each stays well inside the runner's limit.
import type { LoginForm } from '../../../src/elements/login-form/login-form.js';
import { loginFormSections } from '../../../src/elements/login-form/messages.js';
import { codeMessages } from '../../../src/i18n/code.js';
import * as stories from '../../../stories/login-form.stories.js';
import type { LoginFormTexts } from '../../../stories/login-form.stories.js';
import { checkStory as check, storiesOf, storyTexts, type RenderableStory } from '../support/story-check.js';

export const all = storiesOf<LoginForm, LoginFormTexts>(stories);

export async function checkStory(name: string, story: RenderableStory<LoginForm, LoginFormTexts>, theme: string, lang: string): Promise<void> {
  await check(name, story, await storyTexts<LoginFormTexts>({ ...loginFormSections, code: codeMessages }, lang), theme, lang, 8000);
}
