import type { Page } from '@playwright/test';
import type { WipeReport } from '../common/portal/portal-types.ts';
import { guideOnlyPaths, startStep, stepsOf, uiText } from './guide-walk.ts';
import {
  heapAfterGc,
  liveListeners,
  liveTimers,
  newKioskPage,
  settle,
  tapAndTimeSeries,
  tapSequence,
  waitInPage,
  type KioskPage,
} from './kiosk-page.ts';
import type { Expectation, TapStep } from './probe.ts';
import { quantile } from './stats.ts';
import type { Benchmark, Measurement } from './types.ts';

/** "Terminer et effacer" → the thank-you saying everything is erased. */
export const wipeBudgetMs = 300;
/** JS heap growth over 500 visitor cycles. */
export const cycleHeapGrowthBudgetMiB = 2;
/** Visitor cycles between the two readings. */
export const visitorCycles = 500;
/** Every this many cycles, the visitor opens the portal and ends with "Terminer et effacer". */
export const portalCycleEvery = 50;
/** Timed ends of a visit on the portal screen (each waits for the real 4 s thank-you). */
export const endRounds = 5;
/** The thank-you's fixed duration (common/visitor/visitor-lifecycle.ts `thankYouMs`). */
const thankYouMs = 4_000;

const mib = 2 ** 20;

/** The SMS route's portal screen, from the first question. */
const toSmsPortal = ['who', 'has-account', 'activation-choice', 'route-sms', 'portal-sms'] as const;

/** The thank-you once the wipe is done: "Tout ce que vous avez saisi sur la borne a été effacé." */
const thanksShown: Expectation = { selector: '[aria-busy="false"] p[role="status"]', text: uiText('thanksBody') };
/** The attract screen. */
const attractShown: Expectation = { selector: `button[aria-label="${uiText('attractStart')}"]` };

/** From the attract screen to the SMS portal, its demo page loaded and its four stores seeded. */
async function openSmsPortal(page: Page): Promise<void> {
  await tapSequence(page, [startStep(), ...stepsOf(toSmsPortal)], false);
  await page.frameLocator('iframe[data-portal-frame]').locator('html[data-demo-stores="set"]').waitFor({ state: 'attached', timeout: 15_000 });
}

/** The preview's test recorder of wipe reports grows by one per visit; it is not in the Electron build. */
async function emptyWipeRecorder(page: Page): Promise<number> {
  return page.evaluate(() => {
    const recorder = (window as unknown as { kioskPreview?: { wipeReports: unknown[] } }).kioskPreview;
    const count = recorder?.wipeReports.length ?? 0;
    if (recorder !== undefined) recorder.wipeReports.length = 0;
    return count;
  });
}

/**
 * End-to-attract on the real clock: on the SMS portal (demo page loaded, stores seeded), a tap on
 * "Terminer et effacer" → the thank-you saying all is erased (the wipe) → the attract screen
 * (after the fixed 4 s thank-you).
 */
async function timeEnds(kiosk: KioskPage): Promise<{ wipe: number[]; total: number[] }> {
  const { page } = kiosk;
  const wipe: number[] = [];
  const total: number[] = [];
  await page.goto('/');
  await page.getByRole('button', { name: startStep().label }).waitFor();
  for (let round = 0; round < endRounds; round += 1) {
    await openSmsPortal(page);
    await settle(page);
    const [thanks, attract] = await tapAndTimeSeries(page, uiText('portalEnd'), [thanksShown, attractShown], 20_000);
    if (thanks === undefined || attract === undefined) throw new Error('no end timings');
    wipe.push(thanks.layout);
    total.push(attract.layout);
    await settle(page);
  }
  const reports = await page.evaluate(
    () => (window as unknown as { kioskPreview: { wipeReports: WipeReport[] } }).kioskPreview.wipeReports,
  );
  if (reports.length !== endRounds || !reports.every((r) => r.steps.every((s) => s.ok))) {
    throw new Error(`expected ${String(endRounds)} wipe reports, all steps ok: ${JSON.stringify(reports)}`);
  }
  // The preview's own report of the slowest end: which store took the time.
  const slowest = reports[wipe.indexOf(Math.max(...wipe))];
  const steps = slowest?.steps.map((step) => `${step.store} ${step.ms.toFixed(0)} ms`).join(', ') ?? '';
  process.stdout.write(
    `  wipe per end: ${wipe.map((ms) => ms.toFixed(0)).join(', ')} ms; the preview's wipe report of the slowest: ` +
      `${steps} (total ${slowest?.totalMs.toFixed(0) ?? '?'} ms)\n`,
  );
  return { wipe, total };
}

/** What is counted before and after the cycles. */
interface Reading {
  readonly heap: number;
  readonly windowListeners: number;
  readonly documentListeners: number;
  readonly timers: number;
}

async function read(kiosk: KioskPage): Promise<Reading> {
  await settle(kiosk.page);
  await emptyWipeRecorder(kiosk.page);
  const listeners = await liveListeners(kiosk.cdp);
  return {
    heap: await heapAfterGc(kiosk.cdp),
    windowListeners: listeners.window,
    documentListeners: listeners.document,
    timers: await liveTimers(kiosk.page),
  };
}

/** One visitor, on the fake clock: start → a few screens → end → thank-you skipped → attract. */
async function cycle(kiosk: KioskPage, index: number, walks: readonly TapStep[][]): Promise<void> {
  const { page } = kiosk;
  if ((index + 1) % portalCycleEvery === 0) {
    await openSmsPortal(page);
    await tapSequence(page, [{ label: uiText('portalEnd'), expected: thanksShown }], false);
  } else {
    await tapSequence(page, [startStep(), ...(walks[index % walks.length] ?? [])], false);
  }
  await page.clock.runFor(thankYouMs);
  await waitInPage(page, attractShown);
}

/**
 * First the end of a visit on the portal screen, on the real clock (5 rounds): the wipe
 * ("Terminer et effacer" → the thank-you saying all is erased; budget 300 ms) and the whole way
 * back to the attract screen (which includes the fixed 4 s thank-you). Then 500 visitor cycles
 * on Playwright's fake clock, which skips each thank-you: start → one of the guide-only paths →
 * the recap's "Terminer", and every 50th visitor the SMS portal → "Terminer et effacer". Before
 * and after (on the attract screen, after one warm-up cycle of each kind): the JS heap after GC;
 * the event listeners on `window`, and on `document` and all its nodes (CDP
 * `DOMDebugger.getEventListeners`); the live timers of the host page (pending `setTimeout`s and
 * idle callbacks, uncleared `setInterval`s, counted by wrapping the timer functions before the
 * page's scripts run). The preview's wipe-report recorder (a test hook that keeps one report per visit, absent
 * from the Electron build) is emptied before each reading.
 */
export const visitCycles: Benchmark = {
  name: 'visit cycles',
  run: async (context) => {
    const results: Measurement[] = [];
    const timed = await newKioskPage(context);
    try {
      const { wipe, total } = await timeEnds(timed);
      results.push(
        { name: `"Terminer et effacer" → thank-you, erased (${String(endRounds)} ends), p50`, value: quantile(wipe, 0.5), unit: 'ms' },
        { name: `"Terminer et effacer" → thank-you, erased, worst of ${String(endRounds)}`, value: Math.max(...wipe), unit: 'ms', budget: wipeBudgetMs },
        { name: '"Terminer et effacer" → attract screen (incl. 4 s thank-you), p50', value: quantile(total, 0.5), unit: 'ms' },
        { name: `"Terminer et effacer" → attract screen, worst of ${String(endRounds)}`, value: Math.max(...total), unit: 'ms' },
      );
    } finally {
      await timed.close();
    }

    const cycled = await newKioskPage(context);
    try {
      const { page } = cycled;
      await page.goto('/');
      await page.getByRole('button', { name: startStep().label }).waitFor();
      // The parts a visit needs are fetched at idle moments, which a fake clock never has: let
      // them arrive on the real clock (the staff layer comes last), then stop time.
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/StaffLayer-')), undefined, { timeout: 15_000 });
      await page.clock.install();
      const walks = guideOnlyPaths().map((path) => [...stepsOf(path), { label: uiText('recapEnd'), expected: thanksShown }]);
      for (let i = 0; i < walks.length; i += 1) await cycle(cycled, i, walks);
      await cycle(cycled, portalCycleEvery - 1, walks);
      const before = await read(cycled);
      for (let i = 0; i < visitorCycles; i += 1) await cycle(cycled, i, walks);
      const after = await read(cycled);
      process.stdout.write(
        `  before → after ${String(visitorCycles)} cycles: listeners on window ${String(before.windowListeners)} → ${String(after.windowListeners)}, ` +
          `on the document's nodes ${String(before.documentListeners)} → ${String(after.documentListeners)}, ` +
          `live timers ${String(before.timers)} → ${String(after.timers)}\n`,
      );
      results.push(
        { name: `JS heap before ${String(visitorCycles)} visitor cycles (after GC)`, value: before.heap / mib, unit: 'MiB' },
        { name: `JS heap after ${String(visitorCycles)} visitor cycles (after GC)`, value: after.heap / mib, unit: 'MiB' },
        { name: `JS heap growth over ${String(visitorCycles)} visitor cycles`, value: (after.heap - before.heap) / mib, unit: 'MiB', budget: cycleHeapGrowthBudgetMiB },
        { name: 'growth in listeners on window', value: after.windowListeners - before.windowListeners, unit: 'listeners', budget: 0 },
        { name: 'growth in listeners on the document and its nodes', value: after.documentListeners - before.documentListeners, unit: 'listeners', budget: 0 },
        { name: 'growth in live timers (setTimeout, setInterval, idle callbacks)', value: after.timers - before.timers, unit: 'timers', budget: 0 },
      );
    } finally {
      await cycled.close();
    }
    return results;
  },
};
