import type { Bundle, Communication, Task } from 'fhir/r4';
import { ASSISTANCE_LEVEL, OUTCOME_TYPE } from '../../fhir-profiles/src/code-systems-casework';
import { taskChangeEntries } from '../domain/provenance';
import { changedTask, type CaseUser } from '../domain/taskChange';
import { formatPounds } from './annualise';
import { caseOutputs, isAnnual, isOneOff, totals, type CaseOutcomes } from './outcomeOutputs';

/** The closing summary the referrer reads, in plain English. */
export function closingSummaryText(closing: CaseOutcomes, note: string): string {
  const lines = [
    `Case closed. Level of help: ${ASSISTANCE_LEVEL.codes[closing.assistanceLevel]}; ${closing.sessions} advice session${closing.sessions === 1 ? '' : 's'}.`,
  ];
  for (const entry of closing.outcomes) {
    const label = OUTCOME_TYPE.codes[entry.type];
    if (isAnnual(entry)) {
      lines.push(`${label}: ${entry.benefit}, ${formatPounds(entry.weeklyPence)} a week.`);
    } else if (isOneOff(entry)) {
      lines.push(`${label}${entry.benefit ? ` (${entry.benefit})` : ''}: ${formatPounds(entry.amountPence)}.`);
    } else {
      lines.push(`${label}.`);
    }
  }
  const sum = totals(closing.outcomes);
  if (sum.annualPence > 0) {
    lines.push(`Annual financial gain: ${formatPounds(sum.annualPence)}.`);
  }
  if (sum.oneOffPence > 0) {
    lines.push(`One-off payments: ${formatPounds(sum.oneOffPence)}.`);
  }
  if (sum.debtPence > 0) {
    lines.push(`Debt written off or managed: ${formatPounds(sum.debtPence)}.`);
  }
  if (note.trim()) {
    lines.push(note.trim());
  }
  return lines.join('\n');
}

/**
 * Closing a case is ONE transaction: the referral Task completed with its outputs (If-Match on
 * the version the adviser saw), the closing summary to the referrer (Communication, category
 * outcome-feedback, built by src/messages) and a Provenance.
 */
export function closeCaseBundle(
  base: Task,
  closing: CaseOutcomes,
  summary: Communication,
  user: CaseUser,
  now: Date,
): Bundle {
  const when = now.toISOString();
  const next = changedTask(base, { status: 'completed' }, 'adviser', when);
  next.output = caseOutputs(closing);
  const summaryUrl = `urn:uuid:${crypto.randomUUID()}`;
  const { task, provenance } = taskChangeEntries(next, base.meta?.versionId, user, when, [summaryUrl]);
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      task,
      { fullUrl: summaryUrl, resource: summary, request: { method: 'POST', url: 'Communication' } },
      provenance,
    ],
  };
}
