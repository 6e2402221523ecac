import type { ReactElement } from 'react';
import type { ScopeLimits } from '../smart/grantedScopes';

/** Said at launch, before the user starts: what the EHR's grant lets them do and not do. */
export function ScopeNotice({ limits }: { limits: ScopeLimits }): ReactElement | null {
  if (limits.sentences.length === 0) {
    return null;
  }
  return (
    <div className="nhsuk-warning-callout" data-testid="scope-notice">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>Some things are not available to you
        </span>
      </h2>
      {limits.sentences.map((s) => (
        <p key={s}>{s}</p>
      ))}
      <p>If you need them, ask your IT service desk to check HJP Link’s permissions in the EHR.</p>
    </div>
  );
}
