import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

// Debian's Chromium; no browser download is possible on this network.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface AppLaunch {
  user: string;
  patient?: string;
  encounter?: string;
  /** Launch profile of the app (clinician by default). */
  profile?: 'adviser' | 'lead' | 'practice';
  needPatientBanner?: boolean;
  /** The EHR grants read access only (the launcher's grant=read-only). */
  readOnly?: boolean;
}

/** The address that launches the app from the sandbox launcher, like an EHR's app menu. */
export function launcherUrl(sandboxOrigin: string, appUrl: string, launch: AppLaunch): string {
  const launchUri = new URL(`${appUrl}/launch.html`);
  if (launch.profile) {
    launchUri.searchParams.set('profile', launch.profile);
  }
  const query = new URLSearchParams({ launch_uri: launchUri.href, provider: launch.user });
  if (launch.patient) {
    query.set('patient', launch.patient);
  }
  if (launch.encounter) {
    query.set('encounter', launch.encounter);
  }
  if (launch.needPatientBanner === false) {
    query.set('need_patient_banner', 'false');
  }
  if (launch.readOnly) {
    query.set('grant', 'read-only');
  }
  return `${sandboxOrigin}/launcher?${query.toString()}`;
}

/** Launches the app in a page through the real SMART flow and waits until the app shows. */
export async function launchApp(page: Page, sandboxOrigin: string, appUrl: string, launch: AppLaunch): Promise<void> {
  await page.goto(launcherUrl(sandboxOrigin, appUrl, launch));
  await page.waitForSelector('[data-testid="signed-in-user"], [data-testid="problem-title"]');
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.x A/AA rules) in the page and returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the app's CSP (rightly) refuses an injected inline script.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}
