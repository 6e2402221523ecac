import { describe, expect, it } from 'vitest';
import type { Task } from 'fhir/r4';
import {
  BUSINESS_STAGE,
  REFERRAL_IDENTIFIER_SYSTEM,
  REFERRAL_REFERENCE_SYSTEM,
  TASK_TYPE,
} from '../../fhir-profiles/src/terminology';
import { readShortReference, referralReference, shortReference } from './caseRef';
import { areaLabel, stageLabel, stageOf, stageText, statusLabel } from './labels';
import { identifierSearch, identifierSearchOf, patientOfTask, referenceId } from './references';
import { OPEN_TASK_STATUSES, isOpenEvidenceRequest, isOpenTaskStatus } from './taskStates';

const task = (extra: Partial<Task>): Task => ({ resourceType: 'Task', status: 'requested', intent: 'order', ...extra });

describe('labels', () => {
  it('names each status once per audience', () => {
    expect(statusLabel('requested')).toBe('New referral');
    expect(statusLabel('requested', 'referrer')).toBe('Sent to the advice service');
    expect(statusLabel(undefined)).toBe('Unknown');
  });

  it('names areas and stages, and reads the stage off a Task', () => {
    expect(areaLabel('housing')).toBe('Housing');
    const t = task({ businessStatus: { coding: [{ system: BUSINESS_STAGE.system, code: 'casework' }] } });
    expect(stageOf(t)).toBe('casework');
    expect(stageLabel(stageOf(t))).toBe(BUSINESS_STAGE.codes.casework);
    expect(stageLabel(undefined)).toBe('Not set');
    expect(stageText(task({ businessStatus: { text: 'Their own words' } }))).toBe('Their own words');
    expect(stageOf(task({ businessStatus: { coding: [{ system: 'other', code: 'casework' }] } }))).toBeUndefined();
  });
});

describe('references and identifiers', () => {
  it('reads ids of the expected type only', () => {
    expect(referenceId({ reference: 'Patient/pat-001' }, 'Patient')).toBe('pat-001');
    expect(referenceId('Group/g1', 'Patient')).toBeUndefined();
    expect(patientOfTask(task({ for: { reference: 'Patient/pat-002' } }))).toBe('pat-002');
    expect(patientOfTask(task({}))).toBe('');
  });

  it('builds the one identifier search string', () => {
    expect(identifierSearch('https://x.example/id', 'a|b')).toBe('identifier=https%3A%2F%2Fx.example%2Fid%7Ca%7Cb');
    expect(identifierSearchOf({ system: 's', value: 'v' })).toBe('identifier=s%7Cv');
  });
});

describe('task states', () => {
  it('has one list of open statuses', () => {
    expect(OPEN_TASK_STATUSES).toEqual(['requested', 'accepted', 'in-progress', 'on-hold']);
    expect(isOpenTaskStatus('draft')).toBe(true);
    expect(isOpenTaskStatus('completed')).toBe(false);
  });

  it('knows an open evidence request', () => {
    const code = { coding: [{ system: TASK_TYPE.system, code: 'medical-evidence' }] };
    expect(isOpenEvidenceRequest(task({ code }))).toBe(true);
    expect(isOpenEvidenceRequest(task({ code, status: 'completed' }))).toBe(false);
    expect(isOpenEvidenceRequest(task({ code: { coding: [{ system: 'other', code: 'medical-evidence' }] } }))).toBe(
      false,
    );
  });
});

describe('the referral reference', () => {
  const referral = (identifier: { system: string; value: string }[]) =>
    ({
      resourceType: 'ServiceRequest',
      status: 'active',
      intent: 'order',
      subject: { reference: 'Patient/p' },
      identifier,
    }) as const;

  it('is the short reference: the UUID’s last 40 bits in Crockford base 32, in groups of four', () => {
    expect(shortReference('2b7c0c0e-5d7a-4c5e-9d55-2f0f3a6b1c9d')).toBe('HJP-1WX6-P74X');
    expect(shortReference('5eed0000-0000-4000-8000-000000000004')).toBe('HJP-0000-0004');
    expect(shortReference('5eed0000-0000-4000-8000-000000000010')).toBe('HJP-0000-000G');
    expect(shortReference('FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF')).toBe('HJP-ZZZZ-ZZZZ');
    expect(shortReference('not-a-uuid')).toBeUndefined();
  });

  it('is read back from what someone types, in its one written form', () => {
    for (const typed of ['HJP-1WX6-P74X', 'hjp 1wx6 p74x', 'hjp1wx6p74x', '1WX6-P74X', '1wx6 p74x', '1WX6P74X']) {
      expect(readShortReference(typed), typed).toBe('HJP-1WX6-P74X');
    }
    // Crockford: O is a zero, I and L are ones.
    expect(readShortReference('HJP-OOOO-OOLI')).toBe('HJP-0000-0011');
    // An eight-letter name is a name; U is not a Crockford character.
    expect(readShortReference('Pemberty')).toBeUndefined();
    expect(readShortReference('HJP-UUUU-0000')).toBeUndefined();
    expect(readShortReference('HJP-1WX6-P74')).toBeUndefined();
  });

  it('is the stored short reference, else the one the UUID gives, else the identifier as it stands', () => {
    const id = { system: REFERRAL_IDENTIFIER_SYSTEM, value: '2b7c0c0e-5d7a-4c5e-9d55-2f0f3a6b1c9d' };
    expect(
      referralReference(
        referral([
          { system: 'https://example.org/other', value: 'x' },
          id,
          { system: REFERRAL_REFERENCE_SYSTEM, value: 'HJP-0000-0001' },
        ]),
      ),
    ).toBe('HJP-0000-0001');
    expect(referralReference(referral([id]))).toBe('HJP-1WX6-P74X');
    expect(referralReference(referral([{ system: REFERRAL_IDENTIFIER_SYSTEM, value: 'EHR-42' }]))).toBe('EHR-42');
    expect(referralReference(undefined)).toBeUndefined();
  });
});
