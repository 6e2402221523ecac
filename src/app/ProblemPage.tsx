import type { ReactElement } from 'react';
import type { LaunchProblem } from '../smart/launchErrors';

/** A full-page problem with a plain explanation and what to do next. */
export function ProblemPage({ problem }: { problem: LaunchProblem }): ReactElement {
  return (
    <>
      <header className="nhsuk-header" role="banner">
        <div className="nhsuk-header__container nhsuk-width-container">
          <div className="nhsuk-header__service">
            <span className="nhsuk-header__service-name">HJP Link</span>
          </div>
        </div>
      </header>
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent">
          <h1 data-testid="problem-title">{problem.title}</h1>
          <p>{problem.explanation}</p>
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">What to do: </span>
            <p>{problem.whatToDo}</p>
          </div>
        </main>
      </div>
    </>
  );
}
