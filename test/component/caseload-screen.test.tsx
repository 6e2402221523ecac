import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Task } from 'fhir/r4';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { sandboxApi } from '../support/api';
import { referAgain } from '../support/referAgain';
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

/** How long a condition may take to hold on a shared, loaded machine (the wait ends as soon as it holds). */
const WAIT = { timeout: 10_000 };

const rowIds = (): (string | null)[] =>
  within(screen.getByTestId('caseload-table'))
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.getAttribute('data-testid'));

describe('caseload screen', () => {
  it('searches by NHS number without putting it in the URL, and says what the count follows', async () => {
    const session = await sandboxSession(sandbox, { user: 'adviser', profile: 'adviser' });
    const view = renderAt('/?status=all', <AdviserRoutes session={session} />);
    await screen.findByTestId('caseload-table', {}, WAIT);
    fireEvent.change(screen.getByLabelText('Search cases'), { target: { value: '999 234 5675' } });
    fireEvent.click(screen.getByTestId('search-cases'));
    await waitFor(() => {
      expect(rowIds()).toEqual(['case-row-task-01', 'case-row-task-09']);
    }, WAIT);
    await waitFor(() => {
      expect(screen.getByTestId('caseload-total').textContent).toBe(
        '2 cases match these filters: NHS number 999 234 5675.',
      );
    }, WAIT);
    expect(screen.getByTestId('counts-note').textContent).toMatch(/other filters: NHS number 999 234 5675/);
    // The search text is in the history entry's state only: never in any address the router saw.
    expect(view.history.join(' ')).not.toMatch(/999|5675/);
    expect(JSON.stringify(window.history.state)).toContain('999 234 5675');
    expect(screen.getByLabelText<HTMLInputElement>('Search cases').value).toBe('999 234 5675');
  });

  it('an empty result says so and offers "Clear filters", which brings every open case back', async () => {
    const session = await sandboxSession(sandbox, { user: 'adviser', profile: 'adviser' });
    const view = renderAt('/?owner=mine&urgency=urgent', <AdviserRoutes session={session} />);
    const empty = await screen.findByTestId('caseload-empty', {}, WAIT);
    expect(empty.textContent).toMatch(/No cases match these filters/);
    await waitFor(() => {
      expect(screen.getByTestId('caseload-total').textContent).toBe(
        '0 open cases match these filters: urgent only, my cases.',
      );
    }, WAIT);
    fireEvent.click(within(empty).getByTestId('clear-filters'));
    await waitFor(() => {
      expect(view.location()).toBe('/');
    }, WAIT);
    await waitFor(() => {
      expect(rowIds()).toHaveLength(7);
    }, WAIT);
    expect(screen.queryByTestId('clear-filters')).toBeNull();
  });

  it('"Assign to me" on a case puts it in "My cases", and a colleague can be given it instead', async () => {
    const session = await sandboxSession(sandbox, { user: 'adviser', profile: 'adviser' });
    renderAt('/cases/task-03', <AdviserRoutes session={session} />);
    await screen.findByTestId('case-view', {}, WAIT);
    expect(screen.getByTestId('case-owner-text').textContent).toBe('Unassigned');
    fireEvent.click(screen.getByTestId('assign-to-me'));
    await waitFor(() => {
      expect(screen.getByTestId('case-owner-text').textContent).toBe('Assigned to you');
    }, WAIT);
    expect(screen.getByTestId('case-owner-saved').textContent).toBe('The case is now assigned to you.');
    cleanup();

    renderAt('/?owner=mine', <AdviserRoutes session={session} />);
    await screen.findByTestId('caseload-table', {}, WAIT);
    expect(rowIds()).toEqual(['case-row-task-03']);
    expect(within(screen.getByTestId('case-row-task-03')).getByText('Assigned to you')).toBeTruthy();
    cleanup();

    renderAt('/cases/task-03', <AdviserRoutes session={session} />);
    await screen.findByTestId('case-view', {}, WAIT);
    await screen.findByRole('option', { name: 'Gareth Jones' }, WAIT);
    fireEvent.change(screen.getByLabelText('Assign to'), { target: { value: 'PractitionerRole/adviser-2' } });
    fireEvent.click(screen.getByTestId('assign-submit'));
    await waitFor(() => {
      expect(screen.getByTestId('case-owner-text').textContent).toBe('Assigned to Gareth Jones');
    }, WAIT);
    cleanup();

    renderAt('/?owner=unassigned', <AdviserRoutes session={session} />);
    await screen.findByTestId('caseload-table', {}, WAIT);
    expect(rowIds()).not.toContain('case-row-task-03');
    expect(rowIds()).toHaveLength(6);
  });
});

describe('duplicate referrals on the case', () => {
  it('shows the patient’s other open referral and links the two: this case continues, the other closes', async () => {
    // A second open referral for case 11's patient (pat-008), set up with the admin API.
    const admin = await sandboxApi(sandbox);
    await referAgain(admin, '11', '5eed0000-0000-4000-8000-0000000011bb');
    const session = await sandboxSession(sandbox, { user: 'adviser', profile: 'adviser' });
    renderAt('/cases/task-11', <AdviserRoutes session={session} />);
    const notice = await screen.findByTestId('duplicate-notice', {}, WAIT);
    expect(within(notice).getByRole('link').getAttribute('href')).toBe('/cases/task-11b');
    fireEvent.click(within(notice).getByTestId('link-duplicates'));
    await within(notice).findByText('Choose which case continues.', {}, WAIT);
    fireEvent.click(within(notice).getByLabelText(/^This case/));
    fireEvent.click(within(notice).getByTestId('link-duplicates'));
    expect((await screen.findByTestId('duplicate-linked', {}, WAIT)).textContent).toMatch(
      /other referral is closed as a duplicate/,
    );
    const closed = (await admin<Task>('GET', 'Task/task-11b')).body;
    expect([closed.status, closed.statusReason?.coding?.[0]?.code]).toEqual(['rejected', 'duplicate']);
  });
});
