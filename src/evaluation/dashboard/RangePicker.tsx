import { useEffect, useId, useState, type ReactElement, type SyntheticEvent } from 'react';
import { Select } from '../../ui/Select';
import { calendarMonth } from '../periods';
import { periodLabel } from './periodChoice';
import { MAX_RANGE_MONTHS, monthChoices, monthRange, type MonthRange } from './range';

/**
 * Choose a custom range of whole calendar months (from, to). Checked on submit with a plain
 * message; the choice goes into the URL (/dashboard?from=2026-04&to=2026-09).
 */
export function RangePicker({
  value,
  today,
  onChoose,
}: {
  value: MonthRange | undefined;
  today: Date;
  onChoose: (from: string, to: string) => void;
}): ReactElement {
  const id = useId();
  const thisMonth = calendarMonth(today.toISOString()).id;
  const offered = monthChoices(today).map((m) => [m.id, m.label] as const);
  // A range typed into the URL may start before the months offered: offer its months too.
  const older = (value?.months ?? [])
    .filter((m) => m.id < (offered[0]?.[0] ?? ''))
    .map((m) => [m.id, periodLabel(m)] as const);
  const options = [...older, ...offered];
  const [from, setFrom] = useState(value?.months[0]?.id ?? thisMonth);
  const [to, setTo] = useState(value?.months[value.months.length - 1]?.id ?? thisMonth);
  const [error, setError] = useState<string>();
  // The message is read out with the list it is about: focus moves there when it appears.
  useEffect(() => {
    if (error) {
      document.getElementById(`${id}-to`)?.focus();
    }
  }, [error, id]);
  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    const range = monthRange(from, to);
    setError(typeof range === 'string' ? range : undefined);
    if (typeof range !== 'string') {
      onChoose(from, to);
    }
  };
  return (
    <form className="app-period-picker" onSubmit={submit} noValidate data-testid="range-picker">
      <fieldset className="nhsuk-fieldset" aria-describedby={`${id}-hint`}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Custom range of months</legend>
        <div className="nhsuk-hint" id={`${id}-hint`} data-testid="range-hint">
          Whole calendar months, up to {String(MAX_RANGE_MONTHS / 12)} years: the months’ figures are added up. The
          funder report is for a financial year, not a custom range.
        </div>
        <Select id={`${id}-from`} label="From (first month)" value={from} options={options} onChange={setFrom} />
        <Select id={`${id}-to`} label="To (last month)" value={to} options={options} onChange={setTo} error={error} />
        <button type="submit" className="nhsuk-button nhsuk-button--secondary" data-testid="range-apply">
          Show figures for the range
        </button>
      </fieldset>
    </form>
  );
}
