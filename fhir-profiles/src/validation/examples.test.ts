import { beforeAll, describe, expect, it } from 'vitest';
import type { Patient, Resource } from '@medplum/fhirtypes';
import { loadInvalidCases, loadValidExamples, PACKAGE_DIR } from '../examples';
import { PROFILE } from '../terminology';
import { loadValidator, type ResourceValidator } from './index';

let validator: ResourceValidator;
const valid = loadValidExamples();

beforeAll(async () => {
  validator = await loadValidator(PACKAGE_DIR);
});

describe('valid examples', () => {
  it('include one example per HJP profile', () => {
    const claimed = new Set([...valid.values()].flatMap((r) => r.meta?.profile ?? []));
    expect([...claimed].sort()).toEqual(Object.values(PROFILE).sort());
  });

  it.each([...valid.entries()])('%s validates against base R4 and its HJP profile', (_name, resource) => {
    expect(validator.validate(resource)).toEqual([]);
  });
});

describe('invalid examples', () => {
  const cases = loadInvalidCases();

  it('exist for every HJP profile', () => {
    const claimed = new Set(cases.flatMap((c) => c.resource.meta?.profile ?? []));
    for (const url of Object.values(PROFILE)) {
      expect(claimed).toContain(url);
    }
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s is rejected for its own reason', (_name, c) => {
    const issues = validator.validate(c.resource);
    const match = issues.find(
      (i) => i.expression?.includes(c.expect.expression) && (i.details?.text ?? '').includes(c.expect.text),
    );
    expect(match, `${c.why}; got ${JSON.stringify(issues)}`).toBeDefined();
    expect(match?.severity).toBe('error');
  });
});

describe('base R4 rules on profiled resources', () => {
  it('still rejects an unknown property on a resource that claims an HJP profile', () => {
    const consent = valid.get('Consent-example-consent');
    const issues = validator.validate({ ...consent, colour: 'blue' } as unknown as Resource);
    expect(issues.map((i) => i.expression?.[0])).toContain('Consent.colour');
  });
});

describe('bindings outside HJP profiles', () => {
  it('rejects a base R4 required-binding violation on a resource without an HJP profile', () => {
    const patient = { resourceType: 'Patient', gender: 'mostly' } as unknown as Patient;
    const issues = validator.validate(patient);
    expect(issues.map((i) => i.expression?.[0])).toContain('Patient.gender');
  });

  it('checks required bindings inside datatypes (Identifier.use)', () => {
    const patient: Resource = { resourceType: 'Patient', identifier: [{ use: 'primary' as never, value: 'x' }] };
    const issues = validator.validate(patient);
    expect(issues.map((i) => i.expression?.[0])).toContain('Patient.identifier[0].use');
  });

  it('accepts codes from systems it cannot enumerate (e.g. BCP-47 languages)', () => {
    const patient: Resource = { resourceType: 'Patient', language: 'cy-GB', gender: 'female' };
    expect(validator.validate(patient)).toEqual([]);
  });
});
