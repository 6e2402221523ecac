import type { ReactElement } from 'react';
import type { Patient } from 'fhir/r4';

/**
 * The patient's phone, email and address: only under active referral-details consent (access
 * model; the server also leaves them out otherwise), and saying so when they are not shown.
 */
export function PatientContact({ patient, allowed }: { patient: Patient | undefined; allowed: boolean }): ReactElement {
  if (!allowed) {
    return (
      <span data-testid="contact-hidden">
        Not shown: the patient’s consent does not currently cover sharing contact details.
      </span>
    );
  }
  const telecom = (patient?.telecom ?? []).filter((t) => t.value && (t.system === 'phone' || t.system === 'email'));
  const address = patient?.address?.find((a) => a.use !== 'old') ?? patient?.address?.[0];
  const addressText = address
    ? (address.text ?? [...(address.line ?? []), address.city, address.postalCode].filter(Boolean).join(', '))
    : undefined;
  if (telecom.length === 0 && !addressText) {
    return <span data-testid="contact-details">No contact details recorded.</span>;
  }
  return (
    <span data-testid="contact-details">
      {telecom.map((t) => (
        <span key={t.value} className="nhsuk-u-display-block">
          {t.system === 'phone' ? 'Phone' : 'Email'}
          {t.use ? ` (${t.use})` : ''}: {t.value}
        </span>
      ))}
      {addressText && <span className="nhsuk-u-display-block">Address: {addressText}</span>}
    </span>
  );
}
