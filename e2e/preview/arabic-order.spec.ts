import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { GuideTexts } from '../../common/guide/guide-schema.ts';
import { expect, test } from '../fixtures.ts';
import { AttractPage } from '../../tooling/pages/attract-page.ts';
import { GuidePage } from '../../tooling/pages/guide-page.ts';
import { PortalScreen } from '../../tooling/pages/portal-screen.ts';

const arabic = JSON.parse(readFileSync(new URL('../../resources/guide/texts/ar.json', import.meta.url), 'utf8')) as GuideTexts;

/** Where two words of an element's rendered text lie on screen: the box of each word's first line. */
async function wordBoxes(element: Locator, words: readonly string[]): Promise<{ left: number; right: number; top: number }[]> {
  return element.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const boxes: { left: number; right: number; top: number }[] = [];
    for (const word of wanted) {
      walker.currentNode = root;
      let found: DOMRect | undefined;
      for (let node = walker.nextNode(); node !== null && found === undefined; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(word) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        found = range.getClientRects()[0];
      }
      if (found === undefined) throw new Error(`"${word}" is not rendered`);
      boxes.push({ left: found.left, right: found.right, top: found.top });
    }
    return boxes;
  }, words);
}

/** Reads the route name « التفعيل عبر FranceConnect » as rendered: right to left, FranceConnect last, so leftmost. */
async function expectRouteNameInArabicOrder(progress: Locator): Promise<void> {
  await expect(progress).toContainText(arabic.routes.franceconnect ?? '');
  const [activation, franceConnect] = await wordBoxes(progress, ['التفعيل', 'FranceConnect']);
  if (activation === undefined || franceConnect === undefined) throw new Error('words not found');
  expect(Math.abs(activation.top - franceConnect.top)).toBeLessThan(4);
  expect(franceConnect.right).toBeLessThanOrEqual(activation.left + 1);
}

async function openInArabic(page: Page): Promise<GuidePage> {
  await AttractPage.open(page);
  await page.getByRole('button', { name: 'العربية' }).tap();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('button', { name: arabic.ui.attractStart ?? '' }).tap();
  return new GuidePage(page, arabic);
}

test('Arabic: a route name reads right to left in the progress line and on the portal toolbar', async ({ page }) => {
  const guide = await openInArabic(page);
  for (const [from, to] of [['who', 'has-account'], ['has-account', 'activation-choice'], ['activation-choice', 'route-franceconnect']] as const) {
    await guide.goTo(from, to);
    await guide.expectScreen(to);
  }
  await test.step('the progress line of the route’s first screen', async () => {
    await expectRouteNameInArabicOrder(page.locator('[data-screen="route-franceconnect"] .progress'));
  });
  await test.step('the portal toolbar', async () => {
    await guide.goTo('route-franceconnect', 'portal-franceconnect');
    await new PortalScreen(page).loaded();
    await expectRouteNameInArabicOrder(page.locator('p.progress'));
  });
});

test('Arabic: an address keeps its letters left to right, with no full stop glued to its visible start', async ({ page }) => {
  const guide = await openInArabic(page);
  await guide.goTo('who', 'has-account');
  await guide.goTo('has-account', 'ent-access');
  await guide.expectScreen('ent-access');
  const step = page.locator('[data-screen="ent-access"] .step .text').first();
  const address = step.locator('bdi[dir="ltr"]');
  await expect(address).toHaveText('ent.auvergnerhonealpes.fr');

  // The rendered text ends with the address: nothing after it in reading order.
  const rendered = await step.evaluate((element) => (element as HTMLElement).innerText.trim());
  expect(rendered.endsWith('ent.auvergnerhonealpes.fr')).toBe(true);

  // Read left to right as drawn, the address comes first on its line and starts with its own letters.
  const [start] = await wordBoxes(address, ['ent.']);
  const punctuation = await step.evaluate((element) => {
    const found: { left: number; right: number; top: number }[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (node.parentElement?.closest('bdi') !== null) continue;
      const text = node.textContent ?? '';
      for (let index = 0; index < text.length; index += 1) {
        if (!/[.,;:!?،؛]/.test(text[index] ?? '')) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const box = range.getClientRects()[0];
        if (box !== undefined) found.push({ left: box.left, right: box.right, top: box.top });
      }
    }
    return found;
  });
  if (start === undefined) throw new Error('address not rendered');
  const glued = punctuation.filter((box) => Math.abs(box.top - start.top) < 4 && Math.abs(box.right - start.left) < 6);
  expect(glued).toEqual([]);
});
