import type { QuestionnaireResponse, Resource } from '@medplum/fhirtypes';
import { MEASURE_QUESTIONNAIRE, type MeasureTimepoint } from '../../../fhir-profiles/src/terminology';
import { measure, score } from './casework-day';

/**
 * Issue 13 seed: before-and-after measures on more cases, so the evaluation has pairs to count.
 * Case 07 (closed) has both timepoints for both measures (strain "Very hard" → "Somewhat hard",
 * ONS4 better on every question); cases 05 and 11 (open, contacted) have their intake answers.
 * Case 04's intake is in casework-day.ts. Ids: measure-NN-strain-<timepoint>, measure-NN-wellbeing-<timepoint>.
 */
const STRAIN = {
  'LA15832-1': 'Very hard',
  'LA14745-7': 'Somewhat hard',
  'LA31980-8': 'Not hard at all',
} as const;

interface Answers {
  readonly n: string;
  readonly patient: string;
  readonly timepoint: MeasureTimepoint;
  readonly daysAgo: number;
  readonly strain: keyof typeof STRAIN;
  /** life satisfaction, worthwhile, happy yesterday, anxious yesterday (0 to 10). */
  readonly ons4: readonly [number, number, number, number];
}

const ANSWERS: readonly Answers[] = [
  { n: '07', patient: 'pat-007', timepoint: 'intake', daysAgo: 399, strain: 'LA15832-1', ons4: [3, 4, 3, 8] },
  { n: '07', patient: 'pat-007', timepoint: 'closing', daysAgo: 398, strain: 'LA14745-7', ons4: [6, 6, 5, 5] },
  { n: '05', patient: 'pat-005', timepoint: 'intake', daysAgo: 33, strain: 'LA14745-7', ons4: [5, 6, 5, 6] },
  { n: '11', patient: 'pat-008', timepoint: 'intake', daysAgo: 2, strain: 'LA15832-1', ons4: [2, 3, 2, 9] },
];

function responses(a: Answers, now: Date): QuestionnaireResponse[] {
  const on = { n: a.n, patient: a.patient, timepoint: a.timepoint, daysAgo: a.daysAgo };
  const [life, worthwhile, happy, anxious] = a.ons4;
  return [
    measure(
      `measure-${a.n}-strain-${a.timepoint}`,
      now,
      MEASURE_QUESTIONNAIRE.financialStrain.canonical,
      [
        {
          linkId: 'financial-strain',
          answer: [{ valueCoding: { system: 'http://loinc.org', code: a.strain, display: STRAIN[a.strain] } }],
        },
      ],
      on,
    ),
    measure(
      `measure-${a.n}-wellbeing-${a.timepoint}`,
      now,
      MEASURE_QUESTIONNAIRE.wellbeing.canonical,
      [
        score('life-satisfaction', life),
        score('worthwhile', worthwhile),
        score('happy-yesterday', happy),
        score('anxious-yesterday', anxious),
      ],
      on,
    ),
  ];
}

export function measureResources(now: Date): Resource[] {
  return ANSWERS.flatMap((a) => responses(a, now));
}
