import { useId, useState, type ReactElement, type SyntheticEvent } from 'react';
import { financialYear, type Period } from '../periods';
import { choicesWithin, recentYears } from './periodChoice';

/**
 * Choose the period: a financial year, then the whole year, one of its quarters or one of its
 * months (the periods the engine reports). The choice goes into the URL when applied. A custom
 * range of months is RangePicker.tsx.
 */
export function PeriodPicker({
  value,
  today,
  onChoose,
}: {
  value: Period;
  today: Date;
  onChoose: (periodId: string) => void;
}): ReactElement {
  const id = useId();
  const years = recentYears(today);
  const valueYear = financialYear(value.start);
  if (!years.some((y) => y.id === valueYear.id)) {
    years.push(valueYear);
  }
  const [year, setYear] = useState(valueYear.id);
  const [within, setWithin] = useState(value.id);
  const chosenYear = years.find((y) => y.id === year) ?? valueYear;
  const choices = choicesWithin(chosenYear);
  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    onChoose(choices.some((c) => c.id === within) ? within : chosenYear.id);
  };
  return (
    <form className="app-period-picker" onSubmit={submit} data-testid="period-picker">
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Period</legend>
        <div className="nhsuk-hint" data-testid="period-hint">
          Figures are kept for whole financial years, quarters and months; a custom range of months is below.
        </div>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor={`${id}-year`}>
            Financial year (April to March)
          </label>
          <select
            className="nhsuk-select"
            id={`${id}-year`}
            data-testid="period-year"
            value={year}
            onChange={(e) => {
              setYear(e.target.value);
              setWithin(e.target.value);
            }}
          >
            {years.map((y) => (
              <option key={y.id} value={y.id}>
                {y.start.slice(0, 4)} to {y.end.slice(0, 4)}
              </option>
            ))}
          </select>
        </div>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor={`${id}-within`}>
            Whole year, quarter or month
          </label>
          <select
            className="nhsuk-select"
            id={`${id}-within`}
            data-testid="period-within"
            value={choices.some((c) => c.id === within) ? within : chosenYear.id}
            onChange={(e) => {
              setWithin(e.target.value);
            }}
          >
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="nhsuk-button nhsuk-button--secondary" data-testid="period-apply">
          Show figures
        </button>
      </fieldset>
    </form>
  );
}
