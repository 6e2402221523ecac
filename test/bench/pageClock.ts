import type { Page } from 'playwright-core';

export interface LaunchTiming {
  /**
   * By the browser's own clock, from the start of the page's first navigation (the launcher's
   * address) to the start of the frame that paints `ready` (its animation-frame callbacks): that
   * frame's own style, layout and paint are not counted.
   */
  shown: number;
  /**
   * The same clock, to the first task after that frame: its style, layout and paint done, and
   * whatever the page had queued before it (for the app, React's effects after the first render).
   */
  settled: number;
  /** As the test driver sees it: from `goto` to its locator finding `ready`. */
  driver: number;
}

type Stamp = 'start' | 'frame' | 'settled';

/**
 * Opens `url` in `page` and times it to `ready` by the page's clock and by the driver's. The
 * driver's figure runs late by up to its polling interval: Playwright looks again after 20, 50,
 * 100 and then 100 or 500 ms, and only when the page's main thread is free, so a page ready just
 * after a look is seen up to 100 ms after it is painted. The page's clock has no such steps: the
 * page's first document stamps when its navigation started, and a MutationObserver in each
 * document stamps the frame after `ready` appears, and the first task after that frame.
 */
export async function timeLaunch(page: Page, url: string, ready: string): Promise<LaunchTiming> {
  const stamps: Partial<Record<Stamp, number>> = {};
  let settled: () => void = () => undefined;
  const stamped = new Promise<void>((done) => {
    settled = done;
  });
  await page.exposeBinding('__hjpBenchStamp', (_source, name: Stamp, at: number) => {
    stamps[name] ??= at;
    if (name === 'settled') {
      settled();
    }
  });
  // No named functions inside: the script is sent as source, without the helpers tsx would add for their names.
  await page.addInitScript((selector: string) => {
    const w = window as unknown as { __hjpBenchStamp: (name: Stamp, at: number) => void; __hjpBenchSettled?: boolean };
    if (window === window.top) {
      // The first document's time origin is its navigation's start, redirects included: the launcher's.
      w.__hjpBenchStamp('start', performance.timeOrigin);
    }
    const observer = new MutationObserver(() => {
      if (document.querySelector(selector)) {
        observer.disconnect();
        requestAnimationFrame(() => {
          w.__hjpBenchStamp('frame', performance.timeOrigin + performance.now());
          setTimeout(() => {
            w.__hjpBenchStamp('settled', performance.timeOrigin + performance.now());
            w.__hjpBenchSettled = true;
          }, 0);
        });
      }
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  }, ready);
  const started = performance.now();
  await page.goto(url);
  await page.locator(ready).waitFor();
  const driver = performance.now() - started;
  // The stamps are on their way to this process (or the page could not stamp: then this says so, after 30 s).
  await page.waitForFunction(() => (window as unknown as { __hjpBenchSettled?: boolean }).__hjpBenchSettled === true);
  await stamped;
  const start = stamps.start ?? NaN;
  return { shown: (stamps.frame ?? NaN) - start, settled: (stamps.settled ?? NaN) - start, driver };
}
