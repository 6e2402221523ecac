import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AdviserRoutes } from '../../src/app/adviser/AdviserRoutes';
import { componentSandbox, renderAt, sandboxSession } from './render';

// The adviser's screens against the in-process sandbox over HTTP with a real token.
const sandbox = componentSandbox();

describe('adviser screens', () => {
  it('the caseload reads its filters from the URL, and a patient is a link to the case', async () => {
    const session = await sandboxSession(sandbox(), { user: 'adviser', profile: 'adviser' });
    const view = renderAt('/?status=accepted', <AdviserRoutes session={session} />);
    const table = await screen.findByTestId('caseload-table');
    // Accepted cases only (seed: task-03 and task-11), urgent first.
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-testid'))).toEqual(['case-row-task-11', 'case-row-task-03']);
    expect(screen.getByLabelText<HTMLSelectElement>('Status').value).toBe('accepted');
    const link = within(rows[0]!).getByRole('link');
    expect(link.getAttribute('href')).toBe('/cases/task-11');
    expect(link.getAttribute('href')).not.toMatch(/REID|999/); // ids only in URLs
    fireEvent.click(link);
    await screen.findByTestId('case-view');
    expect(view.location()).toBe('/cases/task-11');
    expect(document.title).toBe('Case – HJP Link');
    // Back to caseload returns to the same filters.
    expect(screen.getByRole('link', { name: 'Back to caseload' }).getAttribute('href')).toBe('/?status=accepted');
  });

  it('applying filters puts them in the URL (so Back and reload keep them)', async () => {
    const session = await sandboxSession(sandbox(), { user: 'adviser', profile: 'adviser' });
    const view = renderAt('/', <AdviserRoutes session={session} />);
    await screen.findByTestId('caseload-table');
    fireEvent.change(screen.getByLabelText('Urgency'), { target: { value: 'urgent' } });
    fireEvent.click(screen.getByTestId('apply-filters'));
    await waitFor(() => {
      expect(view.location()).toBe('/?urgency=urgent');
    });
    await waitFor(() => {
      const rows = within(screen.getByTestId('caseload-table')).getAllByRole('row').slice(1);
      expect(rows.map((r) => r.getAttribute('data-testid'))).toEqual([
        'case-row-task-11',
        'case-row-task-02',
        'case-row-task-01',
      ]);
    });
  });

  it('a case shows what consent allows and accepts a new referral', async () => {
    const session = await sandboxSession(sandbox(), { user: 'adviser', profile: 'adviser' });
    renderAt('/cases/task-02', <AdviserRoutes session={session} />);
    await screen.findByTestId('case-view');
    // Case 02: evidence consent denied, so no conditions were even requested.
    expect(screen.getByTestId('conditions-hidden').textContent).toMatch(/has not agreed to share medical evidence/);
    fireEvent.click(screen.getByLabelText('Accept the referral'));
    fireEvent.click(screen.getByTestId('save-case'));
    await waitFor(() => {
      expect(screen.getByTestId('case-status').textContent).toMatch(/^Accepted/);
    });
  });
});
