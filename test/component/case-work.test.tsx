import { describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AdviserRoutes } from '../../src/app/adviser/AdviserRoutes';
import { componentSandbox, renderAt, sandboxSession } from './render';

// The case screen's working day (issue 11) against the in-process sandbox with a real adviser token.
const sandbox = componentSandbox();

async function openCase(taskId: string): Promise<void> {
  const session = await sandboxSession(sandbox(), { user: 'adviser', profile: 'adviser' });
  renderAt(`/cases/${taskId}`, <AdviserRoutes session={session} />);
  await screen.findByTestId('case-view');
}

describe('the case screen', () => {
  it('names the referrer, shows contact details under consent and question text, never internal ids', async () => {
    await openCase('task-04');
    // The reference the GP was given, to confirm a phone call is about this case.
    expect(screen.getByTestId('case-reference').textContent).toBe('HJP-0000-0004');
    const referrer = screen.getByTestId('referrer').textContent;
    expect(referrer).toMatch(/Dr /);
    expect(referrer).not.toMatch(/PractitionerRole\//);
    expect(referrer).toMatch(/Phone: \d/);
    // The practice's own number is named as the practice's, not taken for the referrer's line.
    expect(referrer).toMatch(/Phone \(Chapel Lane Medical Practice\): \d/);
    expect(screen.getByTestId('referral-details').textContent).not.toMatch(/PractitionerRole\//);
    expect(screen.getByTestId('contact-details').textContent).toMatch(/Phone|Address/);
    const screening = screen.getByTestId('screening').textContent;
    expect(screening).not.toMatch(/urgent-eviction|Question text not available/);
    // Seeded appointments, the intake measures and the internal note are on the case.
    expect(screen.getByTestId('appointment-appt-04-1').textContent).toMatch(/By phone/);
    expect(screen.getByTestId('measure-measure-financial-strain').textContent).toMatch(
      /At first contact\s*Very hard\s*At closing\s*Not recorded/,
    );
    expect(screen.getByTestId('case-notes').textContent).toMatch(/Interpreter booked for every call/);
    // The note is not in the thread with the referrer.
    expect(screen.getByTestId('messages').textContent).not.toMatch(/Interpreter booked for every call/);
  });

  it('books an appointment in UK time and adds a note, each with a focused success message', async () => {
    await openCase('task-04');
    const form = screen.getByTestId('appointment-form');
    // The NHS date input, and the time as its own field after it; each error linked to its field.
    expect(within(form).getByRole('group', { name: 'Date' }).querySelector('#appt-when-time')).toBeNull();
    fireEvent.click(screen.getByTestId('book-appointment'));
    await waitFor(() => {
      expect(
        [...form.querySelectorAll('.nhsuk-error-summary a')].map(
          (a) => `${a.getAttribute('href') ?? ''} ${a.textContent}`,
        ),
      ).toEqual([
        '#appt-when-day Enter the date of the appointment',
        '#appt-when-time Enter the time of the appointment',
        '#appt-mode Choose how the appointment will happen.',
      ]);
    });
    expect(within(form).getByLabelText('Time').getAttribute('aria-describedby')).toMatch(/appt-when-time-error/);
    fireEvent.change(within(form).getByLabelText('Day'), { target: { value: '15' } });
    fireEvent.change(within(form).getByLabelText('Month'), { target: { value: '7' } });
    fireEvent.change(within(form).getByLabelText('Year'), { target: { value: String(new Date().getFullYear() + 1) } });
    fireEvent.change(within(form).getByLabelText('Time'), { target: { value: '10:30' } });
    fireEvent.click(within(form).getByLabelText('Face to face'));
    fireEvent.click(screen.getByTestId('book-appointment'));
    expect((await screen.findAllByText('Choose where the appointment will be.')).length).toBeGreaterThan(0);
    fireEvent.change(screen.getByLabelText('Where'), { target: { value: 'Location/loc-advice-office' } });
    fireEvent.click(screen.getByTestId('book-appointment'));
    const notice = await screen.findByTestId('success-notice');
    expect(notice.textContent).toMatch(/Appointment booked for 15 July \d{4}, 10:30/);
    await waitFor(() => {
      expect(document.activeElement).toBe(notice);
    });
    await waitFor(() => {
      expect(screen.getByTestId('appointments').textContent).toMatch(/15 July \d{4}, 10:30 · Face to face/);
    });

    fireEvent.change(screen.getByLabelText('New case note'), { target: { value: 'Client prefers mornings.' } });
    expect(screen.getByTestId('unsaved-text')).toBeTruthy();
    fireEvent.click(screen.getByTestId('add-note'));
    await waitFor(() => {
      expect(screen.getByTestId('success-notice').textContent).toMatch(/Case note added/);
    });
    await waitFor(() => {
      expect(screen.getByTestId('case-notes').textContent).toMatch(/Client prefers mornings\./);
    });
  });

  it('a half-typed message survives leaving the case and coming back (in memory)', async () => {
    await openCase('task-03');
    fireEvent.change(screen.getByLabelText('Message to the referrer'), { target: { value: 'Half a thought' } });
    cleanup();
    await openCase('task-03');
    expect(screen.getByLabelText<HTMLTextAreaElement>('Message to the referrer').value).toBe('Half a thought');
  });

  it('asks for medical evidence with the NHS date input: NHS messages, linked to the first field, then sent', async () => {
    await openCase('task-04');
    const evidence = screen.getByTestId('evidence');
    const typeDue = (day: string, month: string, year: string): void => {
      fireEvent.change(within(evidence).getByLabelText('Day'), { target: { value: day } });
      fireEvent.change(within(evidence).getByLabelText('Month'), { target: { value: month } });
      fireEvent.change(within(evidence).getByLabelText('Year'), { target: { value: year } });
    };
    // Day, month and year fields, never the browser's date picker.
    expect(evidence.querySelector('input[type="date"]')).toBeNull();
    expect(within(evidence).getByRole('group', { name: 'Needed by' })).toBeTruthy();
    const summaryLinks = (): string[] =>
      [...document.querySelectorAll('.nhsuk-error-summary a')].map(
        (a) => `${a.getAttribute('href') ?? ''} ${a.textContent}`,
      );
    fireEvent.click(screen.getByTestId('request-evidence'));
    await waitFor(() => {
      expect(summaryLinks()).toEqual([
        '#evidence-description Say what evidence you need.',
        '#evidence-due-day Enter a due date',
      ]);
    });
    expect(document.getElementById('evidence-due-day')).toBe(within(evidence).getByLabelText('Day'));
    expect(within(evidence).getByRole('group', { name: 'Needed by' }).textContent).toMatch(/Error: Enter a due date/);

    fireEvent.change(screen.getByLabelText('What do you need?'), { target: { value: 'A letter about her mobility.' } });
    typeDue('31', '2', String(new Date().getFullYear() + 1));
    fireEvent.click(screen.getByTestId('request-evidence'));
    await waitFor(() => {
      expect(summaryLinks()).toEqual(['#evidence-due-day Due date must be a real date']);
    });
    expect(within(evidence).getByLabelText('Day').className).toMatch(/nhsuk-input--error/);
    expect(within(evidence).getByLabelText('Month').className).not.toMatch(/nhsuk-input--error/);
    const today = new Date();
    typeDue(String(today.getDate()), String(today.getMonth() + 1), String(today.getFullYear() - 1));
    fireEvent.click(screen.getByTestId('request-evidence'));
    await waitFor(() => {
      expect(summaryLinks()).toEqual(['#evidence-due-day Due date must be in the future']);
    });

    const due = new Date(Date.now() + 14 * 86_400_000);
    typeDue(String(due.getDate()), String(due.getMonth() + 1), String(due.getFullYear()));
    fireEvent.click(screen.getByTestId('request-evidence'));
    await within(evidence).findByText('Your request has been sent to the referrer.');
    expect(document.querySelector('.nhsuk-error-summary')).toBeNull();
    // The fields are empty again for the next request, and the request is listed with its due date.
    expect(within(evidence).getByLabelText<HTMLInputElement>('Day').value).toBe('');
    await waitFor(() => {
      expect(evidence.textContent).toMatch(/Waiting, due by \d{1,2} \w+ \d{4}\S*: A letter about her mobility\./);
    });
  });
});
