import type { ReactElement, ReactNode } from 'react';
import { AppHeader } from './AppHeader';
import { PatientBanner } from './PatientBanner';
import type { AppSession } from './session';
import { ScopeNotice } from './ScopeNotice';
import { sessionLimits } from './scopeNotice';

/** The shell every screen sits in: skip link, header with the user, patient banner, main area. */
export function App({ session, children }: { session: AppSession; children?: ReactNode }): ReactElement {
  const showBanner = session.patient !== undefined && session.context.needPatientBanner;
  return (
    <>
      <a className="nhsuk-skip-link" href="#maincontent">
        Skip to main content
      </a>
      <AppHeader user={session.user} />
      {showBanner && session.patient && <PatientBanner patient={session.patient} today={new Date()} />}
      <div className="nhsuk-width-container app-main">
        <main className="nhsuk-main-wrapper" id="maincontent" tabIndex={-1}>
          <ScopeNotice limits={sessionLimits(session)} />
          {children}
        </main>
      </div>
    </>
  );
}
