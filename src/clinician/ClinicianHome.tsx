import type { ReactElement } from 'react';
import type { AppSession } from '../app/session';

/** The clinician's first screen (GP or ward staff, patient in context). */
export function ClinicianHome(_props: { session: AppSession }): ReactElement {
  return (
    <>
      <h1>Welfare needs</h1>
      <p data-testid="home-intro">Check this patient’s welfare needs and refer them to welfare rights advice.</p>
    </>
  );
}
