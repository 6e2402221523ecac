import type { ReactElement } from 'react';

/**
 * "NHS number 999 123 4578" on its own line under a name (a table's patient cell). A real NHS number
 * (three groups of digits) is never split across lines; anything else the record holds wraps as
 * text does, so it cannot widen the page.
 */
export function NhsNumberLine({ value }: { value: string }): ReactElement {
  return (
    <span className="nhsuk-body-s app-block">
      NHS number <span className={/^\d{3} \d{3} \d{4}$/.test(value) ? 'app-nowrap' : undefined}>{value}</span>
    </span>
  );
}
