import { readFileSync } from 'node:fs';
import type { GuideTexts } from '../../common/guide/guide-schema.ts';
import { expect, test } from '../fixtures.ts';
import { titleOf } from '../../tooling/guide-data.ts';
import { AttractPage } from '../../tooling/pages/attract-page.ts';

const arabic = JSON.parse(readFileSync(new URL('../../resources/guide/texts/ar.json', import.meta.url), 'utf8')) as GuideTexts;

test('Arabic: chosen on the attract screen, mirrored, and back to French for the next visitor', async ({ page }) => {
  const attract = await AttractPage.open(page);
  await page.getByRole('button', { name: 'العربية' }).tap();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(attract.heading).toHaveText(arabic.ui.attractTitle ?? '');
  await page.getByRole('button', { name: arabic.ui.attractStart ?? '' }).tap();
  await expect(page.locator('[data-screen="who"] h1')).toHaveText(titleOf('who', arabic));

  await test.step('the layout mirrors: "back" sits on the right, "restart" on the left', async () => {
    await page.getByRole('button', { name: arabic.screens.who?.answers?.['parent-cpge'] ?? '' }).tap();
    const back = await page.getByRole('button', { name: arabic.ui.back ?? '', exact: true }).boundingBox();
    const restart = await page.getByRole('button', { name: arabic.ui.restart ?? '', exact: true }).boundingBox();
    expect(back?.x ?? 0).toBeGreaterThan(restart?.x ?? 0);
  });

  await test.step('names from the configuration are isolated in the Arabic text and take their own letters’ direction', async () => {
    const name = page.locator('[data-screen="cpge-not-concerned"] bdi', { hasText: 'Lycée du Parc' }).first();
    await expect(name).toHaveAttribute('dir', 'auto');
    expect(await name.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    await page.getByRole('button', { name: arabic.screens['cpge-not-concerned']?.answers?.recap ?? '' }).tap();
  });

  await page.getByRole('button', { name: arabic.ui.recapEnd ?? '', exact: true }).tap();
  // The thank-you is still in the visitor's language; the language is cleared once it is over.
  await expect(page.getByRole('heading', { name: arabic.ui.thanksTitle ?? '' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(attract.start).toBeVisible({ timeout: 10_000 });
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('a language is loaded only when chosen', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => {
    const match = /\/texts\/([\w-]+)\.json$/.exec(request.url());
    if (match?.[1] !== undefined) requested.push(match[1]);
  });
  await AttractPage.open(page);
  expect(requested).toEqual(['fr']);
  await page.getByRole('button', { name: 'Español' }).tap();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  expect(requested).toEqual(['fr', 'es']);
});
