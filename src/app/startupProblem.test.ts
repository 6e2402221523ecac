import type { CapabilityStatement } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { LAUNCH_PROBLEMS } from '../smart/launchErrors';
import { startupProblem } from './startupProblem';

const session = (role: 'gp' | 'adviser' | 'lead'): Parameters<typeof startupProblem>[0] => ({
  user: { reference: 'PractitionerRole/x', name: 'X', role, roleLabel: 'X', organisation: undefined },
  patient: { resourceType: 'Patient', id: 'p' },
});

/** A server that declares no system interactions and no resources at all. */
const bare: CapabilityStatement = {
  resourceType: 'CapabilityStatement',
  status: 'active',
  date: '2026-01-01',
  kind: 'instance',
  fhirVersion: '4.0.1',
  format: ['json'],
  rest: [{ mode: 'server' }],
};

describe('startup problems', () => {
  it('tells the user plainly when the server lacks what their screens need', () => {
    const problem = startupProblem(session('gp'), bare);
    expect(problem?.title).toBe('This record system cannot run HJP Link yet');
    expect(problem?.explanation).toContain('saving several records together in one transaction');
    expect(problem?.explanation).toContain('creating a ServiceRequest only if it does not exist yet');
    expect(problem?.whatToDo).toMatch(/IT service desk/);
  });

  it('stops nothing when /metadata could not be read, or for the lead, who only reads', () => {
    expect(startupProblem(session('gp'), undefined)).toBeUndefined();
    expect(startupProblem(session('lead'), bare)).toBeUndefined();
  });

  it('still puts an unknown user or a missing patient first', () => {
    expect(startupProblem({ user: undefined, patient: undefined }, bare)).toBe(LAUNCH_PROBLEMS.unknownUser);
    expect(startupProblem({ ...session('gp'), patient: undefined }, bare)).toBe(LAUNCH_PROBLEMS.noPatient);
  });

  it('lets a clinician without a patient in when the launch was for the practice worklist', () => {
    const practice = { ...session('gp'), patient: undefined, context: { practiceList: true } };
    expect(startupProblem(practice, undefined)).toBeUndefined();
    expect(startupProblem({ ...practice, context: { practiceList: false } }, undefined)).toBe(
      LAUNCH_PROBLEMS.noPatient,
    );
  });
});
