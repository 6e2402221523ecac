import { useState, type ReactElement } from 'react';

/** "Search cases": one box for a name, NHS number or referral reference; Enter or the button searches. */
export function CaseSearchForm({ value, onSearch }: { value: string; onSearch: (text: string) => void }): ReactElement {
  const [draft, setDraft] = useState(value);
  return (
    <form
      role="search"
      className="app-case-search"
      aria-label="Find a case"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(draft.trim());
      }}
    >
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="case-search">
          Search cases
        </label>
        <div className="nhsuk-hint" id="case-search-hint">
          Name, NHS number or referral reference
        </div>
        <div className="app-case-search__row">
          <input
            className="nhsuk-input"
            id="case-search"
            type="search"
            autoComplete="off"
            spellCheck={false}
            aria-describedby="case-search-hint"
            value={draft}
            onChange={(e) => {
              setDraft(e.target.value);
            }}
          />
          <button className="nhsuk-button nhsuk-button--secondary" type="submit" data-testid="search-cases">
            Search
          </button>
        </div>
      </div>
    </form>
  );
}
