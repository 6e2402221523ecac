import type {
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireItemAnswerOption,
  QuestionnaireResponseItem,
} from 'fhir/r4';
import type { UrgentReason, WelfareLawArea } from './terminology';
import { EXTENSION } from './terminology';

/**
 * Derives welfare needs and urgent reasons from checklist answers, driven only by the
 * Questionnaire's data: a chosen answerOption (matched by Coding system+code, or by string)
 * carrying `indicates-need` / `indicates-urgency`, or a boolean item carrying them and
 * answered true. Pure; works with any Questionnaire a partnership adapts.
 */
export interface DerivedNeeds {
  areas: WelfareLawArea[];
  urgentReasons: UrgentReason[];
}

type WithExtensions = Pick<QuestionnaireItemAnswerOption, 'extension'>;

function codesOf(el: WithExtensions, url: string): string[] {
  return (el.extension ?? [])
    .filter((e) => e.url === url)
    .flatMap((e) => (e.valueCoding?.code ? [e.valueCoding.code] : []));
}

function indexItems(
  items: QuestionnaireItem[] | undefined,
  out = new Map<string, QuestionnaireItem>(),
): Map<string, QuestionnaireItem> {
  for (const item of items ?? []) {
    out.set(item.linkId, item);
    indexItems(item.item, out);
  }
  return out;
}

function answerItems(
  items: QuestionnaireResponseItem[] | undefined,
  out: QuestionnaireResponseItem[] = [],
): QuestionnaireResponseItem[] {
  for (const item of items ?? []) {
    out.push(item);
    answerItems(item.item, out);
    for (const a of item.answer ?? []) {
      answerItems(a.item, out);
    }
  }
  return out;
}

export function deriveNeeds(
  questionnaire: Questionnaire,
  responseItems: QuestionnaireResponseItem[] | undefined,
): DerivedNeeds {
  const byLinkId = indexItems(questionnaire.item);
  const areas = new Set<string>();
  const urgent = new Set<string>();
  const collect = (el: WithExtensions): void => {
    codesOf(el, EXTENSION.indicatesNeed).forEach((c) => areas.add(c));
    codesOf(el, EXTENSION.indicatesUrgency).forEach((c) => urgent.add(c));
  };
  for (const ri of answerItems(responseItems)) {
    const qi = byLinkId.get(ri.linkId);
    if (!qi) {
      continue;
    }
    for (const answer of ri.answer ?? []) {
      if (qi.type === 'boolean' && answer.valueBoolean === true) {
        collect(qi);
      }
      const option = (qi.answerOption ?? []).find((o) =>
        o.valueCoding && answer.valueCoding
          ? o.valueCoding.system === answer.valueCoding.system && o.valueCoding.code === answer.valueCoding.code
          : o.valueString !== undefined && o.valueString === answer.valueString,
      );
      if (option) {
        collect(option);
      }
    }
  }
  return { areas: [...areas] as WelfareLawArea[], urgentReasons: [...urgent] as UrgentReason[] };
}
