import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { probeScript, type Expectation, type ProbedWindow, type ScreenTiming, type TapStep } from './probe.ts';
import type { BenchContext } from './types.ts';

/** The kiosk's portrait screen, touch on, as in the e2e tests. */
export const portraitViewport = { width: 1080, height: 1920 } as const;

/** A benchmark page and what drives it. */
export interface KioskPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly cdp: CDPSession;
  /** Closes the page and its context. */
  close(): Promise<void>;
}

/**
 * A fresh browser context (no cache, no storage) on the preview, portrait, touch on, with the
 * probe installed in every document before the page's own scripts. Not navigated yet, so that a
 * benchmark can install more (a fake clock) first.
 */
export async function newKioskPage({ browser, previewUrl }: BenchContext): Promise<KioskPage> {
  const context = await browser.newContext({
    baseURL: previewUrl,
    viewport: portraitViewport,
    hasTouch: true,
    isMobile: false,
    deviceScaleFactor: 1,
  });
  await context.addInitScript({ content: probeScript });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return {
    context,
    page,
    cdp,
    close: async () => {
      await cdp.detach().catch(() => undefined);
      await context.close();
    },
  };
}

/** Slows the page's CPU by `rate` (1 = no slowdown), as DevTools does. */
export async function throttleCpu(cdp: CDPSession, rate: number): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * The page's used JS heap after a full garbage collection, in bytes: CDP's `Runtime.getHeapUsage`
 * `usedSize + backingStorageSize` (array buffers, external strings), read after
 * `HeapProfiler.collectGarbage` twice (the second pass frees what finalisers of the first let go).
 * It covers the page's whole V8 isolate: the host page and, same site, the portal frame. It came
 * within about 1 KB of Chromium's `performance.memory.usedJSHeapSize` (with
 * `--enable-precise-memory-info`) when compared; CDP is used because Playwright's fake clock
 * replaces `performance`, and `memory` with it.
 */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize + usage.backingStorageSize;
}

/** Times, inside the page, from now until `expected` is in the DOM. */
export async function waitInPage(page: Page, expected: Expectation, timeoutMs = 15_000): Promise<ScreenTiming> {
  return page.evaluate(
    ([what, timeout]) => (window as unknown as ProbedWindow).benchProbe.waitFor(what, timeout),
    [expected, timeoutMs] as const,
  );
}

/** Waits two animation frames in the page: the last change is painted and nothing is pending. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as ProbedWindow).benchProbe.settle());
}

/**
 * Waits until the guide has rendered, in idle moments, the screens one tap away from the one shown
 * (`data-rendering-ahead` on the guide's `<main>`), as the seconds a parent spends reading allow.
 * Returns at once where no guide is shown (attract screen, portal screen).
 */
export async function screensAheadRendered(page: Page): Promise<void> {
  await page.locator('[data-rendering-ahead="true"]').waitFor({ state: 'detached', timeout: 15_000 });
}

/** Live timers of the page's main document (see `installProbe`). */
export async function liveTimers(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as ProbedWindow).benchProbe.liveTimers());
}

/** Event listeners on `window` and on the document and all its nodes, by CDP `DOMDebugger.getEventListeners`. */
export async function liveListeners(cdp: CDPSession): Promise<{ readonly window: number; readonly document: number }> {
  const count = async (expression: string, depth: number): Promise<number> => {
    const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup: 'bench-listeners' });
    if (result.objectId === undefined) throw new Error(`no object for ${expression}`);
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth, pierce: false });
    return listeners.length;
  };
  try {
    return { window: await count('window', 0), document: await count('document', -1) };
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'bench-listeners' });
  }
}

/**
 * Taps the named buttons one after the other inside the page; returns each step's timing. With
 * `frames` false a step does not wait for the next animation frame (fast walks, no `frame` timing).
 */
export async function tapSequence(page: Page, steps: readonly TapStep[], frames = true, timeoutMs = 15_000): Promise<ScreenTiming[]> {
  return page.evaluate(
    ([all, timeout, withFrames]) => (window as unknown as ProbedWindow).benchProbe.tapSequence(all, timeout, withFrames),
    [steps, timeoutMs, frames] as const,
  );
}

/** Taps the button named `label` inside the page, then times each of `expectations` in turn from the tap. */
export async function tapAndTimeSeries(
  page: Page,
  label: string,
  expectations: readonly Expectation[],
  timeoutMs = 15_000,
): Promise<ScreenTiming[]> {
  return page.evaluate(
    ([name, all, timeout]) => (window as unknown as ProbedWindow).benchProbe.tapAndWaitSeries(name, all, timeout),
    [label, expectations, timeoutMs] as const,
  );
}
