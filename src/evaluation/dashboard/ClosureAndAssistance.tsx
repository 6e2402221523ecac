import type { ReactElement } from 'react';
import { ChartFigure } from '../../ui/chart/ChartFigure';
import type { ClosureAndAssistanceView } from './closureAndAssistance';

/** Issue 13's dashboard sections (closureAndAssistance.ts builds their figures). */
export function AssistanceSection({ view }: { view: ClosureAndAssistanceView }): ReactElement {
  return (
    <section aria-labelledby="assistance-heading">
      <h2 id="assistance-heading">Level of assistance and advice sessions</h2>
      <ChartFigure data={view.assistance} />
      <ChartFigure data={view.sessions} />
    </section>
  );
}

export function BeforeAfterFigures({ view }: { view: ClosureAndAssistanceView }): ReactElement {
  return (
    <>
      <p className="nhsuk-body" data-testid="before-after">
        Financial strain and the four ONS4 wellbeing questions, asked by advisers at intake and again at closing. A
        change is counted only for clients who answered both times, so the number with both is shown first.
      </p>
      <ChartFigure data={view.pairs} />
      <ChartFigure data={view.change} />
    </>
  );
}
