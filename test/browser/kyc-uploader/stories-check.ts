// The stories of stories/kyc-uploader.stories.ts through the shared runner, in the element's texts. One file per
// language and theme.
import type { KycUploader } from '../../../src/elements/kyc-uploader/kyc-uploader.js';
import { kycUploaderSections } from '../../../src/elements/kyc-uploader/messages.js';
import * as stories from '../../../stories/kyc-uploader.stories.js';
import type { KycTexts } from '../../../stories/kyc-uploader.stories.js';
import { checkStory as check, storiesOf, storyTexts, type RenderableStory } from '../support/story-check.js';

export const all = storiesOf<KycUploader, KycTexts>(stories);

export async function checkStory(name: string, story: RenderableStory<KycUploader, KycTexts>, theme: string, lang: string): Promise<void> {
  await check(name, story, await storyTexts<KycTexts>(kycUploaderSections, lang), theme, lang, 20_000);
}
