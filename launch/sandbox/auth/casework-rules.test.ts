import type { Communication, QuestionnaireResponse } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { COMMUNICATION_CATEGORY, MEASURE_QUESTIONNAIRE, PROFILE } from '../../../fhir-profiles/src/terminology';
import { adviceOrganisationOnly, isInternalNote, isMeasureResponse } from './casework-rules';
import type { Principal } from './principal';

const category = (code: string): Communication['category'] => [
  { coding: [{ system: COMMUNICATION_CATEGORY.system, code }] },
];
const note: Communication = { resourceType: 'Communication', status: 'completed', category: category('internal-note') };
const message: Communication = { resourceType: 'Communication', status: 'completed', category: category('message') };

describe('casework rules: what is a note, what is a measure', () => {
  it('a note is known by its category even without the profile, or by the profile alone', () => {
    expect(isInternalNote(note)).toBe(true);
    expect(isInternalNote({ ...message, meta: { profile: [PROFILE.caseNote] } })).toBe(true);
    expect(isInternalNote(message)).toBe(false);
  });

  it('a measure response is known by its questionnaire even without the profile; a screening is not one', () => {
    const response = (questionnaire: string): QuestionnaireResponse => ({
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      questionnaire,
    });
    expect(isMeasureResponse(response(MEASURE_QUESTIONNAIRE.wellbeing.canonical))).toBe(true);
    expect(
      isMeasureResponse(response('https://fhir.hjp-link.org.uk/Questionnaire/welfare-needs-checklist|1.0.0')),
    ).toBe(false);
  });

  it.each<[Principal, boolean]>([
    [{ kind: 'clinician', user: 'gp', organization: 'Organization/org-gp-practice', patient: 'pat-004' }, true],
    [{ kind: 'clinician', user: 'gp', organization: 'Organization/org-gp-practice', patient: undefined }, true],
    [{ kind: 'lead', user: 'lead', organization: 'Organization/org-advice' }, true],
    [{ kind: 'adviser', user: 'adviser', organization: 'Organization/org-advice' }, false],
  ])('a note is refused outright to %o: %s', (principal, refused) => {
    expect(adviceOrganisationOnly(principal, note) !== undefined).toBe(refused);
    expect(adviceOrganisationOnly(principal, message)).toBeUndefined();
  });
});
