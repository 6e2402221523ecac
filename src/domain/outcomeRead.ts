import type { Task, TaskOutput } from 'fhir/r4';
import { EXTENSION, OUTCOME_VALUE_KIND, type UkBenefit } from '../../fhir-profiles/src/terminology';
import { ASSISTANCE_LEVEL, OUTCOME_TYPE, OUTPUT_TYPE, UK_BENEFIT } from '../../fhir-profiles/src/code-systems-casework';
import { money } from './dates';

/** The benefit an outcome output is about: its uk-benefit code when chosen from the list, and its words. */
export function readOutcomeBenefit(output: TaskOutput): { code: UkBenefit | undefined; text: string } | undefined {
  const concept = output.extension?.find((e) => e.url === EXTENSION.outcomeBenefit)?.valueCodeableConcept;
  if (!concept) {
    return undefined;
  }
  const coded = concept.coding?.find((c) => c.system === UK_BENEFIT.system)?.code;
  const code = coded && coded in UK_BENEFIT.codes ? (coded as UkBenefit) : undefined;
  return { code, text: concept.text ?? (code ? UK_BENEFIT.codes[code] : 'Benefit') };
}

/** The outcome of a closed referral, as plain lines (level of assistance, sessions, outcomes with amounts). */
export function outcomeLines(task: Task): string[] {
  return (task.output ?? []).flatMap((o) => {
    const types = o.type.coding ?? [];
    const kind = types.find((c) => c.system === OUTPUT_TYPE.system)?.code;
    if (kind === 'assistance-level') {
      const code = o.valueCodeableConcept?.coding?.find((c) => c.system === ASSISTANCE_LEVEL.system)?.code ?? '';
      return [`Level of help: ${(ASSISTANCE_LEVEL.codes as Record<string, string>)[code] ?? 'not recorded'}`];
    }
    if (kind === 'advice-sessions') {
      return [`Advice sessions: ${o.valueInteger ?? 0}`];
    }
    if (kind === 'outcome') {
      const code = types.find((c) => c.system === OUTCOME_TYPE.system)?.code ?? '';
      const label = (OUTCOME_TYPE.codes as Record<string, string>)[code] ?? 'Outcome';
      const benefit = readOutcomeBenefit(o)?.text;
      const yearly = (OUTCOME_VALUE_KIND as Record<string, string>)[code] === 'annual-money' ? ' a year' : '';
      const amount = o.valueMoney?.value !== undefined ? `: ${money(o.valueMoney.value)}${yearly}` : '';
      return [`${label}${benefit ? ` (${benefit})` : ''}${amount}`];
    }
    return [];
  });
}
