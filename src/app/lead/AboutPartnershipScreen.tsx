import type { ReactElement } from 'react';
import { Link } from 'wouter';
import type { PartnershipConfig } from '../../config/partnership';
import { FundingTable, PartnershipDesign } from '../../evaluation/report/PartnershipDesign';
import { suppressionInWords } from '../../evaluation/report/FunderReport';
import { describeGainRule } from '../../domain/financial-gain';
import { StepHeading } from '../../ui/Heading';

/** The partnership's configuration as the lead can check it: design options, funding, target, evaluation rules. */
export function AboutPartnershipScreen({
  partnership,
  reportHref,
}: {
  partnership: PartnershipConfig;
  reportHref: string;
}): ReactElement {
  const dayCount = (n: number): string => `${String(n)} ${n === 1 ? 'day' : 'days'} from referral`;
  return (
    <>
      <StepHeading caption={partnership.name}>About the partnership</StepHeading>
      <p className="nhsuk-body">
        How {partnership.name} is set up, from its configuration, in the terms of the Health Justice Partnership
        implementation guide’s taxonomy of design options. The funder report shows the same. To change it, ask whoever
        looks after HJP Link’s partnership configuration.
      </p>
      <h2 className="nhsuk-heading-m">Design</h2>
      <PartnershipDesign partnership={partnership} />
      <h2 className="nhsuk-heading-m">Funding</h2>
      <FundingTable partnership={partnership} />
      <h2 className="nhsuk-heading-m">Targets and evaluation rules</h2>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Time to first contact</dt>
          <dd className="nhsuk-summary-list__value">{dayCount(partnership.targets.firstContactDays)}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Time to closure</dt>
          <dd className="nhsuk-summary-list__value">{dayCount(partnership.targets.closureDays)}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Small numbers</dt>
          <dd className="nhsuk-summary-list__value">{suppressionInWords(partnership.evaluation.suppression)}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Annualisation</dt>
          <dd className="nhsuk-summary-list__value">
            {describeGainRule({ weeksPerYear: partnership.evaluation.annualisation.weeksPerYear })}
          </dd>
        </div>
      </dl>
      <p className="nhsuk-body">
        <Link href={reportHref}>Back to the funder report</Link>
      </p>
    </>
  );
}
