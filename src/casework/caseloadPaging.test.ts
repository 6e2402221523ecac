import { describe, expect, it } from 'vitest';
import { currentCursor, FIRST_PAGE, pageFromSearch, pageLinks, popPage, pushPage } from './caseloadPaging';

describe('caseload paging history', () => {
  it('goes forward by pushing the next cursor and back by popping it; the first page stays', () => {
    const second = pushPage(FIRST_PAGE, { segment: 0, url: 'https://ehr.example/fhir/Task?ct=abc' });
    const third = pushPage(second, { segment: 1 });
    expect(currentCursor(third)).toEqual({ segment: 1 });
    expect(popPage(third)).toEqual(second);
    expect(popPage(popPage(popPage(third)))).toEqual(FIRST_PAGE);
  });

  it('puts only the page number in the address, never a server link', () => {
    const history = pushPage(pushPage(FIRST_PAGE, { segment: 0, url: 'https://ehr.example/fhir/Task?ct=abc' }), {
      segment: 1,
    });
    expect(pageLinks(history)).toEqual({ page: 3, previous: 2, search: 'page=3' });
    expect(pageLinks(FIRST_PAGE)).toEqual({ page: 1, previous: undefined, search: '' });
    expect(pageFromSearch(pageLinks(history).search)).toBe(3);
  });

  it('reads a page number back from the address, 1 for anything odd', () => {
    expect(pageFromSearch('?status=open&page=12')).toBe(12);
    for (const odd of ['', 'page=0', 'page=-2', 'page=two', 'page=99999', 'page=1e3']) {
      expect(pageFromSearch(odd)).toBe(1);
    }
  });
});
