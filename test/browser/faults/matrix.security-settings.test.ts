import { faultMatrix } from './matrix-runner.js';
import { securitySettingsSteps } from './steps/security-settings.js';

faultMatrix(securitySettingsSteps);
