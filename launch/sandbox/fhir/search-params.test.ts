import { parseSearchRequest } from '@medplum/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexBaseDefinitions } from '../../../fhir-profiles/src/validation/definitions';
import { queryModifierProblem, searchRequestProblem } from './search-params';

const problem = (query: string): string | undefined => searchRequestProblem(parseSearchRequest(query));

describe('searchRequestProblem', () => {
  beforeAll(() => {
    indexBaseDefinitions();
  });

  it('accepts standard, modified and chained parameters', () => {
    expect(
      problem(
        'Task?owner=Organization/x&status:not=completed&_include=Task:focus&_include:iterate=ServiceRequest:subject',
      ),
    ).toBeUndefined();
    expect(
      problem('Patient?name:contains=a&family:exact=B&birthdate:missing=true&_id=1&_lastUpdated=gt2020-01-01'),
    ).toBeUndefined();
    expect(
      problem('Task?_tag=a|b&_profile=x&_security=y&_sort=-authored-on,_lastUpdated&_revinclude=Provenance:target'),
    ).toBeUndefined();
    expect(
      problem('Task?focus:ServiceRequest.status=active&patient.identifier=x&_format=json&_pretty=true'),
    ).toBeUndefined();
  });

  it('names an unknown parameter, modifier, chain, include or sort', () => {
    expect(problem('Task?stauts=requested')).toMatch(/Unknown search parameter for Task: stauts/);
    expect(problem('Task?_foo=1')).toMatch(/_foo/);
    expect(problem('Task?focus:ServiceRequest.nonsense=1')).toMatch(/ServiceRequest: nonsense/);
    expect(problem('Task?status.code=1')).toMatch(/reference/);
    expect(problem('Task?_include=Task:nothing')).toMatch(/_include/);
    expect(problem('Task?_revinclude=Provenance:nothing')).toMatch(/_revinclude/);
    expect(problem('Task?_sort=colour')).toMatch(/_sort/);
    expect(problem('Patient?_has:Observation:patient:code=1')).toMatch(/_has/);
  });

  it('refuses unknown modifiers on the raw query keys', () => {
    expect(
      queryModifierProblem(['status:not', 'subject:Patient', 'focus:ServiceRequest.status', '_include:iterate']),
    ).toBeUndefined();
    expect(queryModifierProblem(['status', 'status:sideways'])).toBe('Unknown search modifier: status:sideways');
  });
});
