import { describe, expect, it } from 'vitest';
import { caseloadSearch, listPaths, readCaseloadSearch } from './listPaths';
import { paths } from './paths';

describe('screen URLs', () => {
  it('round-trips the caseload filters and page through the query string', () => {
    const filters = { status: 'in-progress', stage: 'casework', area: 'debt', urgency: 'urgent' } as const;
    expect(readCaseloadSearch(caseloadSearch(filters, 3))).toEqual({ filters, page: 3 });
    expect(listPaths.caseload({ status: 'open' }, 1)).toBe('/');
    expect(readCaseloadSearch('')).toEqual({ filters: { status: 'open' }, page: 1 });
  });

  it('keeps the owner filter (a code) and never the search text or the adviser (patient data, not a filter)', () => {
    const filters = { status: 'open', owner: 'mine' } as const;
    expect(readCaseloadSearch(caseloadSearch(filters, 1))).toEqual({ filters, page: 1 });
    const url = listPaths.caseload(
      { status: 'all', owner: 'unassigned', text: '999 234 5675', me: 'PractitionerRole/x' },
      2,
    );
    expect(url).toBe('/?status=all&owner=unassigned&page=2');
    expect(listPaths.caseload({ status: 'open', text: 'Hussain' }, 1)).toBe('/');
  });

  it('ignores what it does not know instead of searching for it', () => {
    expect(readCaseloadSearch('status=nonsense&area=<x>&page=-2')).toEqual({ filters: { status: 'open' }, page: 1 });
  });

  it('puts the practice worklist’s filter codes and page in the address, defaults left out', () => {
    expect(listPaths.worklist({ who: 'practice', status: 'all' }, 1)).toBe('/');
    expect(listPaths.worklist({ who: 'mine', status: 'open', attention: 'messages' }, 2)).toBe(
      '/?attention=messages&who=mine&status=open&page=2',
    );
  });

  it('carries ids only', () => {
    expect(paths.case('task-01')).toBe('/cases/task-01');
    expect(paths.evidenceRequest('ref-04', 'evid-04')).toBe('/referrals/ref-04/evidence/evid-04');
    expect(paths.step('consent')).toBe('/refer/consent');
  });
});
