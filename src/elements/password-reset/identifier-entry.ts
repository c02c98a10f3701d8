import type { CSSResult, ReactiveControllerHost } from 'lit';
import type { Identifier } from '../../contract/index.js';
import type { FormFeedbackController, Wording } from '../../controllers/form-feedback-controller.js';
import type { CallingCode } from '../shared/countries.js';
import { identifierText, prefillOf, readIdentifier, type IdentifierKind } from '../shared/identifier.js';
import { parseList } from '../shared/parse-list.js';
import type { ResetField, ResetI18n } from './reset-context.js';

type PhoneInput = typeof import('../shared/phone-input.js');

const KINDS = ['email', 'phone'] as const;
const unseen = Symbol('unseen');

/** What the element reads of its host for the identifier: its attributes. */
export interface IdentifierHost extends ReactiveControllerHost {
  identifier: string;
  defaultCountry: string;
  prefill?: string | Identifier | undefined;
}

/**
 * The account's e-mail or phone on the first step of a reset, with the shared switch and fields: which kind shows,
 * the phone country (its table loads with the phone field), the host's prefill (what `<login-form>` handed over),
 * and reading what was typed as an `Identifier`, checked on submit only.
 */
export class IdentifierEntry {
  kind: IdentifierKind = 'email';
  country = 'SE';
  phone: PhoneInput | undefined;
  private phoneLoad: Promise<PhoneInput> | undefined;
  private seenPrefill: unknown;
  private seenKinds: string | undefined;

  constructor(
    private readonly host: IdentifierHost,
    private readonly feedback: FormFeedbackController<ResetField>,
    private readonly i18n: ResetI18n,
  ) {}

  get kinds(): IdentifierKind[] {
    const kinds = parseList(this.host.identifier, KINDS);
    return kinds.length ? kinds : ['email'];
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

  get styles(): CSSResult | undefined {
    return this.phone?.phoneStyles;
  }

  get callingCode(): CallingCode | undefined {
    return this.phone && (this.phone.callingCodeOf(this.country) ?? this.phone.callingCodes[0]);
  }

  loadPhone(): Promise<PhoneInput> {
    this.phoneLoad ??= import('../shared/phone-input.js').then(
      (phone) => {
        this.phone = phone;
        this.country = phone.regionOfInternational(this.feedback.value('phone'))?.region ?? this.country;
        this.host.requestUpdate();
        return phone;
      },
      (error: unknown) => {
        this.phoneLoad = undefined;
        throw error;
      },
    );
    return this.phoneLoad;
  }

  switchTo(kind: IdentifierKind): void {
    this.kind = kind;
    this.feedback.clearErrors();
    this.host.requestUpdate();
  }

  setCountry(country: CallingCode): void {
    this.country = country.region;
    this.host.requestUpdate();
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
