import { html, type TemplateResult } from 'lit';
import type { Locale } from '../../../i18n/types.js';
import type { StepMarkup } from '../../shared/step-frame.js';
import { consequencesList, consequencesOf } from '../../shared/consequences.js';
import { stepUpStep } from '../../shared/step-up/step-up-step.js';
import { withdrawalLockNotice } from '../../shared/withdrawal-lock.js';
import { groupKey } from '../otpauth.js';
import type { TotpSetupFlow, TotpSetupWords } from '../setup-flow.js';
import type { TotpSetupClient } from '../totp-setup-client.js';
import { confirmStep } from './confirm-step.js';
import { doneStep } from './done-step.js';
import { recoveryStep } from './recovery-step.js';
import { scanStep } from './scan-step.js';

/** What the steps read of the element: its client (for the recovery step) and heading levels. */
export interface FlowStepsHost {
  readonly client: TotpSetupClient | undefined;
  readonly baseUrl: string | undefined;
  readonly qrPhrase: boolean;
  /** The element's title level; the steps' headings are one below. */
  readonly level: number;
  /** The step heading and Cancel link the element's first step uses too. */
  readonly markup: StepMarkup;
}


/** The steps after the first, for the light DOM: the flow's state in views. */
export function flowSteps(flow: TotpSetupFlow, t: TotpSetupWords['t'], host: FlowStepsHost, locale: Locale, idBase: string): TemplateResult {
  const level = Math.min(6, host.level + 1);
  const cancel = () => flow.cancel();
  const { markup } = host;
  const own = t.totpSetup;
  switch (flow.steps.current) {
    case 'verify':
      return stepUpStep({
        stepUp: flow.stepUp, t: t.stepUp, pending: flow.action.pending, level, actionLabel: 'setup', actionPending: own.settingUp,
        request: flow.setupRequest,
        startAgain: { text: own.startAgain, run: () => flow.begin() }, cancel: markup.cancel(t.common.cancel, cancel),
      });
    case 'scan': {
      const { details, setup, qr } = flow;
      if (!details || !setup) return html``;
      const label = own.qrLabel({ issuer: details.issuer || details.account, account: details.account });
      return scanStep({
        level, markup, t: own, details, keyGroups: groupKey(setup.secret),
        qr: typeof qr === 'function' ? qr(details.uri, label) : qr,
        continueText: t.common.continue, cancelText: t.common.cancel,
        onCopy: () => void flow.copyKey(), onContinue: () => flow.toConfirm(), onCancel: cancel,
      });
    }
    case 'confirm':
      return confirmStep({
        level, markup, title: flow.expired ? own.expiredTitle : flow.code.title(),
        // Expired: the error summary says what happened and what to do; the step does not say it twice.
        intro: flow.expired ? undefined : own.confirmIntro({ issuer: flow.details?.issuer || flow.details?.account || '' }),
        code: flow.expired ? undefined : flow.code.view(),
        nextCode: flow.codeWindow.running ? own.nextCodeIn({ seconds: flow.codeWindow.remaining }) : undefined,
        // Stated before the code that binds the app: the 24 hours without withdrawals that follow.
        consequences: consequencesList({ items: consequencesOf('setup_totp'), t: t.withdrawalLock, id: `${idBase}-consequences` }),
        backText: own.backToQr, cancelText: t.common.cancel, startAgainText: own.startAgain,
        onBack: () => flow.backToScan(), onCancel: cancel, onStartAgain: () => flow.begin(),
      });
    case 'recovery':
      // Its own title is hidden inside this flow: its steps sit at this element's step level.
      return recoveryStep({
        slot: flow.recovery, level: host.level, client: host.client, baseUrl: host.baseUrl, qr: host.qrPhrase,
        issued: flow.issuedPhrase, onTaken: () => flow.phraseTaken(), onEnded: (saved) => flow.recoveryEnded(saved),
      });
    case 'done':
      return doneStep({
        level, markup, title: own.doneTitle, intro: own.doneIntro,
        lock: withdrawalLockNotice({ lock: flow.confirmed?.withdrawalLock, t: t.withdrawalLock, locale, id: `${idBase}-lock`, level: Math.min(6, level + 1) }),
        noPhrase: flow.confirmed?.phraseIssued && !flow.phraseSaved ? own.noPhrase : undefined,
      });
    case 'start':
      return html``;
  }
}
