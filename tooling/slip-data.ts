// The slips of the bundled guide and configuration as the kiosk builds them, for the specs and
// benchmarks that print, measure or scan them outside the kiosk.
import { readFileSync } from 'node:fs';
import type { GuideTexts } from '../common/guide/guide-schema.ts';
import { languageTextsFrom } from '../common/guide/language-fallback.ts';
import { formatSlipDate } from '../common/slip/slip-date.ts';
import { buildSlip } from '../common/slip/slip-model.ts';
import type { SlipModel } from '../common/slip/slip-types.ts';
import { allSimplePaths, bundledConfig, frenchTexts, graph } from './guide-data.ts';

/** The day printed on every slip these tools build, so that their lengths do not vary by date. */
const slipDay = new Date(2025, 8, 3);

/** A language's texts as the kiosk uses them (French filling what a translation lacks). */
export function slipTextsOf(language: string): GuideTexts {
  if (language === 'fr') return frenchTexts;
  const source = readFileSync(new URL(`../resources/guide/texts/${language}.json`, import.meta.url), 'utf8');
  return languageTextsFrom(source, language, graph, frenchTexts).texts;
}

/** The slip of a path in the given texts, with the bundled configuration. */
export function bundledSlip(path: readonly string[], texts: GuideTexts = frenchTexts): SlipModel {
  return buildSlip({ path, graph, texts, frenchTexts, config: bundledConfig, formatDate: (language) => formatSlipDate(slipDay, language) });
}

/** The path whose French slip has the most next steps and routes: the longest slip. */
export function fullestSlipPath(): string[] {
  const size = (model: SlipModel): number => model.nextSteps.length + model.routes.length;
  return allSimplePaths().reduce((best, candidate) => (size(bundledSlip(candidate)) > size(bundledSlip(best)) ? candidate : best));
}
