import { describe, expect, it } from 'vitest';
import { CANONICAL_BASE } from './canonical';
import { loadInvalidCases, loadValidExamples, PACKAGE_DIR } from './examples';
import {
  hjpAppointmentSchema,
  hjpCaseNoteSchema,
  hjpConsentSchema,
  hjpEvidenceRequestSchema,
  hjpMeasureResponseSchema,
  hjpMessageSchema,
  hjpReferralSchema,
  hjpReferralTaskSchema,
} from './schemas';
import {
  APPOINTMENT_MODE,
  EVIDENCE_REQUEST_STATUSES,
  INTERNAL_NOTE_CATEGORY,
  MEASURE_RESPONSE_STATUSES,
  MESSAGE_STATUSES,
  REFERRAL_PRIORITIES,
  REFERRAL_STATUSES,
  REFERRAL_TASK_STATUSES,
  VALUE_SET,
} from './terminology';
import { LOCAL_CODE_SYSTEMS } from './local-code-systems';
import { readPackage } from './validation/package';
import { allows, ValueSetExpander } from './validation/value-sets';

const schemas = {
  'ServiceRequest-example-referral': hjpReferralSchema,
  'Task-example-referral-task': hjpReferralTaskSchema,
  'Task-example-evidence-request': hjpEvidenceRequestSchema,
  'Communication-example-message': hjpMessageSchema,
  'Consent-example-consent': hjpConsentSchema,
  'Appointment-example-appointment': hjpAppointmentSchema,
  'Communication-example-case-note': hjpCaseNoteSchema,
  'QuestionnaireResponse-example-strain-intake': hjpMeasureResponseSchema,
  'QuestionnaireResponse-example-wellbeing-intake': hjpMeasureResponseSchema,
};
const schemaFor = (name: string): (typeof schemas)[keyof typeof schemas] | undefined =>
  (schemas as Record<string, (typeof schemas)[keyof typeof schemas] | undefined>)[name];

describe('zod schemas agree with the compiled profiles', () => {
  const valid = loadValidExamples();

  it.each(Object.keys(schemas))('%s parses', (name) => {
    const result = schemaFor(name)?.safeParse(valid.get(name));
    expect(result?.error?.issues ?? []).toEqual([]);
  });

  it.each([
    'referral-reason-not-welfare-area',
    'referral-priority-asap',
    'task-status-received',
    'task-unknown-business-stage',
    'message-unknown-category',
    'consent-unknown-coverage',
    'consent-top-level-deny',
    'appointment-without-referral',
    'appointment-mode-not-participation-mode',
    'case-note-message-category',
    'measure-response-for-checklist',
    'measure-response-unknown-timepoint',
  ])('rejects the invalid case %s like the validator does', (name) => {
    const c = loadInvalidCases().find((x) => x.name === name);
    expect(c).toBeDefined();
    expect(schemaFor(c?.base ?? '')?.safeParse(c?.resource).success).toBe(false);
  });

  it('every required binding to an HJP value set in the profiles has the same codes in terminology.ts', () => {
    const pkg = readPackage(PACKAGE_DIR);
    const expander = new ValueSetExpander(pkg.valueSets, pkg.codeSystems);
    const tsCodes = new Map<string, readonly string[]>([
      [VALUE_SET.referralTaskStatus, REFERRAL_TASK_STATUSES],
      [VALUE_SET.referralStatus, REFERRAL_STATUSES],
      [VALUE_SET.evidenceRequestStatus, EVIDENCE_REQUEST_STATUSES],
      [VALUE_SET.messageStatus, MESSAGE_STATUSES],
      [VALUE_SET.referralPriority, REFERRAL_PRIORITIES],
      [VALUE_SET.consentCategory, ['IDSCL']],
      [VALUE_SET.appointmentMode, Object.keys(APPOINTMENT_MODE.codes)],
      [VALUE_SET.caseNoteCategory, [INTERNAL_NOTE_CATEGORY]],
      [VALUE_SET.measureResponseStatus, MEASURE_RESPONSE_STATUSES],
      ...LOCAL_CODE_SYSTEMS.map((cs) => [`${CANONICAL_BASE}/ValueSet/${cs.id}`, Object.keys(cs.codes)] as const),
    ]);
    const bound = new Set(
      pkg.structureDefinitions.flatMap((sd) =>
        (sd.snapshot?.element ?? []).flatMap((el) =>
          el.binding?.strength === 'required' && el.binding.valueSet?.startsWith(CANONICAL_BASE)
            ? [el.binding.valueSet]
            : [],
        ),
      ),
    );
    expect(bound.size).toBeGreaterThan(10);
    for (const url of bound) {
      const ts = tsCodes.get(url);
      const exp = expander.expand(url);
      expect(ts, url).toBeDefined();
      expect(exp?.codes.size, url).toBe(ts?.length);
      for (const code of ts ?? []) {
        expect(allows(exp ?? { codes: new Set(), anyCodeOf: new Set() }, undefined, code), `${url} ${code}`).toBe(true);
      }
    }
  });
});
