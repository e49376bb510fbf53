import { readFileSync } from 'node:fs';
import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import type { GuideTexts } from '../guide/guide-schema.ts';
import { languageTextsFrom } from '../guide/language-fallback.ts';
import { supportedLanguages } from '../guide/languages.ts';
import { createQrEncoder } from './qr-encoder.ts';
import { qrViewSize } from './qr-matrix.ts';
import { qrPrintedSizeMm } from './qr-svg.ts';
import { minQrModuleDots, rollQrColumnWidthsMm, slipFormats, thermalDotMm } from './slip-format.ts';
import { buildSlip } from './slip-model.ts';
import { bundledConfig, bundledGraph, fixedDate, frenchTexts, simplePaths } from './test-support/guide-fixtures.ts';

const encodeQr = createQrEncoder(create);

const textsOf = (language: string): GuideTexts =>
  language === 'fr'
    ? frenchTexts
    : languageTextsFrom(readFileSync(new URL(`../../resources/guide/texts/${language}.json`, import.meta.url), 'utf8'), language, bundledGraph, frenchTexts).texts;

/** The printed width of one module of the code for `target`, in dots of a 203 dpi thermal head. */
function moduleDots(target: string, format: (typeof slipFormats)[number]): { dots: number; sizeMm: number; modules: number } {
  const matrix = encodeQr(target);
  const sizeMm = qrPrintedSizeMm(matrix, format);
  return { dots: sizeMm / qrViewSize(matrix) / thermalDotMm, sizeMm, modules: matrix.size };
}

describe('the slip’s QR codes on paper', () => {
  const paths = simplePaths();

  for (const language of supportedLanguages) {
    it(`${language}: every path’s codes print with modules of at least ${String(minQrModuleDots)} dots, within their roll column`, () => {
      const texts = textsOf(language);
      const targets = new Set<string>();
      for (const path of paths) {
        const model = buildSlip({ path, graph: bundledGraph, texts, frenchTexts, config: bundledConfig, formatDate: fixedDate });
        expect(model.qrCodes.map((code) => code.kind)).toEqual(['educonnect', 'ent', 'mail']);
        model.qrCodes.forEach((code, column) => {
          targets.add(code.target);
          for (const format of slipFormats) {
            const printed = moduleDots(code.target, format);
            expect(printed.dots, `${language} ${format} ${code.kind}: ${String(printed.modules)} modules in ${String(printed.sizeMm)} mm`).toBeGreaterThanOrEqual(minQrModuleDots);
          }
          expect(moduleDots(code.target, 'roll').sizeMm, `${code.kind} fits its column`).toBeLessThanOrEqual(rollQrColumnWidthsMm[column] ?? 0);
        });
      }
      expect(targets.size).toBeGreaterThanOrEqual(3);
    });
  }

  it('the three roll columns share the print head’s 72 mm', () => {
    expect(rollQrColumnWidthsMm).toHaveLength(3);
    expect(rollQrColumnWidthsMm.reduce((sum, width) => sum + width, 0)).toBeLessThan(72);
  });
});
