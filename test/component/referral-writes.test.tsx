import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ClinicianRoutes } from '../../src/app/clinician/ClinicianRoutes';
import { componentSandbox, renderAt, sandboxSession } from './render';

// The referrer's two writes on a referral's timeline (TanStack Query mutations), against the
// in-process sandbox: busy while writing, then what they changed read again and shown, no reload.
const sandbox = componentSandbox();

describe('writes on a referral’s timeline', () => {
  it('a message to the adviser is sent once, the box empties and the message joins the timeline', async () => {
    const session = await sandboxSession(sandbox(), { user: 'gp', patient: 'pat-001', profile: 'clinician' });
    renderAt('/referrals/ref-01', <ClinicianRoutes session={session} />);
    const box = await screen.findByTestId('reply-box');
    // The timeline's history has been read (a read already under way when the message is sent is not redone).
    await waitFor(() => {
      expect(screen.getByTestId('timeline-events').textContent).toContain('Sent to the advice service');
    });
    const send = within(box).getByTestId('send-message');
    fireEvent.click(send);
    expect((await within(box).findByText(/Enter a message/)).textContent).toMatch(/Enter a message/);
    fireEvent.change(within(box).getByRole('textbox'), { target: { value: 'She can come in on Tuesday mornings.' } });
    fireEvent.click(send);
    expect(send.textContent).toBe('Sending…');
    await waitFor(() => {
      expect(screen.getByTestId('timeline-events').textContent).toContain('She can come in on Tuesday mornings.');
    });
    expect(within(box).getByRole<HTMLTextAreaElement>('textbox').value).toBe('');
    expect(send.textContent).toBe('Send message');
  });

  it('cancelling needs a reason, then the referral shows as cancelled and can no longer be cancelled', async () => {
    const session = await sandboxSession(sandbox(), { user: 'gp', patient: 'pat-001', profile: 'clinician' });
    renderAt('/referrals/ref-01', <ClinicianRoutes session={session} />);
    fireEvent.click(await screen.findByTestId('cancel-referral'));
    const confirm = screen.getByTestId('confirm-cancel');
    fireEvent.click(confirm);
    expect(screen.getByText(/Enter why you are cancelling the referral/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Why are you cancelling this referral?'), {
      target: { value: 'Sent for the wrong patient.' },
    });
    fireEvent.click(confirm);
    await waitFor(() => {
      expect(screen.getByTestId('timeline-status').textContent).toMatch(/cancelled/i);
    });
    expect(screen.queryByTestId('cancel-form')).toBeNull();
    expect(screen.queryByTestId('cancel-referral')).toBeNull();
  });
});
