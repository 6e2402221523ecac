import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Bundle, QuestionnaireResponse } from 'fhir/r4';
import { answersFromResponse } from '../../src/domain/screening/response';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { sandboxApi } from '../support/api';
import { launchApp } from '../support/browser';
import { answer, answered } from '../support/clinicianPage';
import { expectNoAxeViolations, browserPerFile } from '../support/browserPerFile';
import { sandboxPerFile } from '../support/sandboxPerFile';

// The GP's referral journey to the NHS service standard, by keyboard only, in this file's own
// sandbox (its data is its own): each step's URL, page title, focus on its heading, the Arial font,
// check-your-answers with a Change link that returns to it, and the confirmation with a reference.
const appUrl = inject('appUrl');
let sandboxOrigin = '';
let running: RunningSandbox | undefined;
sandboxPerFile((sandbox) => {
  sandboxOrigin = sandbox.urls.origin;
  running = sandbox;
});

/** The questions answered in the patient's screening drafts on the record (the test admin's view, not the app's). */
async function answeredOnRecord(patient: string): Promise<string[][]> {
  if (!running) {
    throw new Error('the sandbox is not running');
  }
  const api = await sandboxApi(running);
  const found = await api<Bundle>('GET', `QuestionnaireResponse?subject=Patient/${patient}&status=in-progress`);
  return (found.body.entry ?? []).map((e) =>
    Object.keys(answersFromResponse(e.resource as QuestionnaireResponse)).sort(),
  );
}

async function setFault(rule: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${sandboxOrigin}/__test/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(rule),
  });
  expect(res.status).toBe(201);
}

/** Requests the sandbox is still holding or carrying out under a fault rule. */
async function faultedInFlight(): Promise<number> {
  const res = await fetch(`${sandboxOrigin}/__test/faults`);
  return ((await res.json()) as { inFlight: number }).inFlight;
}

/** Launches the GP for the patient and waits for the search for their screening draft to be answered. */
async function launchAndLookForDraft(page: Page, patient: string): Promise<number> {
  const looked = page.waitForResponse(
    (r) => r.url().includes('/QuestionnaireResponse?') && r.request().method() === 'GET',
  );
  await launchApp(page, sandboxOrigin, appUrl, { user: 'gp', patient });
  await page.getByTestId('referral-list').waitFor();
  const answer = await looked;
  expect(answer.status()).toBe(200);
  const bundle = (await answer.json()) as { entry?: { resource?: { resourceType?: string } }[] };
  return (bundle.entry ?? []).filter((e) => e.resource?.resourceType === 'QuestionnaireResponse').length;
}
/** Launches the GP for a patient with no draft on the record, and starts the checklist. */
async function startNewChecklist(page: Page, patient: string): Promise<void> {
  expect(await launchAndLookForDraft(page, patient)).toBe(0);
  await page.getByTestId('start-checklist').click();
  await page.getByTestId('checklist').waitFor();
}
const { freshPage } = browserPerFile();

/** Presses Tab until the focused element matches `selector` (at most `limit` presses). */
async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The step's URL, title, and focus on its h1 (never on a button). */
async function expectStep(page: Page, path: string, title: string, heading: RegExp): Promise<void> {
  await page.waitForURL((url) => url.pathname === path);
  await page.waitForFunction((t) => document.title === t, title);
  const focused = await page.evaluate(() => ({
    tag: document.activeElement?.tagName,
    text: document.activeElement?.textContent ?? '',
  }));
  expect(focused.tag).toBe('H1');
  expect(focused.text).toMatch(heading);
}

/** Nothing wider than the viewport at 320 px, and axe-clean there and at 1280 px. */
async function expectFitsAndAxeClean(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('the GP’s referral journey', () => {
  it('checklist, summary, consent, contact, check answers, send, confirmation with a reference', async () => {
    const page = await freshPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    // pat-004: Polish is the preferred language on the record; a mobile; an open referral (so consent on record).
    await launchApp(page, sandboxOrigin, appUrl, { user: 'gp', patient: 'pat-004' });
    await page.getByTestId('referral-list').waitFor();
    // The home screen with its referrals table fits 320 px (the table stacks).
    await expectFitsAndAxeClean(page);
    await tabTo(page, '[data-testid="start-checklist"]');
    await page.keyboard.press('Enter');

    await expectStep(page, '/refer/checklist', 'Welfare checklist – Step 1 of 5 – HJP Link', /Welfare checklist/);
    const font = await page.evaluate(
      () => getComputedStyle(document.querySelector('main h1') ?? document.body).fontFamily,
    );
    expect(font).toMatch(/arial/i);
    expect(font).not.toMatch(/^("?Times|serif)/i);
    // Space chooses the first answer (Yes) of a question reached by Tab.
    for (const question of ['urgent-eviction', 'urgent-safety', 'debt-worries']) {
      await tabTo(page, `input[name="${question}"]`);
      await page.keyboard.press('Space');
    }
    await page
      .getByTestId('safeguarding-prompt')
      .getByText(/call 999/)
      .waitFor();
    await expectFitsAndAxeClean(page);
    await tabTo(page, '[data-testid="finish-checklist"]');
    await page.keyboard.press('Enter');

    await expectStep(page, '/refer/needs', 'Welfare needs found – Step 2 of 5 – HJP Link', /Welfare needs found/);
    const summary = (await page.getByTestId('needs-summary').textContent()) ?? '';
    expect(summary).toMatch(/Eviction, court date or nowhere safe tonight: Yes/);
    expect(summary).toMatch(/Worried about money or debt, or behind with bills: Yes/);
    expect(summary).not.toMatch(/Do you|Because of the answer/);
    expect(await page.getByTestId('safeguarding-prompt').count()).toBe(1);
    await expectFitsAndAxeClean(page);
    await tabTo(page, '[data-testid="to-consent"]');
    await page.keyboard.press('Enter');

    await expectStep(page, '/refer/consent', 'Consent to share – Step 3 of 5 – HJP Link', /Consent to share/);
    await page.getByTestId('consent-found').waitFor();
    await expectFitsAndAxeClean(page);
    await tabTo(page, '[data-testid="consent-continue"]');
    await page.keyboard.press('Enter');

    await expectStep(page, '/refer/details', 'Referral details – Step 4 of 5 – HJP Link', /Referral to/);
    // From the record: the phone to confirm, and Polish (preferred) as the interpreter language.
    expect(await page.getByLabel('Phone number').inputValue()).toBe('07700 900404');
    expect(await page.locator('#field-interpreter').inputValue()).toBe('pl');
    await tabTo(page, 'input[name="contactMethods"][value="phone"]');
    await page.keyboard.press('Space');
    await expectFitsAndAxeClean(page);
    await tabTo(page, '[data-testid="details-continue"]');
    await page.keyboard.press('Enter');

    await expectStep(page, '/refer/check', 'Check your answers – Step 5 of 5 – HJP Link', /Check your answers/);
    const answers = page.getByTestId('check-answers');
    expect(await answers.textContent()).toMatch(/Phone call; phone: 07700 900404/);
    expect(await answers.textContent()).toMatch(/Interpreter: Polish/);
    await expectFitsAndAxeClean(page);
    // Change (the areas of help, the first details row): the details step, then straight back to the check page.
    await tabTo(page, 'a[href="/refer/details?return=check"]');
    await page.keyboard.press('Enter');
    await expectStep(page, '/refer/details', 'Referral details – Step 4 of 5 – HJP Link', /Referral to/);
    await tabTo(page, '#field-note');
    await page.keyboard.type('Prefers afternoons.');
    await tabTo(page, '[data-testid="details-continue"]');
    await page.keyboard.press('Enter');
    await expectStep(page, '/refer/check', 'Check your answers – Step 5 of 5 – HJP Link', /Check your answers/);
    expect(await answers.textContent()).toMatch(/Prefers afternoons\./);
    await tabTo(page, '[data-testid="send-referral"]');
    await page.keyboard.press('Enter');

    await page.getByTestId('referral-sent').waitFor();
    await page.waitForFunction(() => document.title === 'Referral sent – HJP Link');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Referral sent');
    expect(await page.getByRole('heading', { name: 'Referral sent', exact: true }).count()).toBe(1);
    // A reference to read out over the phone: eight Crockford characters in two groups, not the UUID.
    expect(await page.getByTestId('referral-reference').textContent()).toMatch(
      /^HJP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/,
    );
    expect(await page.getByTestId('what-happens-next').textContent()).toMatch(
      /will contact the patient by \d{1,2} \w+ \d{4} \(within 7 days\), and sooner because the referral is urgent\./,
    );
    await expectFitsAndAxeClean(page);
  });

  it('"Finish" with nothing answered asks whether no needs were found, and saves nothing', async () => {
    const page = await freshPage();
    await launchApp(page, sandboxOrigin, appUrl, { user: 'gp', patient: 'pat-001' });
    await page.getByTestId('referral-list').waitFor();
    const writes: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET' && r.url().includes('/fhir')) {
        writes.push(r.url());
      }
    });
    await page.getByTestId('start-checklist').click();
    await page.getByTestId('checklist').waitFor();
    await page.getByTestId('finish-checklist').click();
    await page.getByTestId('no-needs-question').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Did you find no welfare needs?');
    await expectNoAxeViolations(page);
    await page.getByTestId('no-needs-yes').click();
    await page.getByTestId('referral-list').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(writes).toEqual([]);
  });

  it('a draft is saved to the record as the GP goes, resumed in another browser, and discarded explicitly', async () => {
    const first = await freshPage();
    await startNewChecklist(first, 'pat-006');
    // The first save fails: the answers stay on this device and it says so quietly, then retries.
    await setFault({ method: 'POST', path: '/fhir/QuestionnaireResponse', kind: 'error', status: 503 });
    await first
      .getByRole('group', { name: /eviction, possession notice/ })
      .getByLabel('Yes', { exact: true })
      .check();
    await first.getByTestId('draft-status').getByText('Not saved to the record yet — will retry').waitFor();
    await first.locator('[data-testid="draft-status"][data-state="saved"]').waitFor({ timeout: 20_000 });
    const updated = first.waitForResponse(
      (r) => r.request().method() === 'PUT' && r.url().includes('/QuestionnaireResponse/') && r.status() === 200,
    );
    await first
      .getByRole('group', { name: /worried about money or debt/ })
      .getByLabel('Yes', { exact: true })
      .check();
    await updated;

    // Another browser (a new context: nothing on this device) resumes it from the record.
    const second = await freshPage();
    expect(await launchAndLookForDraft(second, 'pat-006')).toBe(1);
    await second.getByRole('button', { name: 'Continue the welfare checklist' }).click();
    await second.getByTestId('checklist').waitFor();
    for (const question of [/eviction, possession notice/, /worried about money or debt/]) {
      expect(await second.getByRole('group', { name: question }).getByLabel('Yes', { exact: true }).isChecked()).toBe(
        true,
      );
    }
    await second.getByTestId('discard-draft').click();
    await second.getByTestId('referral-list').waitFor();
    expect(await second.getByTestId('start-checklist').textContent()).toMatch(/^Start /);

    // Discarded (stopped on the record): a third browser starts afresh.
    const third = await freshPage();
    expect(await launchAndLookForDraft(third, 'pat-006')).toBe(0);
    expect(await third.getByTestId('start-checklist').textContent()).toMatch(/^Start /);
  });

  it('an answer changed just before leaving still reaches the record: tab closed, frame unloaded, step left', async () => {
    const page = await freshPage();
    await startNewChecklist(page, 'pat-005');
    // The first answer is saved the usual way, about a second after it was given.
    await answer(page, /eviction, possession notice/, 'Yes');
    await page.locator('[data-testid="draft-status"][data-state="saved"]').waitFor();
    expect(await answeredOnRecord('pat-005')).toEqual([['urgent-eviction']]);

    // Another answer, and the tab closes at once, well inside that second.
    await answer(page, /worried about money or debt/, 'Yes');
    await page.close();
    await expect
      .poll(() => answeredOnRecord('pat-005'), { timeout: 10_000 })
      .toEqual([['debt-worries', 'urgent-eviction']]);

    // A relaunch in another browser resumes it from the record; an answer, and the EHR unloads the frame at once.
    const second = await freshPage();
    expect(await launchAndLookForDraft(second, 'pat-005')).toBe(1);
    await second.getByRole('button', { name: 'Continue the welfare checklist' }).click();
    await second.getByTestId('checklist').waitFor();
    expect(await answered(second, /worried about money or debt/, 'Yes')).toBe(true);
    await answer(second, /money for food or heating/, 'No');
    await second.goto('about:blank');
    await expect
      .poll(() => answeredOnRecord('pat-005'), { timeout: 10_000 })
      .toEqual([['debt-worries', 'urgent-eviction', 'urgent-no-money']]);

    // Leaving the step at once by its Back link (the screen unmounts) saves too; still one draft on the record.
    const third = await freshPage();
    expect(await launchAndLookForDraft(third, 'pat-005')).toBe(1);
    await third.getByRole('button', { name: 'Continue the welfare checklist' }).click();
    await third.getByTestId('checklist').waitFor();
    await answer(third, /eviction, possession notice/, 'No');
    await third.getByRole('button', { name: 'Back to referrals' }).click();
    await third.getByTestId('referral-list').waitFor();
    await expect
      .poll(
        async () => {
          const api = await sandboxApi(running as RunningSandbox);
          const found = await api<Bundle>('GET', 'QuestionnaireResponse?subject=Patient/pat-005&status=in-progress');
          return (found.body.entry ?? []).map(
            (e) =>
              answersFromResponse(e.resource as QuestionnaireResponse)['urgent-eviction']?.[0]?.valueCoding?.display,
          );
        },
        { timeout: 10_000 },
      )
      .toEqual(['No']);
  });

  it('an answer changed while the first save is still on its way, and the tab closed, still reaches the record, once', async () => {
    const page = await freshPage();
    await startNewChecklist(page, 'pat-007');
    // The first save (the draft's conditional create) is held by the server for three seconds.
    await setFault({ kind: 'delay', method: 'POST', path: '/fhir/QuestionnaireResponse', delayMs: 3000 });
    const firstSave = page.waitForRequest(
      (r) => r.method() === 'POST' && new URL(r.url()).pathname.endsWith('/QuestionnaireResponse'),
    );
    await answer(page, /eviction, possession notice/, 'Yes');
    await firstSave;
    // Another answer while that save is out, and the tab closes at once.
    await answer(page, /worried about money or debt/, 'Yes');
    await page.close();
    await expect
      .poll(() => answeredOnRecord('pat-007'), { timeout: 15_000 })
      .toEqual([['debt-worries', 'urgent-eviction']]);
    // And once the held save has been carried out too: still one draft, with both answers.
    await expect.poll(faultedInFlight, { timeout: 15_000 }).toBe(0);
    expect(await answeredOnRecord('pat-007')).toEqual([['debt-worries', 'urgent-eviction']]);
  });
});
