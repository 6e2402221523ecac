import type { ReactElement } from 'react';
import type { Consent, ServiceRequest } from 'fhir/r4';
import { linkedConsent, withdrawalOf, withdrawalText } from './withdrawal';

/** On the referral's page: its consent was withdrawn (the withdrawal's own record), said plainly. */
export function ConsentWithdrawn(props: {
  request: ServiceRequest;
  consents: readonly Consent[];
  adviceOrg: string;
}): ReactElement | null {
  const withdrawal = withdrawalOf(props.consents, linkedConsent(props.request));
  if (!withdrawal) {
    return null;
  }
  return (
    <div className="nhsuk-inset-text" data-testid="consent-withdrawn">
      <p>{withdrawalText(withdrawal, props.adviceOrg)}</p>
    </div>
  );
}
