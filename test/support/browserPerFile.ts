import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser } from './browser';

/** One headless Chromium for the calling test file: launched before its tests, closed after. */
export function browserPerFile(): { freshPage: () => Promise<Page> } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    /** A page in a new browser context: its own sessionStorage, as a new EHR window would have. */
    async freshPage(): Promise<Page> {
      if (!browser) {
        throw new Error('browserPerFile: the browser is not running yet');
      }
      return (await browser.newContext()).newPage();
    },
  };
}

/** axe-core finds no WCAG A/AA violation on what the page shows now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}
