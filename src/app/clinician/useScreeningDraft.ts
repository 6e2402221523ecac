import { useCallback, useEffect, useRef, useState } from 'react';
import type { QuestionnaireResponse } from 'fhir/r4';
import type { FhirGateway } from '../../fhir/gateway';
import { saveScreeningDraft, saveScreeningDraftBeside, type ServerCopy } from '../../screening/api';
import type { Draft } from './draft';

/** How long answers rest before the draft is saved to the record (debounce). */
const SAVE_AFTER_MS = 1000;
/** After a failed save, when to try again (the answers stay on this device meanwhile). */
const RETRY_AFTER_MS = 5000;

export type DraftSaveState = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * One line of saves per draft (its screening identifier), shared by the steps' screens as they come
 * and go: one save at a time, each based on the version the last one wrote, and the answers of the
 * last save queued (so leaving does not queue the same answers twice).
 */
interface SaveLine {
  queue: Promise<unknown>;
  server: ServerCopy | undefined;
  queued: string | undefined;
  /** The answers of the in-progress save whose request is out now, if one is (not a finish or a discard). */
  sending: string | undefined;
}
const lines = new Map<string, SaveLine>();

function lineFor(draft: Draft): SaveLine {
  const found = lines.get(draft.screeningId);
  if (found) {
    return found;
  }
  const line: SaveLine = { queue: Promise.resolve(), server: draft.server, queued: undefined, sending: undefined };
  lines.set(draft.screeningId, line);
  return line;
}

/**
 * Saves the checklist in progress to the record as the clinician goes: about a second after the
 * last change, one save at a time, each an idempotent conditional create or If-Match update of
 * the draft's one QuestionnaireResponse. A change not yet on the record is saved at once when the
 * clinician leaves — the tab is hidden or closed (`visibilitychange`, `pagehide`), the EHR unloads
 * the frame, or they leave the step — with fetch's keepalive, so the request outlives the page
 * (and, when the page goes while a save is still on its way, beside that save rather than after it).
 * Until a save succeeds the draft keeps `unsaved` and its copy on this device (sessionStorage), and
 * a failing save is tried again. `saveNow` saves at once with a status (completed on finish,
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
  const answers = JSON.stringify(draft.answers);
  const unsaved = !draft.screeningSaved && answers !== '{}' && (draft.unsaved ?? !draft.server);
  const line = lineFor(draft);
  // What the last render showed: a save (even one flushed as the page goes) sends the newest answers.
  const latest = useRef({ response, answers, unsaved, line });
  useEffect(() => {
    latest.current = { response, answers, unsaved, line };
  });

  const save = useCallback(
    (status: 'in-progress' | 'completed' | 'stopped'): Promise<void> => {
      const saving = latest.current.line;
      saving.queued = latest.current.answers;
      const run = saving.queue.then(async () => {
        const { response: build, answers: sent } = latest.current;
        saving.sending = status === 'in-progress' ? sent : undefined;
        // keepalive: a save started as the page goes still reaches the record.
        const copy = await saveScreeningDraft(gateway, build(status), saving.server, {
          keepalive: status === 'in-progress',
        }).finally(() => {
          saving.sending = undefined;
        });
        saving.server = copy;
        updateDraft((d) => ({ ...d, server: copy, unsaved: JSON.stringify(d.answers) === sent ? false : d.unsaved }));
      });
      saving.queue = run.catch(() => {
        saving.queued = undefined;
      });
      return run;
    },
    [gateway, updateDraft],
  );

  /** Saves the answers in progress, unless a save of these very answers is already queued. */
  const saveInProgress = useCallback((): void => {
    const current = latest.current;
    if (!current.unsaved || current.line.queued === current.answers) {
      return;
    }
    setState('saving');
    save('in-progress').then(
      () => {
        setState('saved');
      },
      () => {
        setState('failed');
        setRetry((n) => n + 1);
      },
    );
  }, [save]);

  useEffect(() => {
    if (!autosave || !unsaved) {
      return undefined;
    }
    const timer = setTimeout(saveInProgress, state === 'failed' ? RETRY_AFTER_MS : SAVE_AFTER_MS);
    return () => {
      clearTimeout(timer);
    };
    // `state` only picks the delay; a change of answers or a retry restarts the wait.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [answers, autosave, unsaved, retry, saveInProgress]);

  // Leaving before the wait is over: the tab hidden or closed, the frame unloaded, or another step.
  useEffect(() => {
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') {
        saveInProgress();
      }
    };
    // The page is going. A save still on its way will never be answered here, and one queued behind
    // it would never start: newer answers than that save's are sent at once, beside it.
    const onPageHide = (): void => {
      const current = latest.current;
      const { sending } = current.line;
      if (!current.unsaved || sending === undefined || sending === current.answers) {
        saveInProgress();
        return;
      }
      current.line.queued = current.answers;
      saveScreeningDraftBeside(gateway, current.response('in-progress'), { keepalive: true }).catch(() => undefined);
    };
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibility);
      saveInProgress();
    };
  }, [gateway, saveInProgress]);

  const saveNow = useCallback((status: 'completed' | 'stopped') => save(status), [save]);
  return { state, saveNow };
}
