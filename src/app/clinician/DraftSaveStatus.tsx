import type { ReactElement } from 'react';
import type { DraftSaveState } from './useScreeningDraft';

const WORDS: Readonly<Record<DraftSaveState, string>> = {
  idle: '',
  saving: 'Saving the draft…',
  saved: 'Draft saved to the record',
  failed: 'Not saved to the record yet — will retry. The answers are kept on this device.',
};

/** A quiet line (polite live region) saying whether the checklist draft is on the record. */
export function DraftSaveStatus({ state }: { state: DraftSaveState }): ReactElement {
  return (
    <p className="nhsuk-body-s app-draft-status" role="status" data-testid="draft-status" data-state={state}>
      {WORDS[state]}
    </p>
  );
}
