import type { Page, TestInfo } from '@playwright/test';
import { supportedLanguages } from '../../common/guide/languages.ts';
import { rollWidthMm } from '../../common/slip/slip-format.ts';
import { slipHtml } from '../../common/slip/slip-html.ts';
import type { SlipModel } from '../../common/slip/slip-types.ts';
import { rollPageHeightMicrons } from '../../common/slip/roll-height.ts';
import { slipQrEncoder as encodeQr } from '../../tooling/lib/slip-qr-encoder.ts';
import { expect, test } from '../fixtures.ts';
import { frenchTexts } from '../../tooling/guide-data.ts';
import { bundledSlip, fullestSlipPath, slipTextsOf } from '../../tooling/slip-data.ts';

/**
 * The printed slip as Chromium prints it: the HTML the main process loads in its hidden window,
 * rendered here with `setContent` and printed to PDF. The roll's page height is measured first,
 * as the main process does (Chromium's layout height, rounded up plus a guard).
 */

const pointsPerMm = 72 / 25.4;
const pxPerMm = 96 / 25.4;

/** Chromium's PDF rounds page sizes to its device units: within 0.15 mm counts as exact. */
const pdfToleranceMm = 0.15;

const fullest = fullestSlipPath();

/** Page sizes (in mm) and page count of a PDF, read from its page objects. */
function pdfPages(pdf: Buffer): { widthMm: number; heightMm: number }[] {
  const text = pdf.toString('latin1');
  const pages = text.split(/\/Type\s*\/Page\b(?!s)/).slice(1);
  return pages.map((page) => {
    const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(page) ?? /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
    if (box === null) throw new Error('a page without a MediaBox');
    return { widthMm: (Number(box[3]) - Number(box[1])) / pointsPerMm, heightMm: (Number(box[4]) - Number(box[2])) / pointsPerMm };
  });
}

/** Measures the roll's layout height (CSS px) the way the hidden print window reports it. */
async function rollHeightPx(page: Page, model: SlipModel): Promise<number> {
  await page.setViewportSize({ width: Math.ceil(rollWidthMm * pxPerMm), height: 800 });
  await page.setContent(slipHtml(model, { format: 'roll', encodeQr }), { waitUntil: 'load' });
  return page.evaluate(() => document.documentElement.getBoundingClientRect().height);
}

async function attach(testInfo: TestInfo, name: string, body: Buffer, contentType: string): Promise<void> {
  await testInfo.attach(name, { body, contentType });
}

test.describe('the printed slip in Chromium', () => {
  test('the 80 mm roll is exactly 80 mm wide, one page as tall as its content', async ({ page }, testInfo) => {
    const model = bundledSlip(fullest, frenchTexts);
    const heightPx = await rollHeightPx(page, model);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'nothing wider than the roll').toBeLessThanOrEqual(0);
    await attach(testInfo, 'slip-roll.png', await page.screenshot({ fullPage: true }), 'image/png');

    const heightMm = rollPageHeightMicrons(heightPx) / 1000;
    await test.step('with the page size in its own CSS (the measured height written into @page)', async () => {
      await page.setContent(slipHtml(model, { format: 'roll', heightMm, encodeQr }), { waitUntil: 'load' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      await attach(testInfo, 'slip-roll.pdf', pdf, 'application/pdf');
      const pages = pdfPages(pdf);
      expect(pages).toHaveLength(1);
      expect(Math.abs((pages[0]?.widthMm ?? 0) - 80)).toBeLessThan(pdfToleranceMm);
      expect(Math.abs((pages[0]?.heightMm ?? 0) - heightMm)).toBeLessThan(pdfToleranceMm);
    });

    await test.step('with the page size given to the print call, as Electron’s pageSize in microns does', async () => {
      await page.setContent(slipHtml(model, { format: 'roll', encodeQr }), { waitUntil: 'load' });
      const pages = pdfPages(await page.pdf({ width: '80mm', height: `${String(heightMm)}mm`, margin: { top: 0, right: 0, bottom: 0, left: 0 }, printBackground: true }));
      expect(pages).toHaveLength(1);
      expect(Math.abs((pages[0]?.widthMm ?? 0) - 80)).toBeLessThan(pdfToleranceMm);
    });
  });

  test('A4 fits on one page, in every language, for the longest slip', async ({ page }, testInfo) => {
    for (const language of supportedLanguages) {
      await test.step(language, async () => {
        await page.setViewportSize({ width: Math.ceil(210 * pxPerMm), height: Math.ceil(297 * pxPerMm) });
        await page.setContent(slipHtml(bundledSlip(fullest, slipTextsOf(language)), { format: 'a4', encodeQr }), { waitUntil: 'load' });
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        const pages = pdfPages(pdf);
        expect(pages, `${language}: one page`).toHaveLength(1);
        expect(Math.abs((pages[0]?.widthMm ?? 0) - 210)).toBeLessThan(0.3);
        expect(Math.abs((pages[0]?.heightMm ?? 0) - 297)).toBeLessThan(0.3);
        if (language === 'fr' || language === 'ar') {
          await attach(testInfo, `slip-a4-${language}.png`, await page.screenshot({ fullPage: true }), 'image/png');
          await attach(testInfo, `slip-a4-${language}.pdf`, pdf, 'application/pdf');
        }
      });
    }
  });

  test('the roll stays one page in every language, with the French next to each translation', async ({ page }, testInfo) => {
    for (const language of supportedLanguages) {
      await test.step(language, async () => {
        const model = bundledSlip(fullest, slipTextsOf(language));
        const heightMm = rollPageHeightMicrons(await rollHeightPx(page, model)) / 1000;
        if (language !== 'fr') await expect(page.locator('.fr').first()).toHaveAttribute('lang', 'fr');
        await expect(page.locator('html')).toHaveAttribute('dir', model.direction);
        if (language === 'ar') await attach(testInfo, 'slip-roll-ar.png', await page.screenshot({ fullPage: true }), 'image/png');
        await page.setContent(slipHtml(model, { format: 'roll', heightMm, encodeQr }), { waitUntil: 'load' });
        expect(pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true })), language).toHaveLength(1);
      });
    }
  });
});
