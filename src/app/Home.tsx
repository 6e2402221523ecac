import type { ReactElement } from 'react';
import type { AppSession } from './session';

/** The first screen for the signed-in user's role. Feature screens are loaded on demand from here. */
export function Home({ session }: { session: AppSession }): ReactElement {
  return (
    <>
      <h1>HJP Link</h1>
      <p data-testid="home-intro">
        {session.patient
          ? 'Check this patient’s welfare needs and refer them to welfare rights advice.'
          : 'Your welfare rights advice caseload.'}
      </p>
    </>
  );
}
