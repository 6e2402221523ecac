import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { axeViolations, launchApp } from '../support/browser';
import { browserPerFile } from '../support/browserPerFile';
import { sandboxPerFile } from '../support/sandboxPerFile';

const appUrl = inject('appUrl');
let sandboxOrigin = '';
sandboxPerFile((sandbox) => {
  sandboxOrigin = sandbox.urls.origin;
});
const { freshPage } = browserPerFile();

const shipped = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../src/config/partnership.json'), 'utf8')) as {
  urgency: Record<string, unknown>;
};

describe('the partnership configuration, read at run time', () => {
  it('is fetched from the app’s host as partnership.json, beside the token exchange', async () => {
    const p = await freshPage();
    const fetched: string[] = [];
    p.on('request', (r) => {
      if (r.url().endsWith('/partnership.json')) {
        fetched.push(r.url());
      }
    });
    await launchApp(p, sandboxOrigin, appUrl, { user: 'gp', patient: 'pat-001' });
    await p.getByTestId('start-checklist').waitFor();
    expect(fetched).toEqual([`${appUrl}/partnership.json`]);
  });

  it('a broken file shows a plain page naming the bad field, and the app does not start', async () => {
    const p = await freshPage();
    // The host serves a file with a mistake in it, as a partnership replacing it might.
    await p.route('**/partnership.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ ...shipped, urgency: { ...shipped.urgency, deadlineWithinDays: 120 } }),
      }),
    );
    await launchApp(p, sandboxOrigin, appUrl, { user: 'gp', patient: 'pat-001' });
    expect(await p.getByTestId('problem-title').textContent()).toBe('HJP Link is not set up correctly');
    expect(await p.locator('main').textContent()).toContain(
      'urgency.deadlineWithinDays: must be a whole number between 1 and 90',
    );
    expect(await p.title()).toBe('HJP Link is not set up correctly – HJP Link');
    expect(await p.getByTestId('signed-in-user').count()).toBe(0);
    expect(await p.getByTestId('start-checklist').count()).toBe(0);
    for (const width of [1280, 320]) {
      await p.setViewportSize({ width, height: 800 });
      expect(await axeViolations(p)).toEqual([]);
    }
  });

  it('a file that is not JSON says so', async () => {
    const p = await freshPage();
    await p.route('**/partnership.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{ "name": ' }),
    );
    await launchApp(p, sandboxOrigin, appUrl, { user: 'gp', patient: 'pat-001' });
    expect(await p.locator('main').textContent()).toContain('partnership.json is not valid JSON');
  });
});
