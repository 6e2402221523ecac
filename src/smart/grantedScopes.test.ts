import { describe, expect, it } from 'vitest';
import { isGranted, missingScopes, scopeLimits } from './grantedScopes';
import { SCOPES } from './scopes';

const readOnly = (scopes: readonly string[]): string =>
  scopes
    .map((s) => s.replace(/\.(c?)(r?)(u?)(d?)(s?)$/, (_m, _c, r: string, _u, _d, s2: string) => `.${r}${s2}`))
    .join(' ');

describe('granted scopes compared with requested', () => {
  it('reads SMART v2 letters, v1 read/write and wildcards', () => {
    expect(isGranted('patient/Task.crus', ['patient/Task.cruds'])).toBe(true);
    expect(isGranted('patient/Task.crus', ['patient/*.cruds'])).toBe(true);
    expect(isGranted('patient/Task.crus', ['patient/Task.read', 'patient/Task.write'])).toBe(true);
    expect(isGranted('patient/Task.crus', ['patient/Task.rs'])).toBe(false);
    expect(isGranted('patient/Task.rs', ['user/Task.rs'])).toBe(false);
  });

  it('lists what was asked for and not granted (resource scopes only)', () => {
    expect(missingScopes(SCOPES.clinician, SCOPES.clinician.join(' '))).toEqual([]);
    expect(missingScopes(['launch', 'patient/Task.crus', 'patient/Patient.r'], 'patient/Patient.r')).toEqual([
      'patient/Task.crus',
    ]);
  });

  it('a GP granted read access only is told they can view referrals but not send them', () => {
    const limits = scopeLimits('clinician', SCOPES.clinician, readOnly(SCOPES.clinician));
    expect(limits.canRefer).toBe(false);
    expect(limits.sentences[0]).toMatch(/^You can view referrals but not send them: your EHR did not grant/);
    expect(limits.sentences.join(' ')).not.toMatch(/patient\//);
  });

  it('everything granted: nothing to say; no scope in the answer: nothing assumed', () => {
    expect(scopeLimits('clinician', SCOPES.clinician, SCOPES.clinician.join(' '))).toEqual({
      canRefer: true,
      sentences: [],
    });
    expect(scopeLimits('clinician', SCOPES.clinician, undefined).canRefer).toBe(true);
  });

  it('an adviser without Task updates is told before starting', () => {
    const granted = SCOPES.adviser.filter((s) => s !== 'user/Task.crus').join(' ') + ' user/Task.rs';
    expect(scopeLimits('adviser', SCOPES.adviser, granted).sentences).toEqual([
      expect.stringMatching(/can view cases but not accept, update or close them/),
      expect.stringMatching(/cannot ask for medical evidence/),
    ]);
  });
});
