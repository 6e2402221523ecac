import { useCallback, useEffect, useRef, useState } from 'react';
import type { QuestionnaireResponse } from 'fhir/r4';
import type { FhirGateway } from '../../fhir/gateway';
import { saveScreeningDraft, type ServerCopy } from '../../screening/api';
import type { Draft } from './draft';

/** How long answers rest before the draft is saved to the record (debounce). */
const SAVE_AFTER_MS = 1000;
/** After a failed save, when to try again (the answers stay on this device meanwhile). */
const RETRY_AFTER_MS = 5000;

export type DraftSaveState = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * Saves the checklist in progress to the record as the clinician goes: about a second after the
 * last change, one save at a time, each an idempotent conditional create or If-Match update of
 * the draft's one QuestionnaireResponse. A failing save keeps the local copy (sessionStorage, in
 * the draft) and tries again. `saveNow` saves at once with a status (completed on finish,
 * stopped on discard) after any save under way.
 */
export function useScreeningDraft(
  gateway: FhirGateway,
  draft: Draft,
  updateDraft: (change: (d: Draft) => Draft) => void,
  response: (status: 'in-progress' | 'completed' | 'stopped') => QuestionnaireResponse,
  /** Saving as the clinician goes happens on the checklist step only (the other steps do not change the answers). */
  autosave: boolean,
): { state: DraftSaveState; saveNow: (status: 'completed' | 'stopped') => Promise<void> } {
  const [state, setState] = useState<DraftSaveState>('idle');
  const [retry, setRetry] = useState(0);
  const server = useRef<ServerCopy | undefined>(draft.server);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const latest = useRef(response);
  useEffect(() => {
    latest.current = response;
  });
  const savedAnswers = useRef(draft.server ? JSON.stringify(draft.answers) : '');

  const save = useCallback(
    (status: 'in-progress' | 'completed' | 'stopped'): Promise<void> => {
      const run = queue.current.then(async () => {
        const copy = await saveScreeningDraft(gateway, latest.current(status), server.current);
        server.current = copy;
        updateDraft((d) => ({ ...d, server: copy }));
      });
      queue.current = run.catch(() => undefined);
      return run;
    },
    [gateway, updateDraft],
  );

  const answers = JSON.stringify(draft.answers);
  const pending = autosave && !draft.screeningSaved && answers !== '{}';
  useEffect(() => {
    if (!pending || answers === savedAnswers.current) {
      return undefined;
    }
    const timer = setTimeout(
      () => {
        setState('saving');
        save('in-progress').then(
          () => {
            savedAnswers.current = answers;
            setState('saved');
          },
          () => {
            setState('failed');
            setRetry((n) => n + 1);
          },
        );
      },
      state === 'failed' ? RETRY_AFTER_MS : SAVE_AFTER_MS,
    );
    return () => {
      clearTimeout(timer);
    };
    // `state` only picks the delay; a change of answers or a retry restarts the wait.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [answers, pending, retry, save]);

  const saveNow = useCallback((status: 'completed' | 'stopped') => save(status), [save]);
  return { state, saveNow };
}
