import { faultMatrix } from './matrix-runner.js';
import { twoFactorResetSteps } from './steps/two-factor-reset.js';

faultMatrix(twoFactorResetSteps);
