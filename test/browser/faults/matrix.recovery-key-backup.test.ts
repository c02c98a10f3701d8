import { faultMatrix } from './matrix-runner.js';
import { recoveryKeyBackupSteps } from './steps/recovery-key-backup.js';

faultMatrix(recoveryKeyBackupSteps);
