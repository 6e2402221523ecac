import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  Consent,
  Encounter,
  Patient,
  QuestionnaireResponse,
  Resource,
  ServiceRequest,
  Task,
} from '@medplum/fhirtypes';
import { CHANGE_LOG_FILE } from '../../launch/sandbox/fhir/changelog';
import { seedResources } from '../../launch/sandbox/seed/index';
import {
  BUSINESS_STAGE,
  EXTENSION,
  WELFARE_LAW_AREA,
  localCoding,
  type AssistanceLevel,
  type MeasureTimepoint,
  type WelfareLawArea,
  type BusinessStage,
} from '../../fhir-profiles/src/terminology';
import { MEASURE_TIMEPOINT } from '../../fhir-profiles/src/code-systems-casework';
import { caseOutputs, type OutcomeEntry } from '../../src/outcomes/outcomeOutputs';
import { readDeciles, type DecileRow } from '../../src/evaluation/job/database';
import { DEFAULT_DECILES } from '../../src/evaluation/job/run';

/**
 * Synthetic caseloads for the evaluation bench: `referrals` referrals over three years with the
 * seed's shapes (each a clone of a seed resource with new ids, dates and codes) and distributions
 * like the seed's: areas of law (benefits most, then debt, housing…), about a quarter urgent, a
 * few consents refused (no referral follows) and withdrawn, outcomes, gains, levels of assistance and
 * sessions on closed cases, intake (and on most closed cases closing) before-and-after answers,
 * days to first contact from 0 to about three weeks, postcodes across the synthetic decile lookup,
 * GP consultations and some admissions around the referral date. Deterministic (seeded).
 * Written as the sandbox's data folder (its change log), which the sandbox replays at start.
 */
const AREA_WEIGHTS: readonly (readonly [WelfareLawArea, number])[] = [
  ['benefits', 36],
  ['debt', 21],
  ['housing', 14],
  ['employment', 8],
  ['education', 7],
  ['community-care', 7],
  ['immigration', 7],
];

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(rand: () => number, weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((n, [, w]) => n + w, 0);
  let r = rand() * total;
  for (const [value, w] of weighted) {
    r -= w;
    if (r < 0) {
      return value;
    }
  }
  return (weighted[weighted.length - 1] as readonly [T, number])[0];
}

const DAY = 86_400_000;
const iso = (ms: number): string => new Date(Math.floor(ms / 1000) * 1000).toISOString();

function template(all: readonly Resource[], type: string, id: string): Resource {
  const found = all.find((r) => r.resourceType === type && r.id === id);
  if (!found) {
    throw new Error(`The seed has no ${type}/${id}`);
  }
  return structuredClone(found);
}

export interface CaseloadSummary {
  readonly referrals: number;
  readonly resources: number;
  readonly dir: string;
}

/** Writes a sandbox data folder holding the seed's directory data and a synthetic caseload. */
export function writeCaseload(dir: string, referrals: number, now = new Date(), seed = 12): CaseloadSummary {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, CHANGE_LOG_FILE);
  writeFileSync(file, '');
  const rand = random(seed);
  const seedAll = seedResources(now);
  const lastUpdated = now.toISOString();
  const put = (r: Resource): { op: 'put'; resource: Resource & { id: string } } => ({
    op: 'put',
    resource: { ...r, id: r.id ?? '', meta: { ...r.meta, versionId: '1', lastUpdated } },
  });
  const directory = seedAll.filter((r) =>
    ['Organization', 'Location', 'HealthcareService', 'Practitioner', 'PractitionerRole'].includes(r.resourceType),
  );
  appendFileSync(file, `${JSON.stringify({ at: lastUpdated, ops: directory.map(put) })}\n`);

  const deciles: DecileRow[] = readDeciles(DEFAULT_DECILES);
  const patientT = template(seedAll, 'Patient', 'pat-001') as Patient;
  const referralT = template(seedAll, 'ServiceRequest', 'ref-01') as ServiceRequest;
  const taskT = template(seedAll, 'Task', 'task-04') as Task;
  const consentT = template(seedAll, 'Consent', 'consent-01') as Consent;
  const qrT = template(seedAll, 'QuestionnaireResponse', 'qr-01') as QuestionnaireResponse;
  const encounterT = template(seedAll, 'Encounter', 'enc-gp-001') as Encounter;
  const strainT = template(seedAll, 'QuestionnaireResponse', 'measure-04-strain-intake') as QuestionnaireResponse;
  const wellbeingT = template(seedAll, 'QuestionnaireResponse', 'measure-04-wellbeing-intake') as QuestionnaireResponse;
  // The before-and-after answers and levels of assistance draw from their own stream, so the
  // caseload's other figures stay as they were before these were added (issue 13).
  const measureRand = random(seed + 1);
  const measures = (
    n: string,
    patient: { reference: string },
    timepoint: MeasureTimepoint,
    at: number,
    strain: number,
    ons4: readonly number[],
  ): QuestionnaireResponse[] => {
    const common = {
      extension: [{ url: EXTENSION.measureTimepoint, valueCoding: localCoding(MEASURE_TIMEPOINT, timepoint) }],
      basedOn: [{ reference: `ServiceRequest/gen-ref-${n}` }],
      subject: patient,
      authored: iso(at),
    };
    const [code, display] = STRAIN_ANSWERS[strain] ?? ['LA14745-7', 'Somewhat hard'];
    return [
      {
        ...structuredClone(strainT),
        ...common,
        id: `gen-strain-${timepoint}-${n}`,
        item: [
          { linkId: 'financial-strain', answer: [{ valueCoding: { system: 'http://loinc.org', code, display } }] },
        ],
      },
      {
        ...structuredClone(wellbeingT),
        ...common,
        id: `gen-wellbeing-${timepoint}-${n}`,
        item: (wellbeingT.item ?? []).map((item, i) => ({
          linkId: item.linkId,
          answer: [{ valueInteger: ons4[i] ?? 5 }],
        })),
      },
    ];
  };

  let resources = directory.length;
  let patients = 0;
  let batch: Resource[] = [];
  const flush = (): void => {
    if (batch.length > 0) {
      appendFileSync(file, `${JSON.stringify({ at: lastUpdated, ops: batch.map(put) })}\n`);
      resources += batch.length;
      batch = [];
    }
  };
  const span = 3 * 365 * DAY;
  let patientId = '';
  for (let i = 0; i < referrals; i++) {
    const n = String(i).padStart(6, '0');
    // About 1.3 referrals a person: a new person three times in four.
    if (i === 0 || rand() < 0.77) {
      patients++;
      patientId = `gen-pat-${String(patients).padStart(6, '0')}`;
      const age = 18 + Math.floor(rand() * 70);
      const decile = deciles[Math.floor(Math.pow(rand(), 1.6) * deciles.length)] ?? deciles[0];
      batch.push({
        ...structuredClone(patientT),
        id: patientId,
        identifier: [],
        name: [{ family: 'Synthetic', given: [`Person${String(patients)}`] }],
        telecom: [],
        gender: pick(rand, [
          ['female', 55],
          ['male', 43],
          ['other', 2],
        ] as const),
        birthDate: `${String(now.getUTCFullYear() - age)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-15`,
        address: [{ use: 'home', postalCode: decile?.postcode ?? 'LS8 5NP', country: 'GB' }],
      });
    }
    const authored = now.getTime() - Math.floor(rand() * span);
    const ageDays = (now.getTime() - authored) / DAY;
    const patient = { reference: `Patient/${patientId}` };
    const consentStatus = pick(rand, [
      ['active', 93],
      ['rejected', 4],
      ['inactive', 3],
    ] as const);
    const areas = [pick(rand, AREA_WEIGHTS)];
    if (rand() < 0.3) {
      const second = pick(rand, AREA_WEIGHTS);
      if (!areas.includes(second)) {
        areas.push(second);
      }
    }
    const urgent = rand() < 0.27;
    batch.push({
      ...structuredClone(consentT),
      id: `gen-consent-${n}`,
      status: consentStatus,
      patient,
      performer: [patient],
      dateTime: iso(authored - 3_600_000),
    });
    batch.push({
      ...structuredClone(qrT),
      id: `gen-qr-${n}`,
      subject: patient,
      authored: iso(authored - 7_200_000),
    });
    const visits = Math.floor(rand() * 4);
    for (let v = 0; v < visits; v++) {
      const start = authored + Math.floor((rand() * 180 - 90) * DAY);
      const admitted = rand() < 0.1;
      batch.push({
        ...structuredClone(encounterT),
        id: `gen-enc-${n}-${String(v)}`,
        subject: patient,
        class: admitted
          ? { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'IMP', display: 'inpatient encounter' }
          : encounterT.class,
        period: { start: iso(start), end: iso(start + (admitted ? 3 * DAY : 600_000)) },
      });
    }
    if (consentStatus === 'rejected') {
      continue; // consent refused: no referral is sent
    }
    batch.push({
      ...structuredClone(referralT),
      id: `gen-ref-${n}`,
      identifier: [{ ...referralT.identifier?.[0], value: `00000000-0000-4000-8000-${n.padStart(12, '0')}` }],
      extension: [],
      priority: urgent ? 'urgent' : 'routine',
      subject: patient,
      requester: { reference: rand() < 0.8 ? 'PractitionerRole/gp' : 'PractitionerRole/ward-nurse' },
      authoredOn: iso(authored),
      reasonCode: areas.map((a) => ({ coding: [localCoding(WELFARE_LAW_AREA, a)] })),
      supportingInfo: [{ reference: `Consent/gen-consent-${n}` }, { reference: `QuestionnaireResponse/gen-qr-${n}` }],
      note: [],
    });
    const contactDays = Math.floor(Math.pow(rand(), 2) * 21);
    const status = generatedStatus(rand, ageDays);
    const stage = status === 'requested' ? undefined : (STAGE_OF_STATUS[status] ?? 'closed');
    const outcomes: OutcomeEntry[] = [];
    if (status === 'completed') {
      if (rand() < 0.55) {
        outcomes.push({
          type: 'benefit-awarded',
          benefit: 'Universal Credit',
          weeklyPence: 2000 + Math.floor(rand() * 13_000),
        });
      }
      if (rand() < 0.3) {
        outcomes.push({ type: 'backdated-arrears', amountPence: 20_000 + Math.floor(rand() * 280_000) });
      }
      if (rand() < 0.15) {
        outcomes.push({ type: 'debt-written-off', amountPence: 10_000 + Math.floor(rand() * 500_000) });
      }
      if (outcomes.length === 0) {
        outcomes.push({ type: 'referred-on' });
      }
    }
    batch.push({
      ...structuredClone(taskT),
      id: `gen-task-${n}`,
      status,
      ...(['rejected', 'cancelled', 'failed'].includes(status) ? { statusReason: { text: 'Synthetic' } } : {}),
      ...(stage ? { businessStatus: { coding: [localCoding(BUSINESS_STAGE, stage)] } } : { businessStatus: undefined }),
      priority: urgent ? 'urgent' : 'routine',
      focus: { reference: `ServiceRequest/gen-ref-${n}` },
      for: patient,
      authoredOn: iso(authored),
      lastModified: iso(Math.min(now.getTime(), authored + contactDays * DAY)),
      ...(status === 'completed'
        ? {
            output: caseOutputs({
              assistanceLevel: pick(measureRand, ASSISTANCE_WEIGHTS),
              sessions: 1 + Math.floor(rand() * 6),
              outcomes,
            }) as Task['output'],
          }
        : { output: undefined }),
    });
    if (['in-progress', 'on-hold', 'completed'].includes(status)) {
      // Intake at first contact; a closing answer on most closed cases, usually a little better.
      const strain = Math.floor(measureRand() * 3);
      const ons4 = [0, 1, 2, 3].map(() => Math.floor(measureRand() * 11));
      const contactedAt = authored + contactDays * DAY;
      batch.push(...measures(n, patient, 'intake', Math.min(now.getTime(), contactedAt), strain, ons4));
      if (status === 'completed' && measureRand() < 0.6) {
        const shift = (): number => Math.floor(measureRand() * 5) - 1;
        const after = ons4.map((v, i) => Math.max(0, Math.min(10, i === 3 ? v - shift() : v + shift())));
        batch.push(
          ...measures(
            n,
            patient,
            'closing',
            Math.min(now.getTime(), contactedAt + 600_000),
            Math.max(0, strain - (measureRand() < 0.5 ? 1 : 0)),
            after,
          ),
        );
      }
    }
    if (batch.length >= 2000) {
      flush();
    }
  }
  flush();
  return { referrals, resources, dir };
}

/** Financial strain answers (LOINC 76513-1), from not hard at all (0) to very hard (2). */
const STRAIN_ANSWERS: readonly (readonly [string, string])[] = [
  ['LA31980-8', 'Not hard at all'],
  ['LA14745-7', 'Somewhat hard'],
  ['LA15832-1', 'Very hard'],
];

const ASSISTANCE_WEIGHTS: readonly (readonly [AssistanceLevel, number])[] = [
  ['information-signposting', 15],
  ['advice', 45],
  ['advice-with-casework', 35],
  ['specialist-representation', 5],
];

/** The business stage that goes with a generated open status; every other status is closed. */
const STAGE_OF_STATUS: Partial<Record<Task['status'], BusinessStage>> = {
  accepted: 'awaiting-contact',
  'in-progress': 'casework',
  'on-hold': 'contacted',
};

/** A Task status as the seed's distributions have them: new, then mostly open, then mostly closed. */
function generatedStatus(rand: () => number, ageDays: number): Task['status'] {
  if (ageDays < 3) {
    return 'requested';
  }
  if (ageDays < 60) {
    return pick(rand, [
      ['accepted', 3],
      ['in-progress', 5],
      ['on-hold', 1],
      ['rejected', 1],
    ] as const);
  }
  return pick(rand, [
    ['completed', 68],
    ['rejected', 8],
    ['cancelled', 6],
    ['failed', 12],
    ['in-progress', 6],
  ] as const);
}
