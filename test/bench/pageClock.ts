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
  /** When that frame started, by the same clock in ms since the epoch (performance.timeOrigin + now()). */
  frameAt: number;
}

/** A launch that has not shown `ready` by then has failed (the bench says so rather than waiting for ever). */
const GIVE_UP_MS = 30_000;

type Stamp = 'start' | 'frame' | 'settled';

/**
 * Opens `url` in `page` and times it to `ready` by the page's own clock: the page's first document
 * stamps when its navigation started, and a MutationObserver in each document stamps the frame after
 * `ready` appears and the first task after that frame. The driver does not look for `ready` while
 * the page loads: Playwright's locator polls (after 20, 50, 100, then every 100 or 500 ms, only when
 * the main thread is free), so its own figure ran up to 100 ms late, in steps, and each look forced
 * a layout of the page mid-launch.
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
    const w = window as unknown as { __hjpBenchStamp: (name: Stamp, at: number) => void };
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
          }, 0);
        });
      }
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  }, ready);
  let giveUp: ReturnType<typeof setTimeout> | undefined;
  const failed = new Promise<never>((_, reject) => {
    giveUp = setTimeout(() => {
      reject(new Error(`${ready} was not on screen ${String(GIVE_UP_MS / 1000)} s after opening ${url}`));
    }, GIVE_UP_MS);
  });
  try {
    await page.goto(url);
    await Promise.race([stamped, failed]);
  } finally {
    clearTimeout(giveUp);
  }
  const start = stamps.start ?? NaN;
  return {
    shown: (stamps.frame ?? NaN) - start,
    settled: (stamps.settled ?? NaN) - start,
    frameAt: stamps.frame ?? NaN,
  };
}
