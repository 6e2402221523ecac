import { useState, type SyntheticEvent } from 'react';

/**
 * A form whose choices apply together when it is submitted (filters, searches): the choices being
 * made, and the submit handler that applies them. One button applies them all, so keyboard users
 * are never surprised by a list changing under them.
 */
export function useAppliedDraft<T>(
  value: T,
  onApply: (draft: T) => void,
): { draft: T; setDraft: (draft: T) => void; submit: (e: SyntheticEvent<HTMLFormElement>) => void } {
  const [draft, setDraft] = useState(value);
  const submit = (e: SyntheticEvent<HTMLFormElement>): void => {
    e.preventDefault();
    onApply(draft);
  };
  return { draft, setDraft, submit };
}
