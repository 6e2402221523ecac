import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp } from '../support/browser';
import { expectNoAxeViolations, browserPerFile } from '../support/browserPerFile';
import { answer, recordConsent, screen, sendReferral } from '../support/clinicianPage';
import { sandboxPerFile } from '../support/sandboxPerFile';

const appUrl = inject('appUrl');
// This file's own sandbox: its data is its own (no other file's writes change what it sees).
let sandboxOrigin = '';
let fhirBase = '';
sandboxPerFile((sandbox) => {
  sandboxOrigin = sandbox.urls.origin;
  fhirBase = sandbox.urls.fhirBase;
});

const { freshPage } = browserPerFile();

/** The GP's half (clinician screens): screen, record consent including medical evidence, refer. */
async function gpRefers(page: Page): Promise<void> {
  await launchApp(page, sandboxOrigin, appUrl, { user: 'gp', patient: 'pat-007' });
  await page.getByTestId('referral-list').waitFor();
  await screen(page, { eviction: 'No', noMoneyForFoodOrHeating: 'Yes', moneyOrDebtWorries: 'Yes' });
  await recordConsent(page, { medicalEvidence: true });
  await sendReferral(page, fhirBase);
}

async function gpOpensReferral(page: Page): Promise<void> {
  // A fresh load of the home URL in the same tab: the SMART session carries on.
  await page.goto(`${appUrl}/`);
  await page.getByTestId('referral-list').waitFor();
  await page.getByTestId('referral-row').first().getByRole('link').click();
  await page.getByTestId('referral-timeline').waitFor();
}

describe('the whole loop: GP refers, adviser works and closes, GP sees the outcome', () => {
  it('runs end to end through real launches, axe-clean on every adviser screen', async () => {
    const gp = await freshPage();
    await gpRefers(gp);

    const adviser = await freshPage();
    await launchApp(adviser, sandboxOrigin, appUrl, { user: 'adviser', profile: 'adviser' });
    await adviser.getByTestId('caseload-table').waitFor();
    const row = adviser
      .getByTestId('caseload-table')
      .locator('tbody tr')
      .filter({ hasText: 'EVANS, Rhys' })
      .filter({ hasText: 'New referral' });
    expect(await row.textContent()).toMatch(/Urgent/);
    await expectNoAxeViolations(adviser);
    await row.getByRole('link').click();
    await adviser.getByTestId('case-view').waitFor();
    await expectNoAxeViolations(adviser);

    // Accept, message the referrer, ask for medical evidence.
    await answer(adviser, /Can your service take this referral/, 'Accept the referral');
    await adviser.getByTestId('save-case').click();
    await adviser
      .getByTestId('case-status')
      .getByText(/Accepted/)
      .waitFor();
    await adviser
      .getByTestId('messages')
      .getByTestId('reply-box')
      .getByRole('textbox')
      .fill('We will phone Mr Evans tomorrow morning.');
    await adviser.getByTestId('send-message').click();
    await adviser.getByTestId('messages').getByText('We will phone Mr Evans tomorrow morning.').waitFor();
    await adviser
      .locator('#evidence-description')
      .fill('A letter about his treatment and how it affects his ability to work.');
    // The NHS date input: day, month and year (never the browser's date picker).
    const due = new Date(Date.now() + 10 * 86_400_000);
    await adviser.locator('#evidence-due-day').fill(String(due.getDate()));
    await adviser.locator('#evidence-due-month').fill(String(due.getMonth() + 1));
    await adviser.locator('#evidence-due-year').fill(String(due.getFullYear()));
    await adviser.getByTestId('request-evidence').click();
    await adviser.getByText('Your request has been sent to the referrer.').waitFor();
    await expectNoAxeViolations(adviser);

    // The GP sees the message and the request, and answers it.
    await gpOpensReferral(gp);
    await gp.getByTestId('timeline-events').getByText('We will phone Mr Evans tomorrow morning.').waitFor();
    // The GP sees who wrote it: the named adviser, not just "the advice service".
    await gp
      .getByTestId('timeline-events')
      .getByText(/Message from Fatima Begum, Welfare rights adviser/)
      .waitFor();
    await gp
      .getByTestId('timeline-events')
      .getByText(/Accepted by the advice service.*by Fatima Begum/)
      .first()
      .waitFor();
    const evidence = gp.getByTestId('evidence-requests');
    await evidence.getByText(/A letter about his treatment/).waitFor();
    await evidence
      .getByTestId('evidence-answer')
      .getByRole('textbox')
      .fill('Letter to follow by post; he is on chemotherapy every two weeks.');
    await evidence.getByTestId('send-evidence').click();
    await gp.getByTestId('evidence-answered').waitFor();

    // The adviser sees the answer and closes the case with outcomes.
    await adviser.getByRole('link', { name: 'Back to caseload' }).click();
    await adviser
      .getByTestId('caseload-table')
      .locator('tbody tr')
      .filter({ hasText: 'EVANS, Rhys' })
      .filter({ hasText: 'Accepted' })
      .getByRole('link')
      .click();
    await adviser
      .getByTestId('messages')
      .getByText(/he is on chemotherapy/)
      .waitFor();
    expect(await adviser.getByTestId('evidence').textContent()).toMatch(/Answered/);
    await answer(adviser, /Level of help given/, 'Advice with casework');
    await adviser.locator('#close-sessions').fill('3');
    await adviser.selectOption('#add-outcome-type', 'benefit-awarded');
    await adviser.getByTestId('add-outcome').click();
    await adviser.getByLabel('Which benefit', { exact: true }).selectOption('pip-daily-living-standard');
    await adviser.getByLabel('Additional amount (£)').fill('73.60');
    await adviser
      .getByTestId('gain-preview')
      .getByText(/Annual gain £3,827.20/)
      .waitFor();
    await expectNoAxeViolations(adviser);
    await adviser.getByTestId('close-submit').click();
    await adviser.getByTestId('confirm-close').getByText('Are you sure you want to close this case?').waitFor();
    await expectNoAxeViolations(adviser);
    await adviser.getByTestId('close-confirm').click();
    await adviser
      .getByTestId('case-status')
      .getByText(/Closed/)
      .waitFor();
    await expectNoAxeViolations(adviser);

    // The GP sees the outcome on the timeline.
    await gpOpensReferral(gp);
    const outcome = gp.getByTestId('outcome');
    await outcome.waitFor();
    expect(await outcome.textContent()).toMatch(/£3,827.20 a year/);
  });
});
