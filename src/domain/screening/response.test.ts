import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { checklistFixture } from './fixture';

const checklist = checklistFixture();
import { answersFromResponse, buildQuestionnaireResponse } from './response';

const LOINC = 'http://loinc.org';
const input = (answers: Answers) => ({
  identifier: 'screening-1',
  questionnaire: checklist,
  answers,
  patientId: 'pat-004',
  encounterId: undefined,
  author: 'PractitionerRole/gp',
  authored: new Date('2026-12-01T10:00:00Z'),
  status: 'in-progress' as const,
});

describe('a screening draft: answers → QuestionnaireResponse → answers', () => {
  it('gives back every enabled answer: codings, several options, strings and dates', () => {
    const answers: Answers = {
      'urgent-deadline': [{ valueCoding: { system: LOINC, code: 'LA33-6', display: 'Yes' } }],
      'urgent-deadline-date': [{ valueDate: '2027-01-15' }],
      'housing-problems': [
        { valueCoding: { system: LOINC, code: 'LA28580-1', display: 'Damp or mould' } },
        { valueCoding: { system: LOINC, code: 'LA32001-2', display: 'Leaks' } },
      ],
      'housing-situation': [{ valueCoding: { system: LOINC, code: 'LA31994-9' } }],
      'housing-tenure': [{ valueString: 'Private rented' }],
    };
    expect(answersFromResponse(buildQuestionnaireResponse(input(answers)))).toEqual(answers);
  });

  it('gives nothing back for an empty draft, and drops answers of hidden questions', () => {
    expect(answersFromResponse(buildQuestionnaireResponse(input({})))).toEqual({});
    const hidden = { 'housing-tenure': [{ valueString: 'Private rented' }] };
    expect(answersFromResponse(buildQuestionnaireResponse(input(hidden)))).toEqual({});
  });
});
