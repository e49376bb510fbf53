import type { Browser, Page } from '@playwright/test';
import { quantile } from './stats.ts';
import type { Benchmark, Measurement } from './types.ts';

const runs = 15;

/** The kiosk's first screen may take at most this many times a static page of the same DOM. */
export const firstScreenRatioBudget = 1.2;

/** Where the static copy of the attract screen is served (intercepted, same origin as the preview). */
const staticPath = '/__bench-static-first-screen.html';

/**
 * Runs before any script of the page: records, in `window.firstScreenAt`, the time of the first
 * animation frame after the attract screen's start button is in the DOM (the first screen a parent
 * can touch). The same observer times the kiosk and its static copy.
 */
const firstScreenProbe = `(() => {
  const found = () => document.querySelector('h1') !== null && document.querySelector('button') !== null;
  const mark = () => requestAnimationFrame(() => { window.firstScreenAt = performance.now(); });
  const observer = new MutationObserver(() => {
    if (!found()) return;
    observer.disconnect();
    mark();
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

async function timeFirstScreen(browser: Browser, url: string, route?: (page: Page) => Promise<void>): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  try {
    await page.addInitScript({ content: firstScreenProbe });
    if (route !== undefined) await route(page);
    await page.goto(url);
    await page.waitForFunction(() => typeof (window as { firstScreenAt?: number }).firstScreenAt === 'number');
    return await page.evaluate(() => (window as unknown as { firstScreenAt: number }).firstScreenAt);
  } finally {
    await page.close();
  }
}

/** The attract screen's DOM as the kiosk renders it, without its scripts: what a static page would send. */
async function staticCopy(browser: Browser, url: string): Promise<string> {
  const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  try {
    await page.goto(url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    return await page.evaluate(() => {
      const copy = document.documentElement.cloneNode(true) as HTMLElement;
      for (const script of copy.querySelectorAll('script, link[rel="modulepreload"]')) script.remove();
      return `<!doctype html>\n${copy.outerHTML}`;
    });
  } finally {
    await page.close();
  }
}

/**
 * Navigation → the attract screen painted with its start button, in a fresh page each time, for
 * the kiosk (the preview) and, alternately in the same run, for a static HTML page holding the
 * same DOM and stylesheets without any script; their medians' ratio has a budget.
 */
export const firstScreen: Benchmark = {
  name: 'first screen',
  run: async ({ browser, previewUrl }) => {
    const html = await staticCopy(browser, previewUrl);
    const serveStatic = async (page: Page): Promise<void> => {
      await page.route(`**${staticPath}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    };
    const kiosk: number[] = [];
    const staticPage: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      kiosk.push(await timeFirstScreen(browser, previewUrl));
      staticPage.push(await timeFirstScreen(browser, new URL(staticPath, previewUrl).href, serveStatic));
    }
    const results: Measurement[] = [
      { name: 'navigation → attract screen, p50', value: quantile(kiosk, 0.5), unit: 'ms' },
      { name: 'navigation → attract screen, p95', value: quantile(kiosk, 0.95), unit: 'ms' },
      { name: 'navigation → static page of the same DOM, p50', value: quantile(staticPage, 0.5), unit: 'ms' },
      {
        name: 'first screen ÷ static page of the same DOM (p50)',
        value: quantile(kiosk, 0.5) / quantile(staticPage, 0.5),
        unit: '×',
        budget: firstScreenRatioBudget,
      },
    ];
    return results;
  },
};
