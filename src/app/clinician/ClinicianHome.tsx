import type { ReactElement } from 'react';
import { Link } from 'wouter';
import { PARTNERSHIP } from '../../config/partnership';
import { StepHeading } from '../../ui/Heading';
import { PatientReferrals } from '../../timeline/PatientReferrals';
import { paths, type FlowStep } from '../paths';
import type { ClinicianData } from './data';
import type { Draft } from './draft';

/** Where the draft was left: its step's URL (a new draft starts at the checklist). */
function resumeStep(draft: Draft): FlowStep {
  switch (draft.step) {
    case 'needs':
    case 'consent':
    case 'check':
      return draft.step;
    case 'referral':
      return 'details';
    case 'overview':
    case 'checklist':
    case 'sent':
      return 'checklist';
  }
}

/** The clinician's first screen: where the patient stands, then screen and refer. */
export function ClinicianHome({
  data,
  draft,
  me,
  canRefer = true,
}: {
  data: ClinicianData;
  draft: Draft;
  /** The signed-in user's reference (their unread messages). */
  me: string;
  /** False when the EHR did not grant the writes a referral needs (the launch notice says so). */
  canRefer?: boolean;
}): ReactElement {
  const open = data.referrals.filter((r) => r.open);
  return (
    <>
      <StepHeading>Welfare needs</StepHeading>
      <p data-testid="home-intro">
        Check this patient’s welfare needs and refer them to {PARTNERSHIP.adviceOrganisation.display}.
      </p>
      {open.length > 0 && (
        <div className="nhsuk-warning-callout" data-testid="open-referral-warning">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>This patient already has an open referral
            </span>
          </h2>
          <p>Check it before you make another one: a second referral for the same problem delays help.</p>
        </div>
      )}
      <PatientReferrals referrals={data.referrals} hrefFor={paths.referral} me={me} />
      {canRefer && (
        <Link
          href={paths.step(resumeStep(draft))}
          role="button"
          draggable="false"
          data-testid="start-checklist"
          className={`nhsuk-button${open.length > 0 ? ' nhsuk-button--secondary' : ''}`}
        >
          {startLabel(Object.keys(draft.answers).length > 0, open.length > 0)}
        </Link>
      )}
    </>
  );
}

function startLabel(started: boolean, hasOpenReferral: boolean): string {
  if (started) {
    return 'Continue the welfare checklist';
  }
  return hasOpenReferral ? 'Start a new checklist anyway' : 'Start the welfare checklist';
}
