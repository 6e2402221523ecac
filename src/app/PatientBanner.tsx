import type { ReactElement } from 'react';
import type { Patient } from 'fhir/r4';
import { patientFacts } from '../domain/patient';

/** The patient banner: who this is, unmistakably, on every screen. */
export function PatientBanner({ patient, today }: { patient: Patient; today: Date }): ReactElement {
  const facts = patientFacts(patient, today);
  return (
    <section className="app-banner" aria-label="Patient details" data-testid="patient-banner">
      <div className="nhsuk-width-container">
        <p className="app-banner__name">
          <bdi>{facts.name}</bdi>
        </p>
        <ul className="app-banner__facts">
          <li>
            <span className="app-banner__label">NHS number</span>
            <span data-testid="banner-nhs-number">{facts.nhsNumber ?? 'Not recorded'}</span>
          </li>
          <li>
            <span className="app-banner__label">Born</span>
            <span>{facts.birthDate ?? 'Not recorded'}</span>
            {facts.age !== undefined && <span> ({facts.age} years)</span>}
          </li>
          {facts.gender && (
            <li>
              <span className="app-banner__label">Gender</span>
              <span>{facts.gender}</span>
            </li>
          )}
        </ul>
      </div>
    </section>
  );
}
