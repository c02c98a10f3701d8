import { faultMatrix } from './matrix-runner.js';
import { totpSetupSteps } from './steps/totp-setup.js';

faultMatrix(totpSetupSteps);
