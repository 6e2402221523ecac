import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ClinicianRoutes } from '../../src/app/clinician/ClinicianRoutes';
import { componentSandbox, renderAt, sandboxSession } from './render';

// The clinician's screens, rendered against the in-process sandbox over HTTP with a real token:
// what a GP sees and can do, screen by screen, each at its own URL.
const sandbox = componentSandbox();

describe('clinician screens', () => {
  it('home: the patient’s referrals from the record, and Start leads to the checklist’s URL', async () => {
    const session = await sandboxSession(sandbox(), { user: 'gp', patient: 'pat-004', profile: 'clinician' });
    const view = renderAt('/', <ClinicianRoutes session={session} />);
    await screen.findByTestId('referral-list');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welfare needs');
    expect(document.title).toBe('Welfare needs – HJP Link');
    // pat-004 has an open referral (case 04): the warning comes first, and Start is the second choice.
    expect(screen.getByTestId('open-referral-warning').textContent).toMatch(/already has an open referral/);
    const start = screen.getByTestId('start-checklist');
    expect(start.textContent).toBe('Start a new checklist anyway');
    fireEvent.click(start);
    await screen.findByTestId('checklist');
    expect(view.location()).toBe('/refer/checklist');
    expect(document.title).toBe('Welfare checklist – Step 1 of 5 – HJP Link');
    expect(document.activeElement?.tagName).toBe('H1');
  });

  it('a referral has its own URL: its timeline shows what the adviser did, in the referrer’s words', async () => {
    const session = await sandboxSession(sandbox(), { user: 'gp', patient: 'pat-004', profile: 'clinician' });
    renderAt('/referrals/ref-04', <ClinicianRoutes session={session} />);
    await screen.findByTestId('referral-timeline');
    await waitFor(() => {
      expect(screen.getByTestId('timeline-status').textContent).toMatch(/Adviser working on it/);
    });
    // The reference to quote to the advice service.
    expect(screen.getByTestId('timeline-reference').textContent).toBe('HJP-0000-0004');
    // The open evidence request asked of this GP can be answered here.
    await screen.findByTestId('evidence-answer');
    expect(screen.getByRole('link', { name: 'Back to all referrals' }).getAttribute('href')).toBe('/');
  });

  it('an address the app does not have says so plainly', async () => {
    const session = await sandboxSession(sandbox(), { user: 'gp', patient: 'pat-003', profile: 'clinician' });
    renderAt('/refer/nonsense', <ClinicianRoutes session={session} />);
    await screen.findByText('Page not found');
    expect(document.title).toBe('Page not found – HJP Link');
  });

  it('a deadline is typed in the NHS date input: a date that does not exist is an error beside it', async () => {
    const session = await sandboxSession(sandbox(), { user: 'gp', patient: 'pat-003', profile: 'clinician' });
    renderAt('/refer/checklist', <ClinicianRoutes session={session} />);
    await screen.findByTestId('checklist');
    const deadline = screen.getByRole('group', { name: /deadline in the next two weeks/ });
    fireEvent.click(within(deadline).getByLabelText('Yes'));
    const when = await screen.findByRole('group', { name: /When is the deadline/ });
    expect(when.querySelector('input[type="date"]')).toBeNull();
    fireEvent.change(within(when).getByLabelText('Day'), { target: { value: '31' } });
    fireEvent.change(within(when).getByLabelText('Month'), { target: { value: '2' } });
    fireEvent.change(within(when).getByLabelText('Year'), { target: { value: '2027' } });
    fireEvent.blur(within(when).getByLabelText('Year'));
    expect(within(when).getByText(/Date must be a real date/)).toBeTruthy();
    expect(within(when).getByLabelText('Day').className).toMatch(/nhsuk-input--error/);
    fireEvent.change(within(when).getByLabelText('Day'), { target: { value: '28' } });
    await waitFor(() => {
      expect(within(when).queryByText(/Date must be a real date/)).toBeNull();
    });
  });
});
