import { faultMatrix } from './matrix-runner.js';
import { kycUploaderSteps } from './steps/kyc-uploader.js';

faultMatrix(kycUploaderSteps);
