import { faultMatrix } from './matrix-runner.js';
import { passwordResetSteps } from './steps/password-reset.js';

faultMatrix(passwordResetSteps);
