import { describe, expect, it } from 'vitest';
import type { Bundle, Questionnaire } from 'fhir/r4';
import { WELFARE_QUESTIONNAIRE } from '../../fhir-profiles/src/terminology';
import { checklistFixture } from '../domain/screening/fixture';
import { questionnaireFromSearch } from './questionnaire';

const { url, version } = WELFARE_QUESTIONNAIRE;
const search = (...resources: unknown[]): Bundle =>
  ({ resourceType: 'Bundle', type: 'searchset', entry: resources.map((resource) => ({ resource })) }) as Bundle;

describe('the checklist from the server', () => {
  it('accepts the compiled checklist', () => {
    const q = questionnaireFromSearch(search(checklistFixture()), url, version);
    expect(typeof q === 'object' && q.url).toBe(url);
  });
  it('says missing when the server has no checklist of that url and version', () => {
    expect(questionnaireFromSearch(search(), url, version)).toBe('missing');
    expect(questionnaireFromSearch(search({ ...checklistFixture(), version: '0.9' }), url, version)).toBe('missing');
  });
  it.each<[string, (q: Questionnaire) => unknown]>([
    ['an item type the renderer cannot show', (q) => ({ ...q, item: [{ linkId: 'x', type: 'attachment' }] })],
    ['an item without linkId', (q) => ({ ...q, item: [{ type: 'choice', text: 'x' }] })],
    ['a nested item that is not an object', (q) => ({ ...q, item: [{ linkId: 'g', type: 'group', item: ['oops'] }] })],
    ['no items at all', (q) => ({ ...q, item: [] })],
  ])('refuses a malformed checklist: %s', (_name, corrupt) => {
    expect(questionnaireFromSearch(search(corrupt(checklistFixture())), url, version)).toBe('malformed');
  });
});
