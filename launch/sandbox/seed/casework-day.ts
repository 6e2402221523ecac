import type { Appointment, Communication, QuestionnaireResponse, Resource } from '@medplum/fhirtypes';
import {
  APPOINTMENT_MODE,
  COMMUNICATION_CATEGORY,
  EXTENSION,
  MEASURE_QUESTIONNAIRE,
  PROFILE,
  localCoding,
  type AppointmentMode,
} from '../../../fhir-profiles/src/terminology';
import { MEASURE_TIMEPOINT } from '../../../fhir-profiles/src/code-systems-casework';
import { before, ref } from './support';

/**
 * Issue 11 seed: the adviser's working day on case 04 (pat-004, in progress, casework). The first
 * appointment (by phone, held 19 days ago: first contact), the next one (video, in 3 days), the
 * intake measures (financial strain, ONS4 wellbeing) recorded at that first appointment, and an
 * internal case note only the advice organisation can read. Ids: appt-04-N, measure-04-*, note-04-1.
 */
const CASE = { n: '04', patient: 'pat-004' } as const;

function mode(code: AppointmentMode): NonNullable<Appointment['extension']>[number] {
  return {
    url: EXTENSION.appointmentMode,
    valueCoding: { system: APPOINTMENT_MODE.system, code, display: APPOINTMENT_MODE.codes[code] },
  };
}

function appointment(
  id: string,
  now: Date,
  daysAgo: number,
  how: AppointmentMode,
  status: Appointment['status'],
  what: string,
): Appointment {
  return {
    resourceType: 'Appointment',
    id,
    meta: { profile: [PROFILE.appointment] },
    extension: [mode(how)],
    status,
    basedOn: [ref('ServiceRequest', `ref-${CASE.n}`)],
    description: what,
    start: before(now, daysAgo),
    end: before(now, daysAgo, -1),
    participant: [
      { actor: ref('Patient', CASE.patient), status: 'accepted' },
      { actor: ref('PractitionerRole', 'adviser'), status: 'accepted' },
    ],
  };
}

function measure(
  id: string,
  now: Date,
  questionnaire: string,
  item: QuestionnaireResponse['item'],
): QuestionnaireResponse {
  return {
    resourceType: 'QuestionnaireResponse',
    id,
    meta: { profile: [PROFILE.measureResponse] },
    extension: [{ url: EXTENSION.measureTimepoint, valueCoding: localCoding(MEASURE_TIMEPOINT, 'intake') }],
    questionnaire,
    status: 'completed',
    basedOn: [ref('ServiceRequest', `ref-${CASE.n}`)],
    subject: ref('Patient', CASE.patient),
    authored: before(now, 19, -0.5),
    author: ref('PractitionerRole', 'adviser'),
    item,
  };
}

const score = (linkId: string, value: number): NonNullable<QuestionnaireResponse['item']>[number] => ({
  linkId,
  answer: [{ valueInteger: value }],
});

function note(now: Date): Communication {
  return {
    resourceType: 'Communication',
    id: 'note-04-1',
    meta: { profile: [PROFILE.caseNote] },
    status: 'completed',
    category: [{ coding: [localCoding(COMMUNICATION_CATEGORY, 'internal-note')] }],
    subject: ref('Patient', CASE.patient),
    about: [ref('Task', `task-${CASE.n}`)],
    basedOn: [ref('ServiceRequest', `ref-${CASE.n}`)],
    sender: ref('PractitionerRole', 'adviser'),
    recipient: [ref('Organization', 'org-advice')],
    sent: before(now, 19, -1.5),
    payload: [
      {
        contentString:
          'Interpreter booked for every call. Reconsideration letter drafted; waiting for the GP’s evidence.',
      },
    ],
  };
}

export function caseworkDayResources(now: Date): Resource[] {
  return [
    appointment(
      'appt-04-1',
      now,
      19,
      'PHONE',
      'fulfilled',
      'First appointment: PIP reconsideration (Polish interpreter)',
    ),
    appointment('appt-04-2', now, -3, 'VIDEOCONF', 'booked', 'Follow-up: the reconsideration decision'),
    measure('measure-04-strain-intake', now, MEASURE_QUESTIONNAIRE.financialStrain.canonical, [
      {
        linkId: 'financial-strain',
        answer: [{ valueCoding: { system: 'http://loinc.org', code: 'LA15832-1', display: 'Very hard' } }],
      },
    ]),
    measure('measure-04-wellbeing-intake', now, MEASURE_QUESTIONNAIRE.wellbeing.canonical, [
      score('life-satisfaction', 3),
      score('worthwhile', 5),
      score('happy-yesterday', 4),
      score('anxious-yesterday', 8),
    ]),
    note(now),
  ];
}
