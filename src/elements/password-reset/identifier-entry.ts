import type { Identifier } from '../../contract/index.js';
import type { FormFeedbackController, Wording } from '../../controllers/form-feedback-controller.js';
import type { CallingCode } from '../shared/countries.js';
import { identifierText, prefillOf, readIdentifier } from '../shared/identifier.js';
import { IdentifierChoice, type IdentifierChoiceHost } from '../shared/identifier-choice.js';
import type { ResetField, ResetI18n } from './reset-context.js';

const unseen = Symbol('unseen');

/** What the element reads of its host for the identifier: its attributes. */
export interface IdentifierHost extends IdentifierChoiceHost {
  defaultCountry: string;
  prefill?: string | Identifier | undefined;
}

/**
 * The account's e-mail or phone on the first step of a reset, with the shared switch and fields: which kind shows,
 * the phone country (its table loads with the phone field), the host's prefill (what `<login-form>` handed over),
 * and reading what was typed as an `Identifier`, checked on submit only.
 */
export class IdentifierEntry extends IdentifierChoice {
  private seenPrefill: unknown;
  private seenKinds: string | undefined;

  constructor(
    private readonly host: IdentifierHost,
    private readonly feedback: FormFeedbackController<ResetField>,
    private readonly i18n: ResetI18n,
  ) {
    super(host, feedback);
  }

  /** Follows the host's attributes (called before each render). */
  follow(): void {
    // The first kind listed is the default; a later change of the list keeps the user's pick if it is still there.
    if (this.seenKinds === undefined || !this.kinds.includes(this.kind)) this.kind = this.kinds[0]!;
    this.seenKinds = this.host.identifier;
    const { prefill } = this.host;
    if (prefill !== this.seenPrefill) {
      this.seenPrefill = prefill;
      if (!this.phone) this.country = this.host.defaultCountry.toUpperCase();
      this.applyPrefill(prefill);
    }
    if (this.kind === 'phone') void this.loadPhone().catch(() => undefined);
  }

  /** Back to the host's settings: the first kind, and the prefill applied again at the next render. */
  reset(): void {
    this.seenKinds = undefined;
    this.seenPrefill = unseen;
  }

  /**
   * The identifier typed, or the field error to show (worded in the current language, country name included);
   * undefined while the phone field is still loading.
   */
  async read(): Promise<{ identifier: Identifier } | { errors: Partial<Record<ResetField, Wording>> }> {
    this.feedback.readFields('email', 'phone');
    // The number is read for its country, whose table comes with the phone field (a failed load rejects: offline).
    const phone = this.kind === 'phone' ? await this.loadPhone() : undefined;
    const code = this.callingCode;
    const read = readIdentifier(this.kind, { email: this.feedback.value('email'), phone: code && phone?.toE164(this.feedback.value('phone'), code) });
    if ('identifier' in read) return read;
    const { identifierProblemText } = await import('../shared/identifier-problem.js');
    // An e-mail's messages name no country.
    const country = code ?? ({ region: this.country } as CallingCode);
    return { errors: { [read.problem.field]: identifierProblemText(read.problem, this.i18n, country) } };
  }

  private applyPrefill(prefill: string | Identifier | undefined): void {
    const found = prefillOf(typeof prefill === 'object' ? identifierText(prefill) : prefill);
    if (!found || !this.kinds.includes(found.kind)) return;
    this.kind = found.kind;
    this.feedback.setValue(found.kind, found.value);
  }
}
