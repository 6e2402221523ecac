import type { ReactElement } from 'react';
import type { Period } from '../periods';
import { PeriodPicker } from './PeriodPicker';
import { rangePath, type MonthRange } from './range';
import { RangePicker } from './RangePicker';

/** The dashboard's two ways to choose: an engine period, or a custom range of months (both into the URL). */
export function Pickers({
  period,
  range,
  today,
  periodPath,
  navigate,
}: {
  period: Period;
  range: MonthRange | undefined;
  today: Date;
  periodPath: (periodId: string) => string;
  navigate: (path: string) => void;
}): ReactElement {
  return (
    <>
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
