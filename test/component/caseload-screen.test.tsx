import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { AdviserRoutes } from '../../src/app/adviser/AdviserRoutes';
import { startTestSandbox } from '../support/sandbox';
import { renderAt, sandboxSession } from './render';

// The caseload's search, owner and filter summary against the in-process sandbox with a real token.
let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterEach(() => {
  cleanup();
  window.history.replaceState(null, '');
});
afterAll(async () => {
  await sandbox.close();
});

const rowIds = (): (string | null)[] =>
  within(screen.getByTestId('caseload-table'))
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.getAttribute('data-testid'));

describe('caseload screen', () => {
  it('searches by NHS number without putting it in the URL, and says what the count follows', async () => {
    const session = await sandboxSession(sandbox, { user: 'adviser', profile: 'adviser' });
    const view = renderAt('/?status=all', <AdviserRoutes session={session} />);
    await screen.findByTestId('caseload-table');
    fireEvent.change(screen.getByLabelText('Search cases'), { target: { value: '999 234 5675' } });
    fireEvent.click(screen.getByTestId('search-cases'));
    await waitFor(() => {
      expect(rowIds()).toEqual(['case-row-task-01', 'case-row-task-09']);
    });
    await waitFor(() => {
      expect(screen.getByTestId('caseload-total').textContent).toBe(
        '2 cases match these filters: NHS number 999 234 5675.',
      );
    });
    expect(screen.getByTestId('counts-note').textContent).toMatch(/other filters: NHS number 999 234 5675/);
    // The search text is in the history entry's state only: never in any address the router saw.
    expect(view.history.join(' ')).not.toMatch(/999|5675/);
    expect(JSON.stringify(window.history.state)).toContain('999 234 5675');
    expect(screen.getByLabelText<HTMLInputElement>('Search cases').value).toBe('999 234 5675');
  });

  it('an empty result says so and offers "Clear filters", which brings every open case back', async () => {
    const session = await sandboxSession(sandbox, { user: 'adviser', profile: 'adviser' });
    const view = renderAt('/?owner=mine&urgency=urgent', <AdviserRoutes session={session} />);
    const empty = await screen.findByTestId('caseload-empty');
    expect(empty.textContent).toMatch(/No cases match these filters/);
    await waitFor(() => {
      expect(screen.getByTestId('caseload-total').textContent).toBe(
        '0 open cases match these filters: urgent only, my cases.',
      );
    });
    fireEvent.click(within(empty).getByTestId('clear-filters'));
    await waitFor(() => {
      expect(view.location()).toBe('/');
    });
    await waitFor(() => {
      expect(rowIds()).toHaveLength(7);
    });
    expect(screen.queryByTestId('clear-filters')).toBeNull();
  });

  it('"Assign to me" on a case puts it in "My cases", and a colleague can be given it instead', async () => {
    const session = await sandboxSession(sandbox, { user: 'adviser', profile: 'adviser' });
    renderAt('/cases/task-03', <AdviserRoutes session={session} />);
    await screen.findByTestId('case-view');
    expect(screen.getByTestId('case-owner-text').textContent).toBe('Unassigned');
    fireEvent.click(screen.getByTestId('assign-to-me'));
    await waitFor(() => {
      expect(screen.getByTestId('case-owner-text').textContent).toBe('Assigned to you');
    });
    expect(screen.getByTestId('case-owner-saved').textContent).toBe('The case is now assigned to you.');
    cleanup();

    renderAt('/?owner=mine', <AdviserRoutes session={session} />);
    await screen.findByTestId('caseload-table');
    expect(rowIds()).toEqual(['case-row-task-03']);
    expect(within(screen.getByTestId('case-row-task-03')).getByText('Assigned to you')).toBeTruthy();
    cleanup();

    renderAt('/cases/task-03', <AdviserRoutes session={session} />);
    await screen.findByTestId('case-view');
    await screen.findByRole('option', { name: 'Gareth Jones' });
    fireEvent.change(screen.getByLabelText('Assign to'), { target: { value: 'PractitionerRole/adviser-2' } });
    fireEvent.click(screen.getByTestId('assign-submit'));
    await waitFor(() => {
      expect(screen.getByTestId('case-owner-text').textContent).toBe('Assigned to Gareth Jones');
    });
    cleanup();

    renderAt('/?owner=unassigned', <AdviserRoutes session={session} />);
    await screen.findByTestId('caseload-table');
    expect(rowIds()).not.toContain('case-row-task-03');
    expect(rowIds()).toHaveLength(6);
  });
});
