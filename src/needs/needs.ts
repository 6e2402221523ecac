import type { Extension, Questionnaire, QuestionnaireItem } from 'fhir/r4';
import {
  EXTENSION,
  URGENT_REASON,
  WELFARE_LAW_AREA,
  type UrgentReason,
  type WelfareLawArea,
} from '../../fhir-profiles/src/terminology';
import { allItems, answerMatchesOption, type Answers } from '../domain/screening/answers';
import { enabledAnswers } from '../domain/screening/enableWhen';

/** What the screening found: areas of law, urgent reasons, and which questions showed each. */
export interface Needs {
  areas: WelfareLawArea[];
  urgentReasons: UrgentReason[];
  /** For the plain explanation: the question texts that indicated each area / reason. */
  because: Partial<Record<WelfareLawArea | UrgentReason, string[]>>;
}

const AREA_ORDER = Object.keys(WELFARE_LAW_AREA.codes) as WelfareLawArea[];
const URGENT_ORDER = Object.keys(URGENT_REASON.codes) as UrgentReason[];

function codesOf<T extends string>(
  extensions: readonly Extension[] | undefined,
  url: string,
  system: string,
  allowed: readonly T[],
): T[] {
  return (extensions ?? [])
    .filter((e) => e.url === url && e.valueCoding?.system === system)
    .flatMap((e) => allowed.filter((code) => code === e.valueCoding?.code));
}

/** The extensions that fired for this item's answers (answerOption extensions, or the item's own for `true`). */
function firedExtensions(item: QuestionnaireItem, answers: Answers): Extension[] {
  const given = answers[item.linkId] ?? [];
  if (item.type === 'boolean') {
    return given.some((a) => a.valueBoolean === true) ? (item.extension ?? []) : [];
  }
  return (item.answerOption ?? [])
    .filter((o) => given.some((a) => answerMatchesOption(a, o)))
    .flatMap((o) => o.extension ?? []);
}

/**
 * Derives needs from the answers, driven only by the Questionnaire's indicates-need and
 * indicates-urgency extensions (a partnership changes the checklist, not the code).
 * Answers to items that are not enabled do not count.
 */
export function deriveNeeds(questionnaire: Questionnaire, answers: Answers): Needs {
  const live = enabledAnswers(questionnaire.item, answers);
  const areas = new Set<WelfareLawArea>();
  const urgent = new Set<UrgentReason>();
  const because: Needs['because'] = {};
  for (const item of allItems(questionnaire.item)) {
    const fired = firedExtensions(item, live);
    const found = [
      ...codesOf(fired, EXTENSION.indicatesNeed, WELFARE_LAW_AREA.system, AREA_ORDER),
      ...codesOf(fired, EXTENSION.indicatesUrgency, URGENT_REASON.system, URGENT_ORDER),
    ];
    for (const code of found) {
      if ((AREA_ORDER as string[]).includes(code)) {
        areas.add(code as WelfareLawArea);
      } else {
        urgent.add(code as UrgentReason);
      }
      const list = (because[code] ??= []);
      if (item.text && !list.includes(item.text)) {
        list.push(item.text);
      }
    }
  }
  return {
    areas: AREA_ORDER.filter((a) => areas.has(a)),
    urgentReasons: URGENT_ORDER.filter((r) => urgent.has(r)),
    because,
  };
}
