import type { ReactElement } from 'react';
import { ResponsiveCell as Cell } from '../ui/ResponsiveCell';
import { TableHead } from '../ui/TableHead';
import { Link } from 'wouter';
import { dateInTable, dateTimeInTable } from '../domain/dates';
import { areaLabel, stageText, statusLabel } from '../domain/labels';
import { areasOf } from '../domain/referralRead';
import { isOpenEvidenceRequest, unreadMessages, type ReferralSummary } from './overview';

function areas(s: ReferralSummary): string {
  return areasOf(s.serviceRequest).map(areaLabel).join(', ');
}

const COLUMNS = ['Sent', 'Areas', 'Status', 'Last update', 'Needs your attention'] as const;

/** The referral's state in the referrer's words: the Task's status, else cancelled or just sent. */
function referralState(s: ReferralSummary): string {
  if (s.task) {
    return statusLabel(s.task.status, 'referrer');
  }
  return s.serviceRequest.status === 'revoked' ? 'Cancelled' : 'Sent';
}

/** Where the patient stands: every referral with status, stage, last update, messages and evidence requests. */
export function PatientReferrals({
  referrals,
  hrefFor,
  me,
}: {
  referrals: readonly ReferralSummary[];
  /** The signed-in user: "new" messages are the ones to them they have not opened. */
  me: string;
  /** The URL of one referral's screen. */
  hrefFor: (serviceRequestId: string) => string;
}): ReactElement {
  if (referrals.length === 0) {
    return <p data-testid="no-referrals">This patient has no referrals to welfare rights advice.</p>;
  }
  return (
    // Responsive (nhsuk-table--responsive): below desktop width each row stacks, each cell with its heading,
    // so the table is never wider than a 320 px screen. Roles keep the table's meaning once rows are blocks.
    <table className="nhsuk-table nhsuk-table--responsive" role="table" data-testid="referral-list">
      <caption className="nhsuk-table__caption">Referrals to welfare rights advice</caption>
      <TableHead columns={COLUMNS} responsive />
      <tbody className="nhsuk-table__body">
        {referrals.map((s) => {
          const evidence = s.evidenceRequests.filter(isOpenEvidenceRequest).length;
          const unread = unreadMessages(s.messages, me).length;
          const id = s.serviceRequest.id ?? '';
          return (
            <tr key={id} role="row" className="nhsuk-table__row" data-testid="referral-row">
              <Cell column={COLUMNS[0]} words>
                <Link href={hrefFor(id)}>
                  {dateInTable(s.serviceRequest.authoredOn)}
                  <span className="nhsuk-u-visually-hidden"> – view this referral</span>
                </Link>
                {s.serviceRequest.priority === 'urgent' && (
                  <strong className="nhsuk-tag app-tag-urgent nhsuk-u-margin-left-2">Urgent</strong>
                )}
              </Cell>
              <Cell column={COLUMNS[1]} words>
                {areas(s)}
              </Cell>
              <Cell column={COLUMNS[2]} words testId="referral-status">
                {referralState(s)}
                {stageText(s.task) && <span className="nhsuk-u-secondary-text-color"> – {stageText(s.task)}</span>}
              </Cell>
              <Cell column={COLUMNS[3]} words>
                {dateTimeInTable(s.lastUpdate, 'Not recorded')}
              </Cell>
              <Cell column={COLUMNS[4]} words>
                {unread > 0 && (
                  <span className="nhsuk-tag nhsuk-tag--blue" data-testid="unread-count">
                    {unread} new {unread === 1 ? 'message' : 'messages'}
                  </span>
                )}{' '}
                {evidence > 0 && (
                  <span className="nhsuk-tag nhsuk-tag--orange">
                    {evidence} evidence {evidence === 1 ? 'request' : 'requests'}
                  </span>
                )}
                {unread === 0 && evidence === 0 && 'Nothing'}
              </Cell>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
