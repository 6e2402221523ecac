import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Patient } from 'fhir/r4';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { launchApp } from '../support/browser';
import { browserPerFile, expectNoAxeViolations } from '../support/browserPerFile';
import { sandboxApi } from '../support/api';
import { sandboxPerFile } from '../support/sandboxPerFile';

// The app in a hostile place, through real launches: a server not on the allow-list, an EHR that
// grants less than asked, and text built to break the layout. This file's own sandbox and data.
const appUrl = inject('appUrl');
let sandbox: RunningSandbox;
sandboxPerFile((s) => {
  sandbox = s;
});
const { freshPage } = browserPerFile();

async function atWidths(page: Page, check: () => Promise<void>): Promise<void> {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await check();
  }
}

async function pageWidth(page: Page): Promise<{ scroll: number; viewport: number }> {
  return page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, viewport: window.innerWidth }));
}

describe('a hostile place', () => {
  it('refuses to start against a FHIR server not on the allow-list: a plain page, no request to it', async () => {
    const page = await freshPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${appUrl}/launch.html?iss=${encodeURIComponent('http://evil.example/fhir')}&launch=abc`);
    await page.getByRole('heading', { name: 'HJP Link cannot be used from this record system' }).waitFor();
    expect(await page.locator('#launch-status').textContent()).toContain('http://evil.example/fhir');
    expect(await page.title()).toBe('HJP Link cannot be used from this record system – HJP Link');
    expect(requests.filter((u) => !u.startsWith(appUrl))).toEqual([]);
    await atWidths(page, () => expectNoAxeViolations(page));
  });

  it('a GP whose EHR grants read access only is told at launch, and is not offered Start or Send', async () => {
    const page = await freshPage();
    await launchApp(page, sandbox.urls.origin, appUrl, { user: 'gp', patient: 'pat-003', readOnly: true });
    const notice = page.getByTestId('scope-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/You can view referrals but not send them: your EHR did not grant/);
    await page.getByTestId('referral-list').waitFor();
    expect(await page.getByTestId('start-checklist').count()).toBe(0);
    await atWidths(page, () => expectNoAxeViolations(page));
    // The step's address does not offer the flow either.
    await page.goto(`${appUrl}/refer/details`);
    await page.getByText('Page not found').waitFor();
    expect(await page.getByTestId('send-referral').count()).toBe(0);
  });

  it('a 100,000-character name and a 20,000-character message do not widen the page', async () => {
    const admin = await sandboxApi(sandbox);
    const patient = (await admin<Patient>('GET', 'Patient/pat-004')).body;
    const long = 'W'.repeat(100_000);
    const put = await admin('PUT', 'Patient/pat-004', {
      ...patient,
      name: [{ use: 'official', family: long, given: ['Agnieszka'] }],
    });
    expect(put.status).toBe(200);
    const message = await admin('POST', 'Communication', {
      resourceType: 'Communication',
      status: 'completed',
      subject: { reference: 'Patient/pat-004' },
      basedOn: [{ reference: 'ServiceRequest/ref-04' }],
      sender: { reference: 'PractitionerRole/adviser' },
      recipient: [{ reference: 'PractitionerRole/gp' }],
      sent: new Date().toISOString(),
      payload: [{ contentString: 'M'.repeat(20_000) }],
    });
    expect(message.status).toBe(201);
    const page = await freshPage();
    await launchApp(page, sandbox.urls.origin, appUrl, { user: 'gp', patient: 'pat-004' });
    await page.getByTestId('referral-list').waitFor();
    await page.goto(`${appUrl}/referrals/ref-04`);
    await page.getByTestId('timeline-events').getByText('MMMMMMMMMM', { exact: false }).first().waitFor();
    await atWidths(page, async () => {
      const { scroll, viewport } = await pageWidth(page);
      expect(scroll).toBeLessThanOrEqual(viewport);
    });
  });
});
