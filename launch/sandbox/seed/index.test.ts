import { resolve } from 'node:path';
import type { Encounter, Patient, PractitionerRole, Resource } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { NHS_NUMBER_SYSTEM, USER_ROLE_SYSTEM } from '../../../fhir-profiles/src/canonical';
import { loadValidator } from '../../../fhir-profiles/src/validation';
import type { ResourceValidator } from '../../../fhir-profiles/src/validation';
import { seedResources } from './index';
import { isTestNhsNumber } from './nhsNumber';

const NOW = new Date('2026-11-27T12:00:00Z');
const seed = seedResources(NOW);
const key = (r: Resource): string => `${r.resourceType}/${r.id ?? ''}`;
const byKey = new Map(seed.map((r) => [key(r), r]));

function get<T extends Resource>(type: T['resourceType'], id: string): T {
  const found = byKey.get(`${type}/${id}`);
  if (!found) {
    throw new Error(`missing ${type}/${id}`);
  }
  return found as T;
}

/** Every `reference` string anywhere in a resource. */
function references(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.flatMap(references);
  }
  if (value === null || typeof value !== 'object') {
    return [];
  }
  return Object.entries(value).flatMap(([k, v]) => (k === 'reference' && typeof v === 'string' ? [v] : references(v)));
}

describe('seed resources', () => {
  let validator: ResourceValidator;
  beforeAll(async () => {
    validator = await loadValidator(resolve(import.meta.dirname, '../../../fhir-profiles/build/package'));
  });

  it('every resource is valid R4', () => {
    const invalid = seed
      .map((r) => ({ key: key(r), issues: validator.validate(r) }))
      .filter((v) => v.issues.length > 0);
    expect(invalid).toEqual([]);
  });

  it('the validation above has teeth: a corrupted seed encounter is rejected', () => {
    const broken = { ...get<Encounter>('Encounter', 'enc-ward-001'), period: { start: 'yesterday' } };
    expect(validator.validate(broken).length).toBeGreaterThan(0);
  });

  it('every resource has an id and ids are unique per type', () => {
    expect(seed.every((r) => typeof r.id === 'string' && r.id.length > 0)).toBe(true);
    expect(byKey.size).toBe(seed.length);
  });

  it('every reference resolves to a seed resource', () => {
    const dangling = seed.flatMap((r) =>
      references(r)
        .filter((ref) => !byKey.has(ref))
        .map((ref) => `${key(r)} -> ${ref}`),
    );
    expect(references(seed).length).toBeGreaterThan(30);
    expect(dangling).toEqual([]);
  });

  it('has the fixed ids the rest of the project relies on', () => {
    const fixed = [
      'Organization/org-gp-practice',
      'Organization/org-hospital',
      'Organization/org-advice',
      'HealthcareService/hs-welfare-advice',
      'Location/loc-ward-7',
      'Encounter/enc-ward-001',
      ...['gp', 'ward-nurse', 'adviser', 'adviser-2', 'lead'].flatMap((u) => [
        `PractitionerRole/${u}`,
        `Practitioner/pract-${u}`,
      ]),
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `Patient/pat-00${n}`),
    ];
    expect(fixed.filter((k) => !byKey.has(k))).toEqual([]);
  });

  it('every patient has one valid test-range NHS number, unique across patients', () => {
    const patients = seed.filter((r): r is Patient => r.resourceType === 'Patient');
    const numbers = patients.map((p) =>
      p.identifier?.filter((i) => i.system === NHS_NUMBER_SYSTEM).map((i) => i.value),
    );
    expect(numbers.every((n) => n?.length === 1)).toBe(true);
    const flat = numbers.flatMap((n) => n ?? []);
    expect(flat.every((n) => n !== undefined && isTestNhsNumber(n))).toBe(true);
    expect(new Set(flat).size).toBe(8);
  });

  it('gives each user the app role code and the expected organisation', () => {
    const expected: Record<string, [string, string]> = {
      gp: ['gp', 'Organization/org-gp-practice'],
      'ward-nurse': ['ward-nurse', 'Organization/org-hospital'],
      adviser: ['adviser', 'Organization/org-advice'],
      'adviser-2': ['adviser', 'Organization/org-advice'],
      lead: ['lead', 'Organization/org-advice'],
    };
    for (const [id, [role, org]] of Object.entries(expected)) {
      const pr = get<PractitionerRole>('PractitionerRole', id);
      const codes = pr.code
        ?.flatMap((c) => c.coding ?? [])
        .filter((c) => c.system === USER_ROLE_SYSTEM)
        .map((c) => c.code);
      expect({ id, codes, org: pr.organization?.reference }).toEqual({ id, codes: [role], org });
      expect(pr.practitioner?.reference).toBe(`Practitioner/pract-${id}`);
    }
  });

  it('admits pat-002 to Ward 7 a few days before now', () => {
    const enc = get<Encounter>('Encounter', 'enc-ward-001');
    expect(enc.subject?.reference).toBe('Patient/pat-002');
    expect(enc.class.code).toBe('IMP');
    expect(enc.status).toBe('in-progress');
    expect(enc.location?.[0]?.location.reference).toBe('Location/loc-ward-7');
    const ageDays = (NOW.getTime() - Date.parse(enc.period?.start ?? '')) / 86_400_000;
    expect(ageDays).toBeGreaterThan(1);
    expect(ageDays).toBeLessThan(7);
  });

  it('covers the cases the flows need: ages 19 to 80, an interpreter, a patient without telecom', () => {
    const patients = seed.filter((r): r is Patient => r.resourceType === 'Patient');
    const years = patients.map((p) => (NOW.getTime() - Date.parse(p.birthDate ?? '')) / (365.25 * 86_400_000));
    expect(Math.floor(Math.min(...years))).toBe(19);
    expect(Math.floor(Math.max(...years))).toBe(80);
    const languages = patients.flatMap((p) => p.communication?.map((c) => c.language.coding?.[0]?.code) ?? []);
    expect(languages).toEqual(['pl']);
    expect(patients.filter((p) => !p.telecom).map((p) => p.id)).toEqual(['pat-007']);
    expect(patients.every((p) => p.generalPractitioner?.[0]?.reference === 'Organization/org-gp-practice')).toBe(true);
  });

  it('returns fresh objects on every call', () => {
    const a = seedResources(NOW);
    const b = seedResources(NOW);
    expect(a).toEqual(b);
    expect(a[0]).not.toBe(b[0]);
  });
});
