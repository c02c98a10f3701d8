// Every element x every fault, at each step that talks to the backend: a clear localized message, what the user
// typed still there, no busy state left, and a retry that works once the fault is gone. Prints the matrix.
import { expect, waitUntil } from '@open-wc/testing';
import { faults, faultyBackend, isIdle, shownMessages, type FaultStep } from './faults.js';
import { kycUploaderSteps } from './steps/kyc-uploader.js';
import { loginFormSteps } from './steps/login-form.js';
import { passwordResetSteps } from './steps/password-reset.js';
import { securitySettingsSteps } from './steps/security-settings.js';
import { totpSetupSteps } from './steps/totp-setup.js';
import { twoFactorResetSteps } from './steps/two-factor-reset.js';

const steps: FaultStep[] = [...loginFormSteps, ...passwordResetSteps, ...twoFactorResetSteps, ...securitySettingsSteps, ...totpSetupSteps, ...kycUploaderSteps];

/** Per row (element, step), per fault: 'ok' or what went wrong. */
const results = new Map<string, Map<string, string>>();

function record(step: FaultStep, fault: string, outcome: string): void {
  const row = `${step.element}: ${step.step}`;
  if (!results.has(row)) results.set(row, new Map());
  results.get(row)!.set(fault, outcome);
}

function printMatrix(): void {
  const names = faults.map((f) => f.name);
  const rows = [...results.entries()].map(([row, cells]) => [row, ...names.map((n) => cells.get(n) ?? '-')]);
  const header = ['element: step', ...names];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  console.log(['fault matrix', line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n'));
}

describe('every element under faults', () => {
  after(printMatrix);

  for (const step of steps) {
    for (const fault of faults) {
      it(`${step.element}, ${step.step}: ${fault.name}`, async () => {
        const be = faultyBackend();
        const el = await step.setUp(be);
        const problems: string[] = [];
        try {
          be.breakPath(step.path, fault);
          await step.act(el);
          const said = await waitUntil(() => shownMessages(el).includes(fault.says), '', { timeout: 8000 }).then(
            () => true,
            () => false,
          );
          if (!said) problems.push(`message "${shownMessages(el).slice(0, 80)}"`);
          const lost = step.lost(el);
          if (lost.length) problems.push(`lost ${lost.join(', ')}`);
          // A Retry-After counts down with the submit disabled on purpose; it must come back by itself.
          const idle = await waitUntil(() => isIdle(el), '', { timeout: fault.waits ? 3000 : 500 }).then(() => true, () => false);
          if (!idle) problems.push('busy');
          be.heal();
          await step.act(el);
          const done = await waitUntil(() => step.done(el), '', { timeout: 8000 }).then(() => true, () => false);
          if (!done) problems.push('retry failed');
        } finally {
          el.remove();
        }
        record(step, fault.name, problems.length ? problems.join('; ') : 'ok');
        expect(problems, `${step.element} ${step.step} under ${fault.name}`).to.deep.equal([]);
      });
    }
  }
});
