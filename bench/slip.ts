import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSchoolConfig } from '../common/config/school-config.ts';
import type { GuideGraph, GuideTexts } from '../common/guide/guide-schema.ts';
import { languageTextsFrom } from '../common/guide/language-fallback.ts';
import { supportedLanguages } from '../common/guide/languages.ts';
import { simplePaths } from '../common/guide/simple-paths.ts';
import { create } from 'qrcode';
import { createQrEncoder, createUncachedQrEncoder } from '../common/slip/qr-encoder.ts';
import type { QrEncoder } from '../common/slip/qr-matrix.ts';
import { formatSlipDate } from '../common/slip/slip-date.ts';
import { rollWidthMm, slipFormats } from '../common/slip/slip-format.ts';
import { slipHtml } from '../common/slip/slip-html.ts';
import { buildSlip } from '../common/slip/slip-model.ts';
import { rollPageHeightMicrons } from '../common/slip/roll-height.ts';
import { quantile } from './stats.ts';
import type { Benchmark, Measurement } from './types.ts';

/** Budget of the slip issue: slip model + HTML + QR codes, per slip. */
export const slipBudgetMs = 30;

/** Budget of the roll's length: the median French slip, in millimetres. */
export const frenchMedianRollBudgetMm = 200;

/** Budget of the roll's length: the longest slip of any path in any language, in millimetres. */
export const longestRollBudgetMm = 330;

const pxPerMm = 96 / 25.4;
const encodeQrUncached = createUncachedQrEncoder(create);
const encodeQr = createQrEncoder(create);

const runs = 60;

/**
 * What the main process does for each print, in Node as in Electron's main process: builds the
 * slip model from a path, renders the HTML with its three QR codes. "First slip" encodes the QR
 * codes afresh (the first print after start); "next slips" reuse them (they depend on the
 * configuration only). Paths, languages and formats rotate; the longest paths are included.
 * Then the roll's length in Chromium: shortest, median and longest slip per language, with the
 * budgets on the French median and on the longest slip of all.
 */
export const slip: Benchmark = {
  name: 'slip',
  run: async ({ browser, repoRoot }) => {
    const read = (file: string): string => readFileSync(path.join(repoRoot, 'resources', file), 'utf8');
    const graph = JSON.parse(read('guide/guide.json')) as GuideGraph;
    const french = JSON.parse(read('guide/texts/fr.json')) as GuideTexts;
    const parsed = parseSchoolConfig(read('school/lycee-du-parc.json'));
    if (!parsed.ok) throw new Error('the bundled configuration is invalid');
    const config = parsed.config;
    const languages = supportedLanguages.map((language) =>
      language === 'fr' ? french : languageTextsFrom(read(`guide/texts/${language}.json`), language, graph, french).texts,
    );
    const paths = simplePaths(graph).sort((a, b) => b.length - a.length);
    const now = new Date();

    const time = (index: number, encode: QrEncoder): number => {
      const texts = languages[index % languages.length] ?? french;
      const start = performance.now();
      const model = buildSlip({ path: paths[index % paths.length] ?? [], graph, texts, frenchTexts: french, config, formatDate: (language) => formatSlipDate(now, language) });
      const html = slipHtml(model, { format: slipFormats[index % slipFormats.length] ?? 'roll', encodeQr: encode });
      const elapsed = performance.now() - start;
      if (html.length === 0) throw new Error('empty slip');
      return elapsed;
    };
    const first = Array.from({ length: runs }, (_, index) => time(index, encodeQrUncached));
    const next = Array.from({ length: runs }, (_, index) => time(index, encodeQr));
    const at = (name: string, values: number[], q: number, budget?: number): Measurement => ({
      name,
      value: quantile(values, q),
      unit: 'ms',
      ...(budget === undefined ? {} : { budget }),
    });

    // The roll's length, as the print path finds it: Chromium lays out the slip's HTML at 80 mm
    // and the page height is the layout height rounded up plus the guard (`rollPageHeightMicrons`),
    // for every path in every language. Paths with the same slip are laid out once.
    const page = await browser.newPage({ viewport: { width: Math.ceil(rollWidthMm * pxPerMm), height: 800 } });
    const lengths: Measurement[] = [];
    const longestPerLanguage: number[] = [];
    try {
      for (const [index, language] of supportedLanguages.entries()) {
        const texts = languages[index] ?? french;
        const measured = new Map<string, number>();
        const perPath: number[] = [];
        for (const slipPath of paths) {
          const model = buildSlip({ path: slipPath, graph, texts, frenchTexts: french, config, formatDate: (code) => formatSlipDate(now, code) });
          const html = slipHtml(model, { format: 'roll', encodeQr });
          let lengthMm = measured.get(html);
          if (lengthMm === undefined) {
            await page.setContent(html, { waitUntil: 'load' });
            lengthMm = rollPageHeightMicrons(await page.evaluate(() => document.documentElement.getBoundingClientRect().height)) / 1000;
            measured.set(html, lengthMm);
          }
          perPath.push(lengthMm);
        }
        const mm = (name: string, q: number, budget?: number): Measurement => ({
          name: `roll length, ${language}, ${name} (${String(paths.length)} paths)`,
          value: quantile(perPath, q),
          unit: 'mm',
          ...(budget === undefined ? {} : { budget }),
        });
        lengths.push(mm('shortest', 0), mm('median', 0.5, language === 'fr' ? frenchMedianRollBudgetMm : undefined), mm('longest', 1));
        longestPerLanguage.push(quantile(perPath, 1));
      }
    } finally {
      await page.close();
    }
    return [
      at('slip model + HTML + 3 QR codes, first slip (QR encoded), p95', first, 0.95, slipBudgetMs),
      at('slip model + HTML + 3 QR codes, first slip (QR encoded), p50', first, 0.5),
      at('slip model + HTML, next slips (QR codes reused), p95', next, 0.95),
      ...lengths,
      { name: 'roll length, longest slip of any path in any language', value: Math.max(...longestPerLanguage), unit: 'mm', budget: longestRollBudgetMm },
    ];
  },
};
