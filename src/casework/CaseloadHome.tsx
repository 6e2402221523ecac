import type { ReactElement } from 'react';
import type { AppSession } from '../app/session';

/** The adviser's first screen: the advice service's caseload. */
export function CaseloadHome(_props: { session: AppSession }): ReactElement {
  return (
    <>
      <h1>Caseload</h1>
      <p data-testid="home-intro">Referrals to your advice service.</p>
    </>
  );
}
