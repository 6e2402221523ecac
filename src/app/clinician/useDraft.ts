import { useCallback, useState } from 'react';
import { loadDraft, newDraft, saveDraft, clearDraft, type Draft } from './draft';

/** The patient's draft, kept in sessionStorage on every change (survives a reload or an expired token). */
export function useDraft(patientId: string): [Draft, (change: (d: Draft) => Draft) => void, () => void] {
  const [draft, setDraft] = useState<Draft>(
    () => loadDraft(sessionStorage, patientId) ?? newDraft(patientId, () => crypto.randomUUID()),
  );
  const update = useCallback((change: (d: Draft) => Draft) => {
    setDraft((current) => {
      const next = change(current);
      saveDraft(sessionStorage, next);
      return next;
    });
  }, []);
  const reset = useCallback(() => {
    clearDraft(sessionStorage, patientId);
    setDraft(newDraft(patientId, () => crypto.randomUUID()));
  }, [patientId]);
  return [draft, update, reset];
}
