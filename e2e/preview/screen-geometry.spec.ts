// Every screen at the four display sizes a school has (a 1080×1920 portrait kiosk, a 1920×1080
// landscape screen, 1366×768 and 1280×800 laptops at a parent evening), in the usual layout and
// in the lowered one (« Tout à portée de main »): each control's box is measured. Controls are at
// least 64 px, nothing overflows sideways, the answers sit in the middle band in portrait and
// beside the question in landscape, and, lowered in portrait, every control lies below 60 % of
// the screen's height (within reach of a seated visitor or a child). A screenshot of every kind
// of screen at every size goes to the test output. axe-core (WCAG 2.2 AA) runs on every screen of
// every walk, and the two laptop sizes are walked again at A++ (200 %).
import type { Page, TestInfo } from '@playwright/test';
import type { SupportedLanguage } from '../../common/guide/languages.ts';
import { languageNames } from '../../common/guide/languages.ts';
import { expect, test } from '../fixtures.ts';
import { graph, guideIndex, shortestPathTree } from '../../tooling/guide-data.ts';
import { axeViolations } from '../../tooling/pages/axe-check.ts';
import { GuidePage } from '../../tooling/pages/guide-page.ts';
import { KeyboardPage, keyboardNamesOf } from '../../tooling/pages/keyboard-page.ts';
import { textsOf } from '../../tooling/pages/portal-visit.ts';
import { walkDepthFirst } from '../../tooling/path-trie.ts';

/** The display sizes checked. */
const displays = [
  { name: 'kiosk portrait', width: 1080, height: 1920 },
  { name: 'kiosk landscape', width: 1920, height: 1080 },
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'small laptop', width: 1280, height: 800 },
] as const;

/** Where a lowered portrait layout puts the top of every control, as a share of the screen's height. */
const reachLine = 0.6;

/** One control of the kiosk's page, as laid out. */
interface ControlBox {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly right: number;
  readonly width: number;
  readonly height: number;
  /** The attract screen's tap-anywhere surface: the whole screen, within reach by construction. */
  readonly fullScreen: boolean;
}

/** Every visible control of the kiosk's own page (the portal's frame is the school's site, left out). */
async function controlBoxes(page: Page): Promise<ControlBox[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [role="button"]')]
      .filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden')
      .map((element) => {
        const box = element.getBoundingClientRect();
        const name = (element.getAttribute('aria-label') ?? element.textContent ?? element.tagName).trim().replace(/\s+/g, ' ').slice(0, 40);
        const fullScreen = box.top <= 0 && box.left <= 0 && box.width >= window.innerWidth && box.height >= window.innerHeight;
        return { name, top: box.top, left: box.left, right: box.right, width: box.width, height: box.height, fullScreen };
      }),
  );
}

/** What is wrong with the screen's geometry, one line per problem. */
async function geometryProblems(page: Page, screen: string, lowered: boolean): Promise<string[]> {
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  const problems: string[] = [];
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) problems.push(`${screen}: ${String(overflow)} px of horizontal scrolling`);
  for (const box of await controlBoxes(page)) {
    const label = `${screen} — « ${box.name} » at ${String(Math.round(box.left))},${String(Math.round(box.top))} (${String(Math.round(box.width))}×${String(Math.round(box.height))})`;
    if (box.width < 64 || box.height < 64) problems.push(`${label}: under 64 px`);
    if (box.left < -0.5 || box.right > width + 0.5) problems.push(`${label}: beyond the screen's sides`);
    if (lowered && height > width && !box.fullScreen && box.top < reachLine * height) problems.push(`${label}: above ${String(reachLine * 100)} % of the screen's height`);
  }
  return problems;
}

/** Where the answers of the screen on show lie, against the heading, or nothing on a screen without answers. */
async function answerPlacement(page: Page): Promise<{ headingRight: number; headingLeft: number; top: number; bottom: number; left: number; right: number } | undefined> {
  return page.evaluate(() => {
    const panel = document.querySelector('[data-screen]');
    const answers = panel?.querySelector('.answers');
    const heading = panel?.querySelector('h1');
    if (answers === null || answers === undefined || heading === null || heading === undefined) return undefined;
    const a = answers.getBoundingClientRect();
    const h = heading.getBoundingClientRect();
    return { headingRight: h.right, headingLeft: h.left, top: a.top, bottom: a.bottom, left: a.left, right: a.right };
  });
}

/** The screen's kind, for the screenshots: the attract screen, a question, a text screen, the portal, the recap. */
function kindOf(id: string): string {
  const screen = guideIndex.screen(id);
  if (screen.kind === 'portal' || screen.kind === 'recap') return screen.kind;
  return (screen.answers?.length ?? 0) > 0 ? 'question' : 'information';
}

async function screenshot(page: Page, testInfo: TestInfo, kind: string, taken: Set<string>): Promise<void> {
  if (taken.has(kind)) return;
  taken.add(kind);
  const path = testInfo.outputPath(`${kind}.png`);
  await page.screenshot({ path });
  await testInfo.attach(kind, { path, contentType: 'image/png' });
}

/** Turns « Tout à portée de main » on or checks it is on, on the screen shown. */
async function lower(page: Page, label: string): Promise<void> {
  const toggle = page.getByRole('button', { name: label }).first();
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.tap();
  await expect(page.locator('html')).toHaveClass(/within-reach/);
}

/** How a walk sets the display: lowered or not, and at the largest text size (A++, 200 %) or not. */
interface WalkDisplay {
  readonly lowered: boolean;
  readonly largest?: boolean;
}

async function walkEveryScreen(page: Page, testInfo: TestInfo, language: SupportedLanguage, { lowered, largest = false }: WalkDisplay): Promise<string[]> {
  const texts = textsOf(language);
  const reach = texts.ui.withinReach ?? '';
  const problems: string[] = [];
  const taken = new Set<string>();
  await page.goto('/');
  await page.getByRole('heading', { level: 1 }).waitFor();
  if (language !== 'fr') await page.getByRole('button', { name: languageNames[language] }).tap();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  if (lowered) await lower(page, reach);
  await expect(page.getByRole('button', { name: reach })).toHaveAttribute('aria-pressed', lowered ? 'true' : 'false');
  problems.push(...(await geometryProblems(page, 'attract', lowered)));
  for (const violation of await axeViolations(page)) problems.push(`attract — ${violation}`);
  await screenshot(page, testInfo, 'attract', taken);
  await page.getByRole('button', { name: texts.ui.attractStart ?? '' }).tap();

  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  const guide = new GuidePage(page, texts);
  const seen = new Set<string>();
  if (largest) {
    // A++ doubles the screen's type size; the choice holds for every screen of the visit.
    const larger = page.getByRole('button', { name: new RegExp(`A\\+\\+ — ${texts.ui.textSizeLarger ?? ''}`) }).first();
    await larger.tap();
    await expect(page.locator('html')).toHaveClass(/text-200/);
  }
  await walkDepthFirst(guide, shortestPathTree(), async (id) => {
    if (seen.has(id)) return;
    seen.add(id);
    // « Tout à portée de main » is on every screen, in the state the visitor left it.
    await expect(page.getByRole('button', { name: reach }).first()).toHaveAttribute('aria-pressed', lowered ? 'true' : 'false');
    if (guideIndex.screen(id).kind === 'portal') {
      // The portal screen is measured with its keyboard up, the most it ever shows.
      const show = page.getByRole('button', { name: texts.ui.keyboardShow ?? '' });
      if ((await show.count()) > 0) await show.tap();
      await expect(new KeyboardPage(page, keyboardNamesOf(texts)).root).toBeVisible();
    }
    problems.push(...(await geometryProblems(page, id, lowered)));
    for (const violation of await axeViolations(page)) problems.push(`${id} — ${violation}`);
    const answers = await answerPlacement(page);
    if (answers !== undefined && height > width && !lowered) {
      // Portrait: the answers in the middle band, not under the heading at the top.
      const middle = (answers.top + Math.min(answers.bottom, height)) / 2;
      if (middle < 0.3 * height) problems.push(`${id}: the answers' middle is at ${String(Math.round((middle / height) * 100))} % of the height`);
    }
    if (answers !== undefined && width > height) {
      // Landscape: the answers in a column beside the question.
      const beside = language === 'ar' ? answers.right <= answers.headingLeft + 1 : answers.left >= answers.headingRight - 1;
      if (!beside) problems.push(`${id}: the answers are not beside the question`);
    }
    await screenshot(page, testInfo, kindOf(id), taken);
    if (guideIndex.screen(id).kind === 'portal') {
      await new KeyboardPage(page, keyboardNamesOf(texts)).hide.tap();
    }
  });
  expect(seen.size).toBe(graph.screens.length);
  return problems;
}

for (const display of displays) {
  for (const lowered of [false, true]) {
    const layout = lowered ? 'lowered (« Tout à portée de main »)' : 'usual layout';
    test(`${display.name} ${String(display.width)}×${String(display.height)}, ${layout}: every control of every screen is where it should be`, async ({ page }, testInfo) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width: display.width, height: display.height });
      expect(await walkEveryScreen(page, testInfo, 'fr', { lowered })).toEqual([]);
    });
  }
}

test('kiosk portrait 1080×1920, lowered, right to left (Arabic): every control within reach', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1080, height: 1920 });
  expect(await walkEveryScreen(page, testInfo, 'ar', { lowered: true })).toEqual([]);
});

test('kiosk landscape 1920×1080, right to left (Arabic): the answers beside the question', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  expect(await walkEveryScreen(page, testInfo, 'ar', { lowered: false })).toEqual([]);
});

// The two laptop sizes at A++ (200 %): the kiosk screens' 200 % check is in accessibility.spec.ts.
for (const display of displays.filter(({ name }) => name.includes('laptop'))) {
  for (const lowered of [false, true]) {
    const layout = lowered ? 'lowered' : 'usual layout';
    test(`${display.name} ${String(display.width)}×${String(display.height)} at A++ (200 %), ${layout}: nothing overflows, every control where it should be`, async ({ page }, testInfo) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width: display.width, height: display.height });
      expect(await walkEveryScreen(page, testInfo, 'fr', { lowered, largest: true })).toEqual([]);
    });
  }
}
