import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PracticeRoutes } from '../../src/app/clinician/PracticeRoutes';
import { Screens } from '../../src/app/Screens';
import { componentSandbox, renderAt, sandboxSession } from './render';

// The practice worklist's screens (a GP with no patient open), against the in-process sandbox
// over HTTP with a real practice token.
const sandbox = componentSandbox();

describe('practice worklist screens', () => {
  it('a practice launch shows the worklist, not “No patient is open”', async () => {
    const session = await sandboxSession(sandbox(), { user: 'gp', profile: 'practice' });
    renderAt('/', <Screens session={session} />);
    await screen.findByTestId('worklist-table');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Your referrals');
    expect(document.title).toBe('Your referrals – HJP Link');
  });

  it('filters are applied together and kept in the address as codes', async () => {
    const session = await sandboxSession(sandbox(), { user: 'gp', profile: 'practice' });
    const view = renderAt('/', <PracticeRoutes session={session} />);
    await screen.findByTestId('worklist-table');
    fireEvent.change(screen.getByLabelText('Needs attention'), { target: { value: 'outcome' } });
    fireEvent.change(screen.getByLabelText('Referred by'), { target: { value: 'mine' } });
    fireEvent.click(screen.getByTestId('apply-filters'));
    await waitFor(() => {
      expect(view.location()).toBe('/?attention=outcome&who=mine');
    });
    await waitFor(() => {
      expect(screen.getAllByTestId(/^worklist-row-/).map((r) => r.dataset['testid'])).toEqual(['worklist-row-ref-07']);
    });
  });

  it('opening a referral shows its timeline at its own URL, read only, naming who did what', async () => {
    const session = await sandboxSession(sandbox(), { user: 'gp', profile: 'practice' });
    const view = renderAt('/', <PracticeRoutes session={session} />);
    const row = await screen.findByTestId('worklist-row-ref-08');
    fireEvent.click(within(row).getByRole('link'));
    await screen.findByTestId('referral-timeline');
    expect(view.location()).toBe('/referrals/ref-08');
    expect(screen.getByTestId('referral-patient').textContent).toMatch(/REID/i);
    await waitFor(() => {
      expect(screen.getByTestId('timeline-events').textContent).toMatch(/by the advice service/);
    });
    expect(screen.getByTestId('timeline-events').textContent).not.toMatch(/\(you\)/);
    expect(screen.getByTestId('reply-in-record')).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('a referral the practice did not make is not found', async () => {
    const session = await sandboxSession(sandbox(), { user: 'gp', profile: 'practice' });
    renderAt('/referrals/ref-02', <PracticeRoutes session={session} />);
    await screen.findByText('Page not found');
  });
});
