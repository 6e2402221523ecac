import type { CodeableConcept, Condition, Encounter, Resource } from '@medplum/fhirtypes';
import { before, ref, snomed } from './support';

/**
 * Encounters and conditions, so that medical evidence exists. Encounter periods are relative
 * to `now` so the seed stays current (the ward admission is always a few days old).
 */

const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';

function wardEncounter(now: Date): Encounter {
  return {
    resourceType: 'Encounter',
    id: 'enc-ward-001',
    status: 'in-progress',
    class: { system: ACT_CODE, code: 'IMP', display: 'inpatient encounter' },
    subject: ref('Patient', 'pat-002'),
    participant: [{ individual: ref('PractitionerRole', 'ward-nurse') }],
    period: { start: before(now, 3, 5) },
    reasonReference: [ref('Condition', 'cond-002-copd')],
    location: [{ location: ref('Location', 'loc-ward-7', 'Ward 7'), status: 'active' }],
    serviceProvider: ref('Organization', 'org-hospital'),
  };
}

function gpEncounter(now: Date): Encounter {
  const start = before(now, 14, 6);
  const end = new Date(new Date(start).getTime() + 12 * 60 * 1000).toISOString();
  return {
    resourceType: 'Encounter',
    id: 'enc-gp-001',
    status: 'finished',
    class: { system: ACT_CODE, code: 'AMB', display: 'ambulatory' },
    subject: ref('Patient', 'pat-001'),
    participant: [{ individual: ref('PractitionerRole', 'gp') }],
    period: { start, end },
    reasonReference: [ref('Condition', 'cond-001-depression')],
    serviceProvider: ref('Organization', 'org-gp-practice'),
  };
}

interface SeedCondition {
  id: string;
  patient: string;
  code: readonly [snomed: string, display: string];
  onset: string;
  recorded: string;
}

const DEPRESSION = ['35489007', 'Depressive disorder'] as const;
const ASTHMA = ['195967001', 'Asthma'] as const;

const SEED_CONDITIONS: readonly SeedCondition[] = [
  { id: 'cond-001-depression', patient: 'pat-001', code: DEPRESSION, onset: '2021-06', recorded: '2021-06-15' },
  { id: 'cond-001-asthma', patient: 'pat-001', code: ASTHMA, onset: '1996', recorded: '2010-02-03' },
  {
    id: 'cond-002-copd',
    patient: 'pat-002',
    code: ['13645005', 'Chronic obstructive lung disease'],
    onset: '2015',
    recorded: '2015-10-21',
  },
  { id: 'cond-003-asthma', patient: 'pat-003', code: ASTHMA, onset: '2012', recorded: '2012-09-11' },
  {
    id: 'cond-004-ra',
    patient: 'pat-004',
    code: ['69896004', 'Rheumatoid arthritis'],
    onset: '2019-03',
    recorded: '2019-05-02',
  },
  {
    id: 'cond-005-t2dm',
    patient: 'pat-005',
    code: ['44054006', 'Diabetes mellitus type 2'],
    onset: '2008',
    recorded: '2008-11-19',
  },
  {
    id: 'cond-007-colon',
    patient: 'pat-007',
    code: ['363406005', 'Malignant tumour of colon'],
    onset: '2026-04',
    recorded: '2026-04-28',
  },
  { id: 'cond-008-depression', patient: 'pat-008', code: DEPRESSION, onset: '2024-01', recorded: '2024-02-06' },
];

const TERMINOLOGY = 'http://terminology.hl7.org/CodeSystem';
const concept = (system: string, code: string, display: string): CodeableConcept => ({
  coding: [{ system: `${TERMINOLOGY}/${system}`, code, display }],
});

function condition(c: SeedCondition): Condition {
  return {
    resourceType: 'Condition',
    id: c.id,
    clinicalStatus: concept('condition-clinical', 'active', 'Active'),
    verificationStatus: concept('condition-ver-status', 'confirmed', 'Confirmed'),
    category: [concept('condition-category', 'problem-list-item', 'Problem List Item')],
    code: snomed(c.code[0], c.code[1]),
    subject: ref('Patient', c.patient),
    onsetDateTime: c.onset,
    recordedDate: c.recorded,
    recorder: ref('PractitionerRole', 'gp'),
  };
}

/** The encounters and the active, confirmed problem-list conditions. */
export function clinicalResources(now: Date): Resource[] {
  return [wardEncounter(now), gpEncounter(now), ...SEED_CONDITIONS.map(condition)];
}
