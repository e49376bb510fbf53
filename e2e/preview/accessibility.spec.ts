import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { GuideTexts } from '../../common/guide/guide-schema.ts';
import { languageNames, supportedLanguages, type SupportedLanguage } from '../../common/guide/languages.ts';
import { expect, test } from '../fixtures.ts';
import { graph, guideIndex, shortestPathTree } from '../../tooling/guide-data.ts';
import { AttractPage } from '../../tooling/pages/attract-page.ts';
import { axeViolations } from '../../tooling/pages/axe-check.ts';
import { GuidePage } from '../../tooling/pages/guide-page.ts';
import { PortalCompanionPanel } from '../../tooling/pages/portal-companion.ts';
import { walkDepthFirst } from '../../tooling/path-trie.ts';

const textsOf = (language: SupportedLanguage): GuideTexts =>
  JSON.parse(readFileSync(new URL(`../../resources/guide/texts/${language}.json`, import.meta.url), 'utf8')) as GuideTexts;

/** Every visible control of the kiosk's page that is smaller than 64×64 CSS px. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [role="button"]')]
      .filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden')
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 64 || box.height < 64)
      .map(({ element, box }) => `${element.textContent?.trim() ?? element.tagName} (${String(Math.round(box.width))}×${String(Math.round(box.height))})`),
  );
}

/** Visits every screen of the guide in a language, calling `check` once per screen. */
async function everyScreen(page: Page, language: SupportedLanguage, check: (screen: string) => Promise<void>): Promise<number> {
  await AttractPage.open(page);
  if (language !== 'fr') await page.getByRole('button', { name: languageNames[language] }).tap();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await check('attract');
  const texts = textsOf(language);
  await page.getByRole('button', { name: texts.ui.attractStart ?? '' }).tap();
  const guide = new GuidePage(page, texts);
  const companion = new PortalCompanionPanel(page, texts);
  const seen = new Set<string>();
  await walkDepthFirst(guide, shortestPathTree(), async (id) => {
    if (seen.has(id)) return;
    seen.add(id);
    // A portal screen is checked with the page companion open beside the portal (folded in French).
    if (guideIndex.screen(id).kind === 'portal') await companion.showOpen();
    await check(id);
  });
  return seen.size;
}

// Every language in portrait; in landscape, French and Arabic (left to right, right to left)
// stand for the layouts, which do not change with the language otherwise (tag @portrait-only).
for (const language of supportedLanguages) {
  const only = language === 'fr' || language === 'ar' ? '' : ' @portrait-only';
  test(`WCAG 2.2 AA (axe) and 64 px targets on every screen, in ${languageNames[language]} (${language})${only}`, async ({ page }) => {
    test.setTimeout(180_000);
    const problems: string[] = [];
    const screens = await everyScreen(page, language, async (screen) => {
      for (const violation of await axeViolations(page)) problems.push(`${screen} — ${violation}`);
      for (const target of await smallTargets(page)) problems.push(`${screen} — target under 64 px: ${target}`);
    });
    expect(screens).toBe(graph.screens.length);
    expect(problems).toEqual([]);
  });
}

for (const language of ['fr', 'ar'] as const) {
  test(`at 200 % text size nothing overflows the screen sideways, in ${languageNames[language]}`, async ({ page }) => {
    test.setTimeout(120_000);
    const texts = textsOf(language);
    const overflowing: string[] = [];
    await everyScreen(page, language, async (screen) => {
      if (screen === 'attract') return;
      const larger = page.getByRole('button', { name: new RegExp(`A\\+\\+ — ${texts.ui.textSizeLarger ?? ''}`) });
      if ((await larger.count()) > 0 && (await larger.getAttribute('aria-pressed')) !== 'true') await larger.tap();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) overflowing.push(`${screen}: ${String(overflow)} px`);
    });
    expect(overflowing).toEqual([]);
  });
}
