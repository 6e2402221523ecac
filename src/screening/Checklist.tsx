import type { ReactElement } from 'react';
import type { Questionnaire, QuestionnaireItem } from 'fhir/r4';
import { withAnswer, type Answers } from '../domain/screening/answers';
import { isEnabled } from '../domain/screening/enableWhen';
import { ChecklistItem, HelpDetails } from './ChecklistItem';

function Items({
  items,
  answers,
  onAnswers,
}: {
  items: readonly QuestionnaireItem[];
  answers: Answers;
  onAnswers: (a: Answers) => void;
}): ReactElement {
  return (
    <>
      {items
        .filter((item) => isEnabled(item, answers))
        .map((item) =>
          item.type === 'group' ? (
            <section key={item.linkId} className="nhsuk-u-margin-bottom-6" aria-labelledby={`group-${item.linkId}`}>
              <h2 id={`group-${item.linkId}`}>{item.text ?? item.linkId}</h2>
              <HelpDetails items={item.item ?? []} />
              <Items items={item.item ?? []} answers={answers} onAnswers={onAnswers} />
            </section>
          ) : (
            <ChecklistItem
              key={item.linkId}
              item={item}
              values={answers[item.linkId] ?? []}
              onChange={(values) => {
                onAnswers(withAnswer(answers, item.linkId, values));
              }}
            />
          ),
        )}
    </>
  );
}

/**
 * Renders any checklist Questionnaire generically: groups as sections, help in details,
 * choice/boolean as large radios, enableWhen honoured (hidden items are skipped, and their
 * answers are not saved or counted).
 */
export function Checklist({
  questionnaire,
  answers,
  onAnswers,
}: {
  questionnaire: Questionnaire;
  answers: Answers;
  onAnswers: (a: Answers) => void;
}): ReactElement {
  return (
    <div data-testid="checklist">
      <Items items={questionnaire.item ?? []} answers={answers} onAnswers={onAnswers} />
    </div>
  );
}
