import type { ReactElement } from 'react';
import { StepHeading } from '../../ui/Heading';
import type { Period } from '../periods';
import { PeriodPicker } from './PeriodPicker';
import { rangePath, type MonthRange } from './range';
import { RangePicker } from './RangePicker';

/**
 * The dashboard's heading (naming the period or range: the page title too) and its two ways to
 * choose: an engine period, or a custom range of months (both into the URL).
 */
export function Pickers({
  caption,
  period,
  range,
  today,
  periodPath,
  navigate,
}: {
  caption: string;
  period: Period;
  range: MonthRange | undefined;
  today: Date;
  periodPath: (periodId: string) => string;
  navigate: (path: string) => void;
}): ReactElement {
  return (
    <>
      <StepHeading caption={caption} title="Partnership dashboard">
        Partnership dashboard
      </StepHeading>
      <PeriodPicker
        key={period.id}
        value={period}
        today={today}
        onChoose={(id) => {
          navigate(periodPath(id));
        }}
      />
      <RangePicker
        key={range?.period.id ?? 'none'}
        value={range}
        today={today}
        onChoose={(from, to) => {
          navigate(rangePath(from, to));
        }}
      />
    </>
  );
}
