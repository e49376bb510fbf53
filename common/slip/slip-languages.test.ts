import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { create } from 'qrcode';
import { createQrEncoder } from './qr-encoder.ts';
import { languageTextsFrom } from '../guide/language-fallback.ts';
import { supportedLanguages } from '../guide/languages.ts';
import { slipHtml } from './slip-html.ts';
import { buildSlip } from './slip-model.ts';
import { bundledConfig, bundledGraph, fixedDate, frenchTexts, simplePaths } from './test-support/guide-fixtures.ts';

const encodeQr = createQrEncoder(create);

const textsOf = (language: string) =>
  languageTextsFrom(readFileSync(new URL(`../../resources/guide/texts/${language}.json`, import.meta.url), 'utf8'), language, bundledGraph, frenchTexts).texts;

/** The path whose slip has the most next steps and routes: the fullest slip. */
const fullest = simplePaths().reduce((best, path) => {
  const size = (p: string[]) => buildSlip({ path: p, graph: bundledGraph, texts: frenchTexts, frenchTexts, config: bundledConfig, formatDate: fixedDate });
  const a = size(best);
  const b = size(path);
  return b.nextSteps.length + b.routes.length > a.nextSteps.length + a.routes.length ? path : best;
});

describe('the slip in every language of the kiosk', () => {
  const frenchSlip = buildSlip({ path: fullest, graph: bundledGraph, texts: frenchTexts, frenchTexts, config: bundledConfig, formatDate: fixedDate });

  for (const language of supportedLanguages.filter((tag) => tag !== 'fr')) {
    it(`${language}: translated, with the French next to it, the mailto still French`, () => {
      const texts = textsOf(language);
      const model = buildSlip({ path: fullest, graph: bundledGraph, texts, frenchTexts, config: bundledConfig, formatDate: fixedDate });
      expect(model.language).toBe(language);
      expect(model.direction).toBe(language === 'ar' ? 'rtl' : 'ltr');
      expect(model.nextSteps.map((step) => step.id)).toEqual(frenchSlip.nextSteps.map((step) => step.id));
      model.nextSteps.forEach((step, index) => {
        expect(step.text.french ?? step.text.parts).toEqual(frenchSlip.nextSteps[index]?.text.parts);
      });
      expect(model.routes.map((route) => route.name.french ?? route.name.parts)).toEqual(frenchSlip.routes.map((route) => route.name.parts));
      expect(model.qrCodes.map((code) => code.target)).toEqual(frenchSlip.qrCodes.map((code) => code.target));
      const html = slipHtml(model, { format: 'a4', encodeQr });
      expect(html.startsWith(`<!doctype html><html lang="${language}" dir="${model.direction}">`)).toBe(true);
      expect(html).not.toMatch(/\{[A-Za-z]+\}/);
    });
  }
});
