import type { Extension, Questionnaire, QuestionnaireItem } from 'fhir/r4';
import {
  EXTENSION,
  URGENT_REASON,
  WELFARE_LAW_AREA,
  type UrgentReason,
  type WelfareLawArea,
} from '../../fhir-profiles/src/terminology';
import { allItems, answerMatchesOption, optionLabel, type Answers } from '../domain/screening/answers';
import { enabledAnswers } from '../domain/screening/enableWhen';

/** What the screening found: areas of law, urgent reasons, and which questions showed each. */
export interface Needs {
  areas: WelfareLawArea[];
  urgentReasons: UrgentReason[];
  /**
   * For the plain explanation: the answers that indicated each area / reason, as
   * "<the question's short text>: <the answer chosen>" ("Behind with rent or bills: Yes").
   */
  because: Partial<Record<WelfareLawArea | UrgentReason, string[]>>;
}

/** SDC's short text for an item (the label beside its answer in a summary). */
export const SHORT_TEXT_EXTENSION = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-shortText';

/** "Hard to make ends meet: Yes": the item's short text (or its text) and the answers given. */
export function answerLine(item: QuestionnaireItem, answers: Answers): string {
  const label = item.extension?.find((e) => e.url === SHORT_TEXT_EXTENSION)?.valueString ?? item.text ?? item.linkId;
  const given = answers[item.linkId] ?? [];
  const words = given.map((a) => {
    if (a.valueBoolean !== undefined) {
      return a.valueBoolean ? 'Yes' : 'No';
    }
    const option = (item.answerOption ?? []).find((o) => answerMatchesOption(a, o));
    return option ? optionLabel(option) : (a.valueString ?? a.valueDate ?? a.valueCoding?.display ?? '');
  });
  return `${label}: ${words.filter(Boolean).join(', ')}`;
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
      const line = answerLine(item, live);
      if (!list.includes(line)) {
        list.push(line);
      }
    }
  }
  return {
    areas: AREA_ORDER.filter((a) => areas.has(a)),
    urgentReasons: URGENT_ORDER.filter((r) => urgent.has(r)),
    because,
  };
}
