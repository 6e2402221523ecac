import { describe, expect, it } from 'vitest';
import type { Questionnaire } from 'fhir/r4';
import { MEASURE_QUESTIONNAIRE, PROFILE } from '../../fhir-profiles/src/terminology';
import { buildMeasureResponse, measureRows, missingAnswers, recordedAt, timepointOf } from './measures';

const strain: Questionnaire = {
  resourceType: 'Questionnaire',
  status: 'active',
  url: MEASURE_QUESTIONNAIRE.financialStrain.url,
  version: '1.0.0',
  item: [{ linkId: 'financial-strain', text: 'How hard is it to pay for the basics?', type: 'choice' }],
};
const wellbeing: Questionnaire = {
  resourceType: 'Questionnaire',
  status: 'active',
  url: MEASURE_QUESTIONNAIRE.wellbeing.url,
  version: '1.0.0',
  item: [
    { linkId: 'life-satisfaction', text: 'Satisfied with life?', type: 'integer' },
    { linkId: 'anxious-yesterday', text: 'Anxious yesterday?', type: 'integer' },
  ],
};
const common = { referralId: 'ref-04', patientId: 'pat-004', author: 'PractitionerRole/adviser' } as const;
const veryHard = { system: 'http://loinc.org', code: 'LA15832-1', display: 'Very hard' };
const notHard = { system: 'http://loinc.org', code: 'LA31980-8', display: 'Not hard at all' };

describe('before-and-after measures', () => {
  it('builds a measure response and reads it back side by side with the closing one (build → read)', () => {
    const intake = buildMeasureResponse({
      ...common,
      identifier: 'a',
      questionnaire: strain,
      timepoint: 'intake',
      answers: { 'financial-strain': veryHard },
      authored: new Date('2026-11-01T10:00:00Z'),
    });
    expect(intake.meta?.profile).toEqual([PROFILE.measureResponse]);
    expect(intake.questionnaire).toBe(MEASURE_QUESTIONNAIRE.financialStrain.canonical);
    expect(timepointOf(intake)).toBe('intake');
    const closing = buildMeasureResponse({
      ...common,
      identifier: 'b',
      questionnaire: strain,
      timepoint: 'closing',
      answers: { 'financial-strain': notHard },
      authored: new Date('2026-12-01T10:00:00Z'),
    });
    expect(measureRows(strain, [closing, intake])).toEqual([
      {
        linkId: 'financial-strain',
        question: 'How hard is it to pay for the basics?',
        intake: 'Very hard',
        closing: 'Not hard at all',
      },
    ]);
    expect(recordedAt([intake], 'intake', [strain.url ?? ''])).toBe(true);
    expect(recordedAt([intake], 'closing', [strain.url ?? ''])).toBe(false);
  });

  it('scores are whole numbers; unanswered questions are listed and not recorded', () => {
    const answers = { 'life-satisfaction': 3 };
    expect(missingAnswers(wellbeing, answers).map((i) => i.linkId)).toEqual(['anxious-yesterday']);
    const r = buildMeasureResponse({
      ...common,
      identifier: 'c',
      questionnaire: wellbeing,
      timepoint: 'intake',
      answers,
      authored: new Date(),
    });
    expect(r.item).toEqual([
      { linkId: 'life-satisfaction', text: 'Satisfied with life?', answer: [{ valueInteger: 3 }] },
    ]);
    expect(measureRows(wellbeing, [r]).map((row) => [row.intake, row.closing])).toEqual([
      ['3', undefined],
      ['Not answered', undefined],
    ]);
  });
});
