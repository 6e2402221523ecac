import * as z from 'zod/mini';
import type { Answers } from '../../domain/screening/answers';
import { emptyReferralForm, type ReferralForm } from '../../referral/emptyForm';
import type { ConsentForm } from '../../consent/form';
import type { ServerCopy } from '../../screening/api';

export type { ConsentForm };

/** Where the clinician is in the flow; kept with the draft so a reload returns to the same step. */
export type Step = 'overview' | 'checklist' | 'needs' | 'consent' | 'referral' | 'check' | 'sent';

/** Everything typed so far for one patient, kept in sessionStorage (never localStorage). */
export interface Draft {
  v: 1;
  patientId: string;
  step: Step;
  /** Made once when the checklist starts: the QuestionnaireResponse's business identifier. */
  screeningId: string;
  /** Made once per draft: the referral's business identifier (idempotent submit). */
  referralId: string;
  /** Made once per draft: the new Consent's business identifier. */
  consentId: string;
  answers: Answers;
  screeningSaved: boolean;
  /** The screening draft on the record (saved as the clinician goes), once it has been saved. */
  server?: ServerCopy;
  /**
   * The answers changed since the record last had them: this copy is the only one of the change
   * until a save succeeds (absent in drafts kept before it existed: unsaved unless on the record).
   */
  unsaved?: boolean;
  consent: ConsentForm;
  form: ReferralForm;
}

const draftSchema = z.looseObject({
  v: z.literal(1),
  patientId: z.string(),
  step: z.enum(['overview', 'checklist', 'needs', 'consent', 'referral', 'check', 'sent']),
  screeningId: z.string().check(z.minLength(8)),
  referralId: z.string().check(z.regex(/^[0-9a-f-]{36}$/)),
  consentId: z.string().check(z.minLength(8)),
  answers: z.record(z.string(), z.array(z.looseObject({}))),
  screeningSaved: z.boolean(),
  consent: z.looseObject({}),
  form: z.looseObject({ areas: z.array(z.string()), contactMethods: z.array(z.string()) }),
});

const key = (patientId: string): string => `hjp-link:draft:${patientId}`;

export function newDraft(patientId: string, uuid: () => string): Draft {
  return {
    v: 1,
    patientId,
    step: 'overview',
    screeningId: uuid(),
    referralId: uuid(),
    consentId: uuid(),
    answers: {},
    screeningSaved: false,
    consent: { agreesToReferral: undefined, agreesToEvidence: undefined, method: undefined },
    form: emptyReferralForm(),
  };
}

/** The kept draft for this patient, or undefined (a damaged draft is dropped, not trusted). */
export function loadDraft(storage: Storage, patientId: string): Draft | undefined {
  const text = storage.getItem(key(patientId));
  if (!text) {
    return undefined;
  }
  try {
    const parsed = z.safeParse(draftSchema, JSON.parse(text));
    if (parsed.success && parsed.data.patientId === patientId) {
      return {
        ...(parsed.data as unknown as Draft),
        form: { ...emptyReferralForm(), ...(parsed.data.form as Partial<ReferralForm>) },
      };
    }
  } catch {
    // not JSON: fall through
  }
  storage.removeItem(key(patientId));
  return undefined;
}

export function saveDraft(storage: Storage, draft: Draft): void {
  try {
    storage.setItem(key(draft.patientId), JSON.stringify(draft));
  } catch {
    // storage full or blocked: the draft lives on in memory for this page
  }
}

export function clearDraft(storage: Storage, patientId: string): void {
  storage.removeItem(key(patientId));
}
