import type { ReactElement } from 'react';
import type { Questionnaire, QuestionnaireResponse } from 'fhir/r4';
import type { MeasureTimepoint } from '../../fhir-profiles/src/terminology';
import { MEASURES, measureRows, recordedAt, type MeasureAnswer } from '../domain/measures';
import { ResponsiveCell as Cell } from '../ui/ResponsiveCell';
import { TableHead } from '../ui/TableHead';
import { MeasureForm } from './MeasureForm';

const MEASURE_COLUMNS = ['Question', 'At first contact', 'At closing'] as const;

/**
 * The before-and-after measures on the case: each question's answer at first contact and at
 * closing side by side, and the form for whichever is due (intake while the case is worked and
 * none is recorded; closing once intake is in).
 */
export function CaseMeasures({
  questionnaires,
  responses,
  canRecord,
  onRecord,
}: {
  questionnaires: Readonly<Record<string, Questionnaire>>;
  responses: readonly QuestionnaireResponse[];
  canRecord: boolean;
  onRecord: (
    timepoint: MeasureTimepoint,
    answers: ReadonlyMap<Questionnaire, Record<string, MeasureAnswer>>,
  ) => Promise<void>;
}): ReactElement {
  const measures = MEASURES.flatMap((m) => {
    const q = questionnaires[m.url];
    return q ? [q] : [];
  });
  const intakeDone = recordedAt(responses, 'intake');
  const closingDone = recordedAt(responses, 'closing');
  let due: MeasureTimepoint | undefined;
  if (canRecord && !intakeDone) {
    due = 'intake';
  } else if (canRecord && !closingDone) {
    due = 'closing';
  }
  return (
    <section aria-labelledby="measures-heading" data-testid="measures" id="measures">
      <h2 id="measures-heading">Before and after</h2>
      {measures.length === 0 && <p className="nhsuk-body">The measure questions could not be loaded.</p>}
      {measures.map((q) => (
        <table
          key={q.url}
          className="nhsuk-table nhsuk-table--responsive"
          role="table"
          data-testid={`measure-${q.id ?? ''}`}
        >
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">{q.title ?? q.name}</caption>
          <TableHead columns={MEASURE_COLUMNS} responsive />
          <tbody className="nhsuk-table__body">
            {measureRows(q, responses).map((row) => (
              <tr className="nhsuk-table__row" role="row" key={row.linkId}>
                <Cell column={MEASURE_COLUMNS[0]} words>
                  {row.question}
                </Cell>
                <Cell column={MEASURE_COLUMNS[1]} words>
                  {row.intake ?? 'Not recorded'}
                </Cell>
                <Cell column={MEASURE_COLUMNS[2]} words>
                  {row.closing ?? 'Not recorded'}
                </Cell>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {due && measures.length > 0 && (
        <MeasureForm
          key={due}
          questionnaires={measures}
          timepoint={due}
          onRecord={(answers) => onRecord(due, answers)}
        />
      )}
    </section>
  );
}
