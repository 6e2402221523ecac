import type { ReactElement } from 'react';
import type { UserContext } from '../domain/user';

/** NHS-style header with the signed-in user, their role and organisation. */
export function AppHeader({ user }: { user: UserContext | undefined }): ReactElement {
  return (
    <header className="nhsuk-header" role="banner">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          <span className="nhsuk-header__service-name">HJP Link</span>
        </div>
        {user && (
          <p className="app-user" data-testid="signed-in-user">
            {user.name} · {user.roleLabel}
            {user.organisation ? ` · ${user.organisation.name}` : ''}
          </p>
        )}
      </div>
    </header>
  );
}
