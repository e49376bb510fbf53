import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { supportedLanguages } from '../../common/guide/languages.ts';
import { slipCss } from '../../common/slip/slip-css.ts';
import { minQrModuleDots, rollWidthMm, thermalDotMm, thermalHeadDpi } from '../../common/slip/slip-format.ts';
import { slipHtml } from '../../common/slip/slip-html.ts';
import type { SlipModel } from '../../common/slip/slip-types.ts';
import { rollPageHeightMicrons } from '../../common/slip/roll-height.ts';
import { slipQrEncoder as encodeQr } from '../../tooling/lib/slip-qr-encoder.ts';
import { expect, test } from '../fixtures.ts';
import { allSimplePaths, frenchTexts } from '../../tooling/guide-data.ts';
import { bundledSlip, fullestSlipPath, slipTextsOf } from '../../tooling/slip-data.ts';

/**
 * The roll's QR codes read back from paper, as a phone would: the slip's PDF as Chromium prints
 * it, rasterised at the thermal head's 203 dpi in black and white by Debian's `pdftoppm`
 * (poppler-utils), then decoded by `zbarimg` (zbar-tools). Every language's fullest slip is
 * printed from the exact HTML of the print path, at its measured height; every French path's
 * slip is printed too, many to a PDF (one page each), so the run stays short.
 */

const pxPerMm = 96 / 25.4;
const missingTools = ['pdftoppm', 'zbarimg'].filter((tool) => {
  try {
    execFileSync(tool, ['-h'], { stdio: 'ignore' });
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
});
const skipReason = `needs ${missingTools.join(' and ')}: apt-get install poppler-utils zbar-tools`;

const fullest = fullestSlipPath();

/** Rasterises every page of a PDF at the thermal head's resolution, one-bit, and decodes every QR code of each page. */
function scanPdf(pdf: Buffer): string[][] {
  const directory = mkdtempSync(path.join(tmpdir(), 'slip-scan-'));
  try {
    writeFileSync(path.join(directory, 'slip.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', String(thermalHeadDpi), '-mono', path.join(directory, 'slip.pdf'), path.join(directory, 'page')]);
    const images = readdirSync(directory).filter((name) => name.endsWith('.pbm')).sort();
    let output: string;
    try {
      output = execFileSync('zbarimg', ['--nodbus', '--xml', '-q', '-Sdisable', '-Sqrcode.enable', ...images], { cwd: directory, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (error) {
      // zbarimg exits 4 when some image has no code: its report still lists what it read.
      output = String((error as { stdout?: unknown }).stdout ?? '');
    }
    const decoded = new Map<string, string[]>();
    for (const source of output.matchAll(/<source href='([^']*)'>([\s\S]*?)<\/source>/g)) {
      decoded.set(source[1] ?? '', [...(source[2] ?? '').matchAll(/<data><!\[CDATA\[([\s\S]*?)\]\]><\/data>/g)].map((match) => match[1] ?? ''));
    }
    return images.map((image) => decoded.get(image) ?? []);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** The printed size of each QR module on the page, in dots of the 203 dpi head. */
async function moduleDotsOnPage(page: Page): Promise<number[]> {
  const perModulePx = await page.locator('figure[data-qr] svg').evaluateAll((svgs) =>
    svgs.map((svg) => svg.getBoundingClientRect().width / ((svg as SVGSVGElement).viewBox.baseVal.width || Number.NaN)),
  );
  return perModulePx.map((px) => px / pxPerMm / thermalDotMm);
}

test.describe('the roll’s QR codes, read from a 203 dpi print', () => {
  test.skip(missingTools.length > 0, skipReason);

  test('every language: the fullest slip, printed as the print path does, gives back its three addresses', async ({ page }) => {
    for (const language of supportedLanguages) {
      await test.step(language, async () => {
        const model = bundledSlip(fullest, slipTextsOf(language));
        await page.setViewportSize({ width: Math.ceil(rollWidthMm * pxPerMm), height: 800 });
        await page.setContent(slipHtml(model, { format: 'roll', encodeQr }), { waitUntil: 'load' });
        for (const dots of await moduleDotsOnPage(page)) expect(dots, `${language}: dots per module`).toBeGreaterThanOrEqual(minQrModuleDots);
        const heightPx = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
        const heightMm = rollPageHeightMicrons(heightPx) / 1000;
        await page.setContent(slipHtml(model, { format: 'roll', heightMm, encodeQr }), { waitUntil: 'load' });
        const pages = scanPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
        expect(pages, `${language}: one page`).toHaveLength(1);
        expect(new Set(pages[0]), language).toEqual(new Set(model.qrCodes.map((code) => code.target)));
        expect(pages[0], `${language}: each code read once`).toHaveLength(model.qrCodes.length);
      });
    }
  });

  test('every French path: each slip, one to a page, gives back its three addresses', async ({ page }) => {
    const slips = new Map<string, SlipModel>();
    for (const slipPath of allSimplePaths()) {
      const model = bundledSlip(slipPath, frenchTexts);
      const html = slipHtml(model, { format: 'roll', encodeQr });
      const body = /<main class="slip">[\s\S]*<\/main>/.exec(html)?.[0];
      if (body === undefined) throw new Error('a slip without its body');
      slips.set(body, model);
    }
    // The slips of the print path, one after another, each on its own page as tall as the tallest.
    const bodies = [...slips.keys()];
    await page.setViewportSize({ width: Math.ceil(rollWidthMm * pxPerMm), height: 800 });
    await page.setContent(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>${slipCss({ format: 'roll' })}</style></head><body>${bodies.join('')}</body></html>`);
    const tallestPx = await page.locator('main.slip').evaluateAll((mains) => Math.max(...mains.map((main) => main.getBoundingClientRect().height)));
    const pageMm = rollPageHeightMicrons(tallestPx) / 1000;
    await page.addStyleTag({ content: `@page { size: ${String(rollWidthMm)}mm ${String(pageMm)}mm; margin: 0; } main.slip { break-after: page; }` });
    const pages = scanPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(pages).toHaveLength(bodies.length);
    [...slips.values()].forEach((model, index) => {
      const targets = model.qrCodes.map((code) => code.target);
      expect(new Set(pages[index]), `French slip ${String(index + 1)} of ${String(bodies.length)}`).toEqual(new Set(targets));
      expect(pages[index]).toHaveLength(targets.length);
    });
  });
});
