// The stories of stories/security-settings*.stories.ts through the shared runner, in the element's texts. One suite
// file per language and theme.
import { securitySettingsSections } from '../../../src/elements/security-settings/messages.js';
import { taskSections } from '../../../src/elements/security-settings/task-sections.js';
import type { SecuritySettings } from '../../../src/elements/security-settings/security-settings.js';
import * as codesStories from '../../../stories/security-settings-codes.stories.js';
import * as passkeyStories from '../../../stories/security-settings-passkeys.stories.js';
import * as stories from '../../../stories/security-settings.stories.js';
// The task part loads when a story opens its task; fetched here once, as a warm browser cache would have it (the dev
// server compiles it on first request, which on a loaded machine ate a story's time).
await import('../../../src/elements/security-settings/task-part.js');
import type { SettingsTexts } from '../../../stories/security-settings.stories.js';
import { checkStory as check, storiesOf, storyTexts, type RenderableStory } from '../support/story-check.js';

type SettingsStory = RenderableStory<SecuritySettings, SettingsTexts>;

export const all: [string, SettingsStory][] = [...storiesOf(stories), ...storiesOf(passkeyStories)];
/** The codes switch's stories (their own file, so each suite file stays within the runner's time limit). */
export const codes = storiesOf<SecuritySettings, SettingsTexts>(codesStories);

export async function checkStory(name: string, story: SettingsStory, theme: string, lang: string): Promise<void> {
  await check(name, story, await storyTexts<SettingsTexts>({ ...securitySettingsSections, ...taskSections }, lang), theme, lang);
}
