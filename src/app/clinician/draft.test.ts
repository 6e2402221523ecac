import { describe, expect, it } from 'vitest';
import { clearDraft, loadDraft, newDraft, saveDraft } from './draft';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(k: string): string | null {
    return this.items.get(k) ?? null;
  }
  key(i: number): string | null {
    return [...this.items.keys()][i] ?? null;
  }
  removeItem(k: string): void {
    this.items.delete(k);
  }
  setItem(k: string, v: string): void {
    this.items.set(k, v);
  }
}

let n = 0;
const uuid = (): string => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

describe('drafts', () => {
  it('survive a reload with the same identifiers (so a resubmit is idempotent)', () => {
    const storage = new MemoryStorage();
    const draft = { ...newDraft('pat-001', uuid), step: 'checklist' as const, answers: { q: [{ valueString: 'x' }] } };
    saveDraft(storage, draft);
    expect(loadDraft(storage, 'pat-001')).toEqual(draft);
  });
  it('are per patient', () => {
    const storage = new MemoryStorage();
    saveDraft(storage, newDraft('pat-001', uuid));
    expect(loadDraft(storage, 'pat-002')).toBeUndefined();
  });
  it('a damaged draft is dropped, not trusted', () => {
    const storage = new MemoryStorage();
    storage.setItem('hjp-link:draft:pat-001', '{"v":1,"patientId":"pat-001","referralId":"x"}');
    expect(loadDraft(storage, 'pat-001')).toBeUndefined();
    expect(storage.length).toBe(0);
    storage.setItem('hjp-link:draft:pat-001', 'not json');
    expect(loadDraft(storage, 'pat-001')).toBeUndefined();
  });
  it('are cleared after a successful submit', () => {
    const storage = new MemoryStorage();
    saveDraft(storage, newDraft('pat-001', uuid));
    clearDraft(storage, 'pat-001');
    expect(loadDraft(storage, 'pat-001')).toBeUndefined();
  });

  it('keep where the draft is on the record (id and version) and the check step across a reload', () => {
    const storage = new MemoryStorage();
    const draft = { ...newDraft('pat-006', uuid), step: 'check' as const, server: { id: 'qr-9', versionId: '3' } };
    saveDraft(storage, draft);
    expect(loadDraft(storage, 'pat-006')).toMatchObject({ step: 'check', server: { id: 'qr-9', versionId: '3' } });
  });
});
