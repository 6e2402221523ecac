import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, launchApp } from '../support/browser';
import { browserPerFile } from '../support/browserPerFile';
import { sandboxPerFile } from '../support/sandboxPerFile';

const appUrl = inject('appUrl');
// This file's own sandbox: its data is its own (no other file's writes change what it sees).
let sandboxOrigin = '';
sandboxPerFile((sandbox) => {
  sandboxOrigin = sandbox.urls.origin;
});

const { freshPage } = browserPerFile();

describe('SMART launch from the sandbox launcher', () => {
  it('a GP opens HJP Link in a patient record and sees the patient banner and who they are', async () => {
    const p = await freshPage();
    await launchApp(p, sandboxOrigin, appUrl, { user: 'gp', patient: 'pat-001' });
    const banner = p.getByTestId('patient-banner');
    await expect.poll(() => banner.isVisible()).toBe(true);
    expect(await p.getByTestId('banner-nhs-number').textContent()).toMatch(/^999 \d{3} \d{4}$/);
    expect(await p.getByTestId('signed-in-user').textContent()).toMatch(/GP · /);
    // The code and state are gone from the address bar; no patient data in the URL.
    expect(new URL(p.url()).search).toBe('');
    expect(p.url()).not.toContain('pat-001');
    expect(await axeViolations(p)).toEqual([]);
  });

  it('is served with the production headers and never breaks its own Content Security Policy', async () => {
    const p = await freshPage();
    await p.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => {
        seen.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const documents: Record<string, string>[] = [];
    p.on('response', (r) => {
      if (r.request().resourceType() === 'document' && r.url().startsWith(appUrl)) {
        documents.push(r.headers());
      }
    });
    await launchApp(p, sandboxOrigin, appUrl, { user: 'gp', patient: 'pat-001' });
    await p.getByTestId('referral-list').waitFor();
    expect(documents.length).toBe(2); // launch.html, then index.html
    for (const headers of documents) {
      expect(headers['content-security-policy']).toMatch(/script-src 'self';/);
      expect(headers).toMatchObject({ 'referrer-policy': 'no-referrer', 'x-content-type-options': 'nosniff' });
    }
    expect(await p.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });

  it('serves its scripts and stylesheets compressed at build time and cached as immutable, and asks for the pages every time', async () => {
    const p = await freshPage();
    const assets: { file: string; headers: Record<string, string> }[] = [];
    const pages: Record<string, string>[] = [];
    p.on('response', (r) => {
      const path = r.url().startsWith(appUrl) ? new URL(r.url()).pathname : '';
      if (/^\/assets\/.+\.(js|css)$/.test(path)) {
        assets.push({ file: path.slice(1), headers: r.headers() });
      } else if (r.request().resourceType() === 'document' && path !== '') {
        pages.push(r.headers());
      }
    });
    await launchApp(p, sandboxOrigin, appUrl, { user: 'gp', patient: 'pat-001' });
    await p.getByTestId('referral-list').waitFor();
    const dist = resolve(import.meta.dirname, '../../dist');
    const large = assets.filter(({ file }) => statSync(resolve(dist, file)).size >= 1024);
    expect(large.length).toBeGreaterThan(3);
    for (const { file, headers } of large) {
      // The .br (or .gz) the build wrote, byte for byte (a response compressed on the fly has no length).
      const encoding = headers['content-encoding'];
      expect(encoding === 'br' || encoding === 'gzip').toBe(true);
      expect(headers).toMatchObject({
        'content-length': String(statSync(resolve(dist, `${file}.${encoding === 'br' ? 'br' : 'gz'}`)).size),
        'cache-control': 'public,max-age=31536000,immutable',
        'x-content-type-options': 'nosniff',
      });
      expect(headers['content-security-policy']).toMatch(/script-src 'self';/);
    }
    expect(pages.length).toBe(2);
    for (const headers of pages) {
      expect(headers['cache-control']).toBe('no-cache');
    }
  });

  it('answers a script this build does not have with 404, not with the app page', async () => {
    // A tab still open from an older build asks for a chunk the new build replaced.
    const res = await fetch(`${appUrl}/assets/ReferralFlow-0ld8uild.js`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self';/);
    expect(await res.text()).toBe('Not found');
  });

  it('sets text in the NHS fallback font, Arial, never the browser default serif', async () => {
    const p = await freshPage();
    await launchApp(p, sandboxOrigin, appUrl, { user: 'gp', patient: 'pat-001' });
    await p.getByTestId('referral-list').waitFor();
    const fonts = await p.evaluate(() =>
      ['body', 'main h1', 'main p', 'main a'].map((selector) => {
        const element = document.querySelector(selector);
        return element ? getComputedStyle(element).fontFamily : `no ${selector}`;
      }),
    );
    expect(fonts).toEqual(['arial, sans-serif', 'arial, sans-serif', 'arial, sans-serif', 'arial, sans-serif']);
  });

  it('does not repeat the banner when the EHR already shows one', async () => {
    const p = await freshPage();
    await launchApp(p, sandboxOrigin, appUrl, { user: 'gp', patient: 'pat-001', needPatientBanner: false });
    expect(await p.getByTestId('signed-in-user').isVisible()).toBe(true);
    expect(await p.getByTestId('patient-banner').count()).toBe(0);
  });

  it('tells a clinician who opened it without a patient what to do', async () => {
    const p = await freshPage();
    await launchApp(p, sandboxOrigin, appUrl, { user: 'gp' });
    expect(await p.getByTestId('problem-title').textContent()).toBe('No patient is open');
    expect(await axeViolations(p)).toEqual([]);
  });

  it('explains a page opened without a launch instead of showing a blank page', async () => {
    const p = await freshPage();
    await p.goto(`${appUrl}/`);
    await p.waitForSelector('[data-testid="problem-title"]');
    expect(await p.getByTestId('problem-title').textContent()).toBe('Open HJP Link from the patient record');
  });

  it('works inside the EHR frame of the launcher page, driven by keyboard-reachable controls', async () => {
    const p = await freshPage();
    await p.goto(`${sandboxOrigin}/launcher/`);
    await p.selectOption('#provider', 'ward-nurse');
    await p.selectOption('#patient', 'pat-002');
    await p.selectOption('#encounter', 'enc-ward-001');
    await p.fill('#launch_uri', `${appUrl}/launch.html`);
    await p.getByRole('button', { name: 'Launch in the EHR frame' }).click();
    const app = p.frameLocator('iframe[title="HJP Link app"]');
    await app.getByTestId('patient-banner').waitFor();
    expect(await app.getByTestId('signed-in-user').textContent()).toMatch(/Ward nurse/);
    expect(await app.getByTestId('banner-nhs-number').textContent()).toBe('999 345 6780');
  });

  it('shows a plain message, not a blank page, when a screen cannot be loaded', async () => {
    const p = await freshPage();
    // The clinician's screens' chunk (vite.config.ts names it: firstLoadChunkGroups).
    await p.route(/\/assets\/clinician-[^/]+\.js$/, (route) => route.abort());
    await launchApp(p, sandboxOrigin, appUrl, { user: 'gp', patient: 'pat-001' });
    await p.getByTestId('screen-failed').waitFor();
    expect(await p.getByTestId('screen-failed').textContent()).toMatch(/Nothing you entered has been lost/);
    expect(await p.getByTestId('patient-banner').isVisible()).toBe(true);
  });

  it('opens the partnership lead’s dashboard, saying plainly when the evaluation has not run yet', async () => {
    const p = await freshPage();
    await launchApp(p, sandboxOrigin, appUrl, { user: 'lead', profile: 'lead' });
    expect(await p.getByTestId('signed-in-user').textContent()).toMatch(/Partnership lead/);
    expect(await p.getByTestId('no-figures').textContent()).toMatch(
      /There are no figures for Financial year \d{4} to \d{4} yet/,
    );
  });

  it('shows a refused authorisation plainly', async () => {
    const p = await freshPage();
    await p.goto(`${appUrl}/?error=access_denied&error_description=refused&state=x`);
    await p.waitForSelector('[data-testid="problem-title"]');
    expect(await p.getByTestId('problem-title').textContent()).toBe('Access to the record was not allowed');
  });
});
