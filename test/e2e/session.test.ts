import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { launchApp } from '../support/browser';
import { browserPerFile } from '../support/browserPerFile';
import { startTestSandbox } from '../support/sandbox';

const appUrl = inject('appUrl');

const { freshPage } = browserPerFile();
let shortLived: RunningSandbox;

beforeAll(async () => {
  // Its own sandbox whose access tokens live two seconds.
  shortLived = await startTestSandbox({ accessTokenLifetimeSeconds: 2 });
});
afterAll(async () => {
  await shortLived.close();
});

describe('a session outlives its access token', () => {
  it('refreshes with the refresh token (naming the client) and carries on after a reload', async () => {
    const page = await freshPage();
    const refreshes: string[] = [];
    page.on('request', (r) => {
      const body = r.postData() ?? '';
      if (r.url().endsWith('/auth/token') && body.includes('grant_type=refresh_token')) {
        refreshes.push(body);
      }
    });
    await launchApp(page, shortLived.urls.origin, appUrl, { user: 'gp', patient: 'pat-003' });
    await page.getByTestId('patient-banner').waitFor();
    // Wait until the sandbox refuses the first access token (a condition, not a fixed sleep).
    const token = await page.evaluate(() => {
      const key = sessionStorage.getItem('SMART_KEY');
      const state = key ? sessionStorage.getItem(JSON.parse(key) as string) : null;
      return state
        ? (JSON.parse(state) as { tokenResponse?: { access_token?: string } }).tokenResponse?.access_token
        : undefined;
    });
    expect(token).toBeDefined();
    await expect
      .poll(
        async () =>
          (
            await fetch(`${shortLived.urls.fhirBase}/Patient/pat-003`, {
              headers: { Authorization: `Bearer ${token ?? ''}` },
            })
          ).status,
        { timeout: 10_000, interval: 200 },
      )
      .toBe(401);
    await page.reload();
    await page.getByTestId('patient-banner').waitFor();
    expect(await page.getByTestId('banner-nhs-number').textContent()).toMatch(/^999 /);
    expect(refreshes.length).toBeGreaterThanOrEqual(1);
    expect(refreshes[0]).toMatch(/client_id=hjp-link/);
    // Tokens stay where fhirclient keeps them (sessionStorage), never in localStorage.
    expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
  });
});
