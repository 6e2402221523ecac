import { useState } from 'react';

/**
 * Half-typed text (a message, a case note), kept IN MEMORY while the app is open: Back to the
 * caseload and into the case again finds it where it was left. Decision: not in sessionStorage or
 * localStorage, because the text is about a patient and storage outlives the page; so a reload or
 * closing the tab would lose it, and the browser's own "Leave site?" warning (beforeunload) asks
 * first while any draft is unsaved.
 */
const drafts = new Map<string, string>();

function warn(event: BeforeUnloadEvent): void {
  // The standard way to ask the browser to show its "Leave site?" prompt.
  event.preventDefault();
}

function sync(): void {
  const dirty = [...drafts.values()].some((text) => text.trim() !== '');
  window.removeEventListener('beforeunload', warn);
  if (dirty) {
    window.addEventListener('beforeunload', warn);
  }
}

/** Is any text typed and not yet saved? */
export function hasUnsavedText(): boolean {
  return [...drafts.values()].some((text) => text.trim() !== '');
}

/** Text state that outlives the component (in memory only), keyed e.g. "task-04:message". */
export function useDraft(key: string): [string, (text: string) => void] {
  // The key is fixed for a component's life (callers key their components by case).
  const [text, setText] = useState(() => drafts.get(key) ?? '');
  const set = (next: string): void => {
    if (next === '') {
      drafts.delete(key);
    } else {
      drafts.set(key, next);
    }
    sync();
    setText(next);
  };
  return [text, set];
}
