import { faultMatrix } from './matrix-runner.js';
import { loginFormSteps } from './steps/login-form.js';

faultMatrix(loginFormSteps);
