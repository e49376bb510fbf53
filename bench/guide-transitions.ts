import type { Page } from '@playwright/test';
import { edgeCoveringPaths } from '../tooling/guide-data.ts';
import { guideOnlyPaths, isPortal, restartStep, startStep, stepsOf } from './guide-walk.ts';
import { heapAfterGc, newKioskPage, screensAheadRendered, settle, tapSequence, throttleCpu } from './kiosk-page.ts';
import type { ScreenTiming } from './probe.ts';
import { quantile } from './stats.ts';
import type { Benchmark, Measurement } from './types.ts';

/** A screen change is within one frame (60 Hz) of DOM work, at the 95th percentile. */
export const transitionBudgetMs = 16.7;
/** A tap to a screen not rendered ahead (a very quick tapper): within two frames, at the 95th percentile. */
export const coldTransitionBudgetMs = 33;
/** JS heap growth over 200 complete walks. */
export const walkHeapGrowthBudgetMiB = 1;
/** The CPU slowdown that stands for a modest kiosk PC. */
export const cpuSlowdown = 4;
/** Timed passes over every transition: more taps, a steadier 95th percentile. */
export const timedPasses = 3;
/** Complete walks, start to recap, between the two heap readings. */
export const heapWalks = 200;

const mib = 2 ** 20;

/** Waits for the demo portal's page in the portal frame (loaded in the background, not timed). */
async function portalLoaded(page: Page): Promise<void> {
  await page.frameLocator('iframe[data-portal-frame]').locator('.simulation-band').waitFor({ timeout: 15_000 });
}

/** One timed transition. */
interface Transition extends ScreenTiming {
  readonly from: string;
  readonly to: string;
}

interface TransitionTimings {
  /** Guide screen → guide screen. */
  readonly guide: Transition[];
  /** Guide screen → portal screen ("Faire l'activation ici"): until the portal's toolbar is in place. */
  readonly intoPortal: Transition[];
  /** Portal screen → guide screen ("Retour au guide"). */
  readonly outOfPortal: Transition[];
}

/**
 * Takes every transition of the graph at least once (the edge-covering paths, "Recommencer"
 * before each), each tap made inside the page once the previous screen is painted, the screens
 * one tap away are rendered (as a parent reading the screen gives the kiosk time to) and, after a
 * portal screen, once the demo portal's page has loaded. A warm-up pass waits for none of these.
 */
async function timeTransitions(page: Page, onAttract: boolean, warmUp: boolean): Promise<TransitionTimings> {
  const timings: TransitionTimings = { guide: [], intoPortal: [], outOfPortal: [] };
  for (const [index, path] of edgeCoveringPaths().entries()) {
    if (!warmUp) await settle(page);
    await tapSequence(page, [index === 0 && onAttract ? startStep() : restartStep()], !warmUp);
    for (const [i, step] of stepsOf(path).entries()) {
      const from = path[i] ?? '';
      const to = path[i + 1] ?? '';
      if (!warmUp) {
        if (isPortal(from)) await portalLoaded(page);
        await settle(page);
        await screensAheadRendered(page);
        await settle(page);
      }
      const [timing] = await tapSequence(page, [step], !warmUp);
      if (timing === undefined) throw new Error(`no timing for ${from} → ${to}`);
      (isPortal(to) ? timings.intoPortal : isPortal(from) ? timings.outOfPortal : timings.guide).push({ ...timing, from, to });
    }
  }
  return timings;
}

/** Rounds of the cold walks. */
const coldRounds = 3;

/**
 * Tap → next screen when the screen was not rendered ahead (what a very quick tapper gets): from
 * the first question, with the screens one tap away from it rendered, a whole path tapped in one
 * sequence inside the page, each tap as soon as its screen is laid out, so that no idle moment
 * comes between taps. The first tap of each path (to a screen rendered ahead) is left out. Every
 * path that opens no portal, `coldRounds` times.
 */
async function timeColdWalks(page: Page): Promise<number[]> {
  const timings: number[] = [];
  for (let round = 0; round < coldRounds; round += 1) {
    for (const path of guideOnlyPaths()) {
      await tapSequence(page, [restartStep()], false);
      await settle(page);
      await screensAheadRendered(page);
      await settle(page);
      const [, ...walk] = await tapSequence(page, stepsOf(path), false);
      timings.push(...walk.map((timing) => timing.layout));
    }
  }
  return timings;
}

/** Prints the slowest guide → guide transitions (median of their takes), to see where the time goes. */
function printSlowest(all: readonly Transition[]): void {
  const byEdge = new Map<string, number[]>();
  for (const t of all) byEdge.set(`${t.from} → ${t.to}`, [...(byEdge.get(`${t.from} → ${t.to}`) ?? []), t.layout]);
  const medians = [...byEdge].map(([edge, values]) => ({ edge, median: quantile(values, 0.5), takes: values.length }));
  medians.sort((a, b) => b.median - a.median);
  const lines = medians.slice(0, 6).map((m) => `    ${m.edge}: ${m.median.toFixed(1)} ms (median of ${String(m.takes)})`);
  process.stdout.write(`  slowest guide transitions (DOM + layout, 4× CPU):\n${lines.join('\n')}\n`);
}

function percentiles(label: string, values: readonly number[], budget?: number): Measurement[] {
  const p95: Measurement = { name: `${label}, p95`, value: quantile(values, 0.95), unit: 'ms' };
  return [
    { name: `${label}, p50`, value: quantile(values, 0.5), unit: 'ms' },
    budget === undefined ? p95 : { ...p95, budget },
  ];
}

/**
 * Tap → next screen, timed inside the page at 4× CPU slowdown over every transition of
 * the guide graph (the edge-covering paths), `timedPasses` times, after one untimed warm-up pass
 * at full speed: from just before the tap's `pointerdown` to the new screen's `h1` in the DOM with
 * its French title, style and layout done (the DOM work the budget is about), and to the next
 * animation frame (which adds the wait for the display's next frame; reported, no budget). Each
 * tap comes once the screens one tap away are rendered, as they are while a parent reads; taps
 * that come before (cold) are timed apart, reported without a budget. Portal screens are timed
 * apart, no budget: entering one also opens the portal's iframe, whose page then loads in the
 * background (not timed; the next tap waits for it). Then the JS heap after GC before and after
 * 200 complete walks, at full speed, of the paths that open no portal (4 of the graph's simple
 * paths), "Recommencer" between walks, after one warm-up walk of each.
 */
export const guideTransitions: Benchmark = {
  name: 'guide transitions',
  run: async (context) => {
    const results: Measurement[] = [];
    const timed = await newKioskPage(context);
    try {
      await timed.page.goto('/');
      await timed.page.getByRole('button', { name: startStep().label }).waitFor();
      // Warm-up at full speed: every screen rendered once, as on a kiosk that has served a visitor.
      await timeTransitions(timed.page, true, true);
      await throttleCpu(timed.cdp, cpuSlowdown);
      const passes: TransitionTimings[] = [];
      for (let pass = 0; pass < timedPasses; pass += 1) passes.push(await timeTransitions(timed.page, false, false));
      const guide = passes.flatMap((p) => p.guide);
      const intoPortal = passes.flatMap((p) => p.intoPortal);
      const outOfPortal = passes.flatMap((p) => p.outOfPortal);
      const cold = await timeColdWalks(timed.page);
      await throttleCpu(timed.cdp, 1);
      const n = (values: readonly unknown[]): string => `${String(values.length)} taps`;
      printSlowest(guide);
      results.push(
        ...percentiles(`tap → next guide screen in DOM + layout, 4× CPU (${n(guide)})`, guide.map((t) => t.layout), transitionBudgetMs),
        ...percentiles(`tap → next guide screen, next frame, 4× CPU`, guide.map((t) => t.frame)),
        ...percentiles(`cold: tap → next guide screen not rendered ahead, DOM + layout, 4× CPU (${n(cold)})`, cold, coldTransitionBudgetMs),
        ...percentiles(`tap → portal screen in DOM + layout, 4× CPU (${n(intoPortal)})`, intoPortal.map((t) => t.layout), transitionBudgetMs),
        ...percentiles(`portal → guide screen in DOM + layout, 4× CPU (${n(outOfPortal)})`, outOfPortal.map((t) => t.layout), transitionBudgetMs),
      );
    } finally {
      await timed.close();
    }

    const walked = await newKioskPage(context);
    try {
      const { page, cdp } = walked;
      await page.goto('/');
      await page.getByRole('button', { name: startStep().label }).waitFor();
      await tapSequence(page, [startStep()]);
      const walks = guideOnlyPaths().map((path) => [...stepsOf(path), restartStep()]);
      // Warm-up: every walk once, so that lazy code and caches are in place before the first reading.
      for (const walk of walks) await tapSequence(page, walk, false);
      await settle(page);
      const before = await heapAfterGc(cdp);
      for (let i = 0; i < heapWalks; i += 1) await tapSequence(page, walks[i % walks.length] ?? [], false);
      await settle(page);
      const after = await heapAfterGc(cdp);
      results.push(
        { name: `JS heap before ${String(heapWalks)} walks (after GC)`, value: before / mib, unit: 'MiB' },
        { name: `JS heap after ${String(heapWalks)} walks (after GC)`, value: after / mib, unit: 'MiB' },
        { name: `JS heap growth over ${String(heapWalks)} walks`, value: (after - before) / mib, unit: 'MiB', budget: walkHeapGrowthBudgetMiB },
      );
    } finally {
      await walked.close();
    }
    return results;
  },
};
