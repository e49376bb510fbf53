import type { Frame, Locator, Page } from '@playwright/test';
import { newKioskPage, throttleCpu, type KioskPage } from './kiosk-page.ts';
import { PortalVisit, walksToPortal } from '../tooling/pages/portal-visit.ts';
import { quantile } from './stats.ts';
import type { Benchmark, Measurement } from './types.ts';

/** Focus in the portal → the field's entry highlighted in the companion, 95th percentile, at 4× CPU throttle. */
export const highlightBudgetMs = 50;
/** A new portal page → the companion names it, 95th percentile, at 4× CPU throttle. */
export const pageChangeBudgetMs = 100;
/** The CPU slowdown the budgets hold at (a slow kiosk PC). */
export const cpuThrottle = 4;
/** Focus changes timed. */
export const focusSamples = 40;
/** Page changes timed. */
export const pageSamples = 30;
/** Untimed taps first, as in the keyboard benchmark: the keyboard comes up, the page's code warms up. */
export const warmUps = 6;

/** One change of what the companion shows, timed in the host page. */
interface CompanionChange {
  readonly page: string | null;
  readonly field: string | null;
  /** When the DOM showed it (`performance.timeOrigin + performance.now()`). */
  readonly at: number;
  /** The next animation frame after it. */
  painted: number;
}

interface BenchWindow {
  benchCompanion: { changes: CompanionChange[]; stop?: () => void };
  benchPortal: { focusins: number[] };
}

/**
 * In every document, before its own scripts: a record of `focusin` times, and of the last
 * `pointerdown` in sessionStorage (kept by the portal's origin across a navigation), both as
 * `performance.timeOrigin + performance.now()`, which agrees between documents of one browser.
 */
const recorderScript = `(() => {
  const now = () => performance.timeOrigin + performance.now();
  window.benchPortal = { focusins: [] };
  addEventListener('focusin', () => window.benchPortal.focusins.push(now()), true);
  addEventListener('pointerdown', () => { try { sessionStorage.setItem('bench-tap', String(now())); } catch {} }, true);
})();`;

/**
 * Records in the host page each change of the companion's page and highlighted field (a script
 * as text: the bench's TypeScript is compiled with helpers the page does not have).
 */
const companionRecorderScript = `(() => {
  const now = () => performance.timeOrigin + performance.now();
  window.benchCompanion?.stop?.();
  const record = { changes: [] };
  window.benchCompanion = record;
  const look = () => {
    const page = document.querySelector('[data-companion-page]')?.getAttribute('data-companion-page') ?? null;
    const field = document.querySelector('[data-companion-field][aria-current="true"]')?.getAttribute('data-companion-field') ?? null;
    const last = record.changes.at(-1);
    if (last !== undefined && last.page === page && last.field === field) return;
    const change = { page, field, at: now(), painted: Number.NaN };
    record.changes.push(change);
    requestAnimationFrame(() => { change.painted = now(); });
  };
  const observer = new MutationObserver(look);
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-current', 'data-companion-page'] });
  record.stop = () => observer.disconnect();
  look();
})()`;

async function recordCompanion(page: Page): Promise<void> {
  await page.evaluate(companionRecorderScript);
}

async function changes(page: Page): Promise<CompanionChange[]> {
  return page.evaluate(() => (window as unknown as BenchWindow).benchCompanion.changes);
}

async function portalFrame(page: Page): Promise<Frame> {
  const frame = await (await page.locator('iframe[data-portal-frame]').elementHandle())?.contentFrame();
  if (frame === null || frame === undefined) throw new Error('no portal frame');
  return frame;
}

/** Taps a control of the portal by touch, at its centre, once it is scrolled into the frame's view. */
async function tapAt(visit: PortalVisit, locator: Locator): Promise<void> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (box === null) throw new Error('the control is not shown');
  await visit.page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

/** Waits until the companion shows the page `pageId` with `field` highlighted, painted. */
async function companionShows(page: Page, pageId: string, field: string | null): Promise<void> {
  await page.waitForFunction(
    ([id, focused]) => {
      const last = (window as unknown as BenchWindow).benchCompanion.changes.at(-1);
      return last !== undefined && last.page === id && last.field === focused && !Number.isNaN(last.painted);
    },
    [pageId, field] as const,
  );
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Focus moves between « Nom » and « Prénom », one tap at a time: focus → highlight, in ms. */
async function timeFocus(kiosk: KioskPage, visit: PortalVisit): Promise<{ dom: number[]; painted: number[] }> {
  const fields = [['Nom', 'nom'], ['Prénom', 'prenom']] as const;
  const dom: number[] = [];
  const painted: number[] = [];
  for (let i = 0; i < focusSamples + warmUps; i += 1) {
    const [label, id] = fields[i % 2] ?? fields[0];
    await recordCompanion(kiosk.page);
    await tapAt(visit, visit.portalField(label));
    await companionShows(kiosk.page, 'activation-identity', id);
    const frame = await portalFrame(kiosk.page);
    const focusedAt = await frame.evaluate(() => (window as unknown as BenchWindow).benchPortal.focusins.at(-1) ?? Number.NaN);
    const shown = (await changes(kiosk.page)).find((change) => change.field === id);
    if (i >= warmUps && shown !== undefined) {
      dom.push(shown.at - focusedAt);
      painted.push(shown.painted - focusedAt);
    }
    await sleep(100);
  }
  return { dom, painted };
}

/**
 * Back and forth between the login page and the identity page by their links. Timed from the new
 * page's DOMContentLoaded (its content is there: the portal shows the page) to the companion
 * naming it; from the tap (`pointerdown`) too, which adds the demo page's own loading.
 */
async function timePageChanges(kiosk: KioskPage, visit: PortalVisit): Promise<{ fromReady: number[]; fromTap: number[] }> {
  const fromReady: number[] = [];
  const fromTap: number[] = [];
  for (let i = 0; i < pageSamples + warmUps; i += 1) {
    const toLogin = i % 2 === 0;
    await recordCompanion(kiosk.page);
    const link = toLogin ? visit.frame.getByRole('link', { name: 'Précédent' }) : visit.frame.getByRole('link', { name: "Je n'ai pas de compte" });
    await tapAt(visit, link);
    const expected = toLogin ? 'login' : 'activation-identity';
    await companionShows(kiosk.page, expected, null);
    const frame = await portalFrame(kiosk.page);
    await frame.waitForLoadState('domcontentloaded');
    const { tappedAt, readyAt } = (await frame.evaluate(`(() => {
      const entry = performance.getEntriesByType('navigation')[0];
      return { tappedAt: Number(sessionStorage.getItem('bench-tap') ?? NaN), readyAt: performance.timeOrigin + (entry ? entry.domContentLoadedEventStart : NaN) };
    })()`)) as { tappedAt: number; readyAt: number };
    const shown = (await changes(kiosk.page)).find((change) => change.page === expected);
    if (i >= warmUps && shown !== undefined) {
      fromReady.push(shown.at - readyAt);
      fromTap.push(shown.at - tappedAt);
    }
    await sleep(150);
  }
  return { fromReady, fromTap };
}

/**
 * The page changes itself, as a page that shows its next step by script does: on the identity page,
 * the title becomes the SMS code page's and back. Timed from the change in the portal frame to
 * the companion naming the page (recognition waits for the page to settle first).
 */
async function timeScriptedChanges(kiosk: KioskPage): Promise<number[]> {
  const latencies: number[] = [];
  const frame = await portalFrame(kiosk.page);
  for (let i = 0; i < pageSamples + warmUps; i += 1) {
    const toCode = i % 2 === 0;
    await recordCompanion(kiosk.page);
    const changedAt = (await frame.evaluate(`(() => {
      const title = document.querySelector('h1');
      title.textContent = ${toCode ? "'Je saisis le code reçu par SMS'" : "'Activation du compte'"};
      return performance.timeOrigin + performance.now();
    })()`)) as number;
    const expected = toCode ? 'sms-code' : 'activation-identity';
    await companionShows(kiosk.page, expected, null);
    const shown = (await changes(kiosk.page)).find((change) => change.page === expected);
    if (i >= warmUps && shown !== undefined) latencies.push(shown.at - changedAt);
    await sleep(100);
  }
  return latencies;
}

/**
 * The page companion's latency in the preview (the demo portal in the kiosk page's frame),
 * portrait, in English (the companion open), at 4× CPU throttle, after untimed warm-up taps. Times
 * are taken inside the pages as `performance.timeOrigin + performance.now()`, never on Playwright's
 * side of the wire:
 * - focus: a field's `focusin` in the portal frame (by a touch on « Nom » or « Prénom ») → the host
 *   page's DOM shows that field's entry highlighted (a MutationObserver), and the next frame;
 * - page change: the new page's DOMContentLoaded (its content is there) → the companion names it;
 *   and a page that changes itself (its title rewritten by script) → the companion names it; the
 *   tap on the link → named is given too, the demo page's own loading included.
 * In the preview the portal frame shares the kiosk page's renderer, so a focus first waits for the
 * frame the browser paints for it before any message gets through: most of the figure is there.
 */
export const portalCompanion: Benchmark = {
  name: 'portal companion',
  run: async (context) => {
    const kiosk = await newKioskPage(context);
    try {
      await kiosk.context.addInitScript({ content: recorderScript });
      const visit = await PortalVisit.open(kiosk.page, 'en', walksToPortal.sms);
      await visit.tapInPortal('link', /^Représentant légal/);
      await visit.tapInPortal('link', "Je n'ai pas de compte");
      await visit.companion.expectPage('activation-identity');
      await throttleCpu(kiosk.cdp, cpuThrottle);
      const focus = await timeFocus(kiosk, visit);
      // The keyboard goes down so that the page's links are not under it.
      await visit.keyboard.hide.tap();
      const pages = await timePageChanges(kiosk, visit);
      await visit.companion.expectPage('activation-identity');
      const scripted = await timeScriptedChanges(kiosk);
      const cpu = `${String(cpuThrottle)}× CPU`;
      const results: Measurement[] = [
        { name: `focus in the portal → companion highlight (${String(focus.dom.length)} focus changes, ${cpu}), p50`, value: quantile(focus.dom, 0.5), unit: 'ms' },
        { name: `focus in the portal → companion highlight (${cpu}), p95`, value: quantile(focus.dom, 0.95), unit: 'ms', budget: highlightBudgetMs },
        { name: `focus in the portal → next frame after the highlight (${cpu}), p95`, value: quantile(focus.painted, 0.95), unit: 'ms' },
        { name: `new page ready (DOMContentLoaded) → companion names it (${String(pages.fromReady.length)} pages, ${cpu}), p50`, value: quantile(pages.fromReady, 0.5), unit: 'ms' },
        { name: `new page ready (DOMContentLoaded) → companion names it (${cpu}), p95`, value: quantile(pages.fromReady, 0.95), unit: 'ms', budget: pageChangeBudgetMs },
        { name: `page changed by its script → companion names it (${String(scripted.length)} changes, ${cpu}), p95`, value: quantile(scripted, 0.95), unit: 'ms', budget: pageChangeBudgetMs },
        { name: `tap on a portal link → companion names the new page, the demo page's own loading included (${cpu}), p95`, value: quantile(pages.fromTap, 0.95), unit: 'ms' },
      ];
      return results;
    } finally {
      await kiosk.close();
    }
  },
};
