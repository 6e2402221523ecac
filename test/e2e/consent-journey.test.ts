import { describe, expect, inject, it } from 'vitest';
import type { Bundle, Consent, ServiceRequest } from 'fhir/r4';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { launchApp } from '../support/browser';
import { browserPerFile, expectNoAxeViolations } from '../support/browserPerFile';
import { answer, screen } from '../support/clinicianPage';
import { sandboxApi } from '../support/api';
import { sandboxPerFile } from '../support/sandboxPerFile';

// The consent decision through a real launch in a real browser, against this file's own sandbox.
const appUrl = inject('appUrl');
let sandbox: RunningSandbox;
sandboxPerFile((s) => {
  sandbox = s;
});
const { freshPage } = browserPerFile();

describe('the patient’s decision, in the browser', () => {
  it('refuse → agree → save → send (the answer lost after commit): "Referral sent", linking the agreement', async () => {
    const page = await freshPage();
    await launchApp(page, sandbox.urls.origin, appUrl, { user: 'gp', patient: 'pat-007' });
    await page.getByTestId('referral-list').waitFor();
    await screen(page, { eviction: 'No', noMoneyForFoodOrHeating: 'No', moneyOrDebtWorries: 'Yes' });
    await page.getByTestId('to-consent').click();
    await page.getByTestId('consent-record').waitFor();
    await answer(page, /agree to the referral/, 'No, the patient does not agree');
    await answer(page, /How did the patient give their decision/, 'Verbally');
    await page.getByTestId('consent-save').click();
    await page.getByText(/decision has been saved: they do not agree to this referral/).waitFor();
    await expectNoAxeViolations(page);
    await answer(page, /agree to the referral/, 'Yes, the patient agrees');
    await answer(page, /share medical evidence/, 'No, the patient does not agree');
    await page.getByTestId('consent-save').click();
    await page.getByTestId('referral-form').waitFor();
    await page
      .getByRole('group', { name: /How may the advice service contact/ })
      .getByLabel('Letter')
      .check();
    await page.getByTestId('details-continue').click();
    await page.getByTestId('check-answers').waitFor();
    const res = await fetch(`${sandbox.urls.origin}/__test/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ method: 'POST', path: '/fhir', kind: 'drop' }),
    });
    expect(res.status).toBe(201);
    await page.getByTestId('send-referral').click();
    await page.getByTestId('referral-sent').waitFor();
    const id = /\/referrals\/([^/]+)\/sent$/.exec(new URL(page.url()).pathname)?.[1] ?? '';
    const admin = await sandboxApi(sandbox);
    const request = (await admin<ServiceRequest>('GET', `ServiceRequest/${id}`)).body;
    const linked = request.supportingInfo?.find((r) => r.reference?.startsWith('Consent/'))?.reference ?? '';
    const consent = (await admin<Consent>('GET', linked)).body;
    expect(consent.status).toBe('active');
    const all = (await admin<Bundle>('GET', 'Consent?patient=Patient/pat-007&status=rejected')).body;
    expect(all.entry?.length ?? 0).toBe(1);
  });

  it('a refusal while a referral is open asks about it (checked with axe at 1280 and 320 px)', async () => {
    const page = await freshPage();
    await launchApp(page, sandbox.urls.origin, appUrl, { user: 'gp', patient: 'pat-003' });
    await page.getByTestId('referral-list').waitFor();
    await screen(page, { eviction: 'No', noMoneyForFoodOrHeating: 'Yes', moneyOrDebtWorries: 'No' });
    await page.getByTestId('to-consent').click();
    await page.getByRole('button', { name: 'Record a new decision' }).click();
    await answer(page, /agree to the referral/, 'No, the patient does not agree');
    const question = page.getByRole('group', { name: /Does this also withdraw the consent for the referral sent on/ });
    await question.waitFor();
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 900 });
      await expectNoAxeViolations(page);
    }
    await question.getByLabel('No, this new referral only').check();
    await answer(page, /How did the patient give their decision/, 'In writing');
    await page.getByTestId('consent-save').click();
    await page.getByText(/is unchanged: .* can still work on it/).waitFor();
  });
});
