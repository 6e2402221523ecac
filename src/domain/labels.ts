import type { Task } from 'fhir/r4';
import {
  BUSINESS_STAGE,
  WELFARE_LAW_AREA,
  type BusinessStage,
  type WelfareLawArea,
} from '../../fhir-profiles/src/terminology';

/**
 * One display name per code. Task statuses have two audiences with their own words (the adviser
 * works "New referral"; the referrer reads "Sent to the advice service"), each written once here.
 */
export type LabelAudience = 'adviser' | 'referrer';

const STATUS_LABELS: Readonly<Record<LabelAudience, Readonly<Record<Task['status'], string>>>> = {
  adviser: {
    draft: 'Draft',
    requested: 'New referral',
    received: 'Received',
    accepted: 'Accepted',
    rejected: 'Not accepted',
    ready: 'Ready',
    cancelled: 'Cancelled',
    'in-progress': 'In progress',
    'on-hold': 'On hold',
    failed: 'Could not be completed',
    completed: 'Closed',
    'entered-in-error': 'Entered in error',
  },
  referrer: {
    draft: 'Draft',
    requested: 'Sent to the advice service',
    received: 'Received',
    accepted: 'Accepted by the advice service',
    rejected: 'Not accepted by the advice service',
    ready: 'Ready',
    cancelled: 'Cancelled',
    'in-progress': 'Adviser working on it',
    'on-hold': 'On hold',
    failed: 'Could not be completed',
    completed: 'Closed by the advice service',
    'entered-in-error': 'Entered in error',
  },
};

/** A Task status in the audience's words; "Unknown" for anything else. */
export function statusLabel(status: string | undefined, audience: LabelAudience = 'adviser'): string {
  const labels: Readonly<Record<string, string>> = STATUS_LABELS[audience];
  return status ? (labels[status] ?? status) : 'Unknown';
}

/** The area of law's one display name (checklist, summary, form, caseload, reports). */
export function areaLabel(area: WelfareLawArea): string {
  return WELFARE_LAW_AREA.codes[area];
}

/** The business stage's display name; "Not set" when there is none. */
export function stageLabel(stage: BusinessStage | undefined): string {
  return stage ? BUSINESS_STAGE.codes[stage] : 'Not set';
}

/** The HJP business stage code on a Task, if it carries one. */
export function stageOf(task: Task | undefined): BusinessStage | undefined {
  const code = task?.businessStatus?.coding?.find((c) => c.system === BUSINESS_STAGE.system)?.code;
  return code !== undefined && code in BUSINESS_STAGE.codes ? (code as BusinessStage) : undefined;
}

/** The stage as written on the Task: its HJP label, else the Task's own text, else nothing. */
export function stageText(task: Task | undefined): string | undefined {
  const stage = stageOf(task);
  return stage ? BUSINESS_STAGE.codes[stage] : task?.businessStatus?.text;
}

/** Action wording for a move to `status` (button and radio labels). */
const ACTION_LABELS: Readonly<Record<string, string>> = {
  accepted: 'Accept the referral',
  rejected: 'Do not accept',
  'in-progress': 'Mark as in progress',
  'on-hold': 'Put on hold',
  completed: 'Close with outcomes',
  cancelled: 'Cancel the case',
  failed: 'Close as could not be completed',
};

export function actionLabel(status: string): string {
  return ACTION_LABELS[status] ?? statusLabel(status);
}
