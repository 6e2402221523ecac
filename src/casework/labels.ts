/** Plain-English labels for referral Task statuses (the adviser's and the referrer's words). */
const STATUS_LABELS: Readonly<Record<string, string>> = {
  draft: 'Draft',
  requested: 'New referral',
  accepted: 'Accepted',
  rejected: 'Not accepted',
  cancelled: 'Cancelled',
  'in-progress': 'In progress',
  'on-hold': 'On hold',
  failed: 'Could not be completed',
  completed: 'Closed',
  'entered-in-error': 'Entered in error',
};

export function statusLabel(status: string | undefined): string {
  return status ? (STATUS_LABELS[status] ?? status) : 'Unknown';
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
