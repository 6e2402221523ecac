import type { ReactElement } from 'react';
import type { PartnershipConfig } from '../config/partnership';
import type { Needs } from './needs';

/**
 * The partnership's safeguarding prompt (partnership.json "safeguarding"), shown while an answer
 * gives its urgent reason ("Do you feel unsafe at home?" → Yes): what to do now. It never blocks
 * the referral.
 */
export function SafeguardingPrompt({
  needs,
  config,
}: {
  needs: Needs;
  config: PartnershipConfig;
}): ReactElement | null {
  const prompt = config.safeguarding;
  if (!needs.urgentReasons.includes(prompt.whenUrgentReason)) {
    return null;
  }
  return (
    <div className="nhsuk-warning-callout" data-testid="safeguarding-prompt">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          {prompt.heading}
        </span>
      </h2>
      <ul>
        {prompt.whatToDoNow.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
