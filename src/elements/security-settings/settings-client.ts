import type { TillitClient } from '../../client/types.js';
import type { StepUpClient } from '../../controllers/step-up-controller.js';

/** What `<security-settings>` needs of a client: the security rows and the step-up rows. */
export type SettingsClient = StepUpClient &
  Pick<
    TillitClient,
    | 'getSecurityOverview'
    | 'startContactBinding'
    | 'confirmContactBinding'
    | 'unbindContact'
    | 'setContactTwoFactor'
    | 'disableTotp'
    | 'changePassword'
    | 'passkeyRegistrationOptions'
    | 'registerPasskey'
    | 'renamePasskey'
    | 'removePasskey'
  >;

/** The rows every call of the element needs, for `ClientController.get` (a client without them is the page's fault). */
export const SETTINGS_ROWS = ['getSecurityOverview', 'startStepUp', 'sendStepUpCode', 'stepUpPasskeyOptions', 'verifyStepUp'] as const;

/** The client behind `base-url`, loaded only when the page passes neither a client nor a default one. */
export async function loadSettingsClient(baseUrl: string): Promise<SettingsClient> {
  const { createClient } = await import('../../client/create-client.js');
  return createClient({ baseUrl });
}
