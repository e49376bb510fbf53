import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSchoolConfig } from '../common/config/school-config.ts';
import type { GuideGraph, GuideTexts } from '../common/guide/guide-schema.ts';
import { languageTextsFrom } from '../common/guide/language-fallback.ts';
import { supportedLanguages } from '../common/guide/languages.ts';
import { simplePaths } from '../common/guide/simple-paths.ts';
import type { QrEncoder } from '../common/slip/qr-matrix.ts';
import { formatSlipDate } from '../common/slip/slip-date.ts';
import { slipFormats } from '../common/slip/slip-format.ts';
import { slipHtml } from '../common/slip/slip-html.ts';
import { buildSlip } from '../common/slip/slip-model.ts';
import { encodeQr, encodeQrUncached } from '../electron/main/print/qr-encoder.ts';
import { quantile } from './stats.ts';
import type { Benchmark, Measurement } from './types.ts';

/** Budget of the slip issue: slip model + HTML + QR codes, per slip. */
export const slipBudgetMs = 30;

const runs = 60;

/**
 * What the main process does for each print, in Node as in Electron's main process: builds the
 * slip model from a path, renders the HTML with its three QR codes. "First slip" encodes the QR
 * codes afresh (the first print after start); "next slips" reuse them (they depend on the
 * configuration only). Paths, languages and formats rotate; the longest paths are included.
 */
export const slip: Benchmark = {
  name: 'slip',
  run: async ({ repoRoot }) => {
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
    return [
      at('slip model + HTML + 3 QR codes, first slip (QR encoded), p95', first, 0.95, slipBudgetMs),
      at('slip model + HTML + 3 QR codes, first slip (QR encoded), p50', first, 0.5),
      at('slip model + HTML, next slips (QR codes reused), p95', next, 0.95),
    ];
  },
};
