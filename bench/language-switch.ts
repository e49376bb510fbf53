import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GuideTexts } from '../common/guide/guide-schema.ts';
import { languageNames, supportedLanguages, type SupportedLanguage } from '../common/guide/languages.ts';
import { startStep } from './guide-walk.ts';
import { newKioskPage, settle, tapSequence } from './kiosk-page.ts';
import { quantile } from './stats.ts';
import type { Benchmark, Measurement } from './types.ts';

/** A language tap → repainted in that language, 95th percentile of repeat switches. */
export const languageSwitchBudgetMs = 50;
/** Rounds over the nine languages in one page: the first loads each language for the first time. */
export const languageRounds = 3;
/** Fresh pages (no cache, nothing loaded) the rounds are run in, for enough first loads. */
export const freshPages = 3;

/** The attract screen's title in `language` (French where the file lacks it, as the renderer falls back). */
function attractTitle(repoRoot: string, language: SupportedLanguage): string {
  const read = (tag: string): GuideTexts =>
    JSON.parse(readFileSync(path.join(repoRoot, 'resources', 'guide', 'texts', `${tag}.json`), 'utf8')) as GuideTexts;
  const title = read(language).ui.attractTitle ?? read('fr').ui.attractTitle;
  if (title === undefined) throw new Error(`no attract title for ${language}`);
  return title.replace(/\s+/g, ' ').trim();
}

/**
 * On the attract screen, a tap on a language of the picker (inside the page) → its `h1`
 * shows the attract title in that language → the next animation frame; for each of the nine
 * languages other than French, three rounds, full CPU speed, in each of three fresh pages. The
 * first round of a page is each language's first load there; the later rounds are repeat
 * switches, not cached ones: the renderer keeps no texts cache (`LanguageChoice.choose` asks the
 * bridge each time, the preview bridge fetches the file with `cache: 'no-store'`), so every switch
 * fetches, parses and checks the language's file again.
 *
 * The budget applies to the repeat switch: it is what every visitor gets once the kiosk has run
 * for a while (file load included, since nothing is cached and each visit ends back in French).
 * A first load adds one-time costs paid once per kiosk start, not per visitor: cold code, and the
 * first use of a script's font (Chinese and Arabic glyphs at the title's size and weight). It is
 * reported beside it, without a budget.
 */
export const languageSwitch: Benchmark = {
  name: 'language switch',
  run: async (context) => {
    const languages = supportedLanguages.filter((language) => language !== 'fr');
    const titles = new Map(languages.map((language) => [language, attractTitle(context.repoRoot, language)]));
    const first: number[] = [];
    const repeat: number[] = [];
    let fetched = 0;
    for (let visit = 0; visit < freshPages; visit += 1) {
      const kiosk = await newKioskPage(context);
      const { page } = kiosk;
      page.on('request', (request) => {
        if (/\/texts\/(?!fr\.json$)[\w-]+\.json$/.test(request.url())) fetched += 1;
      });
      try {
        await page.goto('/');
        await page.getByRole('button', { name: startStep().label }).waitFor();
        for (let round = 0; round < languageRounds; round += 1) {
          for (const language of languages) {
            await settle(page);
            const [timing] = await tapSequence(page, [
              { label: languageNames[language], expected: { selector: 'h1', text: titles.get(language) ?? '' } },
            ]);
            if (timing === undefined) throw new Error(`no timing for ${language}`);
            (round === 0 ? first : repeat).push(timing.frame);
          }
        }
      } finally {
        await kiosk.close();
      }
    }
    process.stdout.write(`  ${String(fetched)} language files fetched for ${String(first.length + repeat.length)} switches\n`);
    const results: Measurement[] = [
      { name: `language tap → repainted, first load (${String(first.length)} switches), p50`, value: quantile(first, 0.5), unit: 'ms' },
      { name: 'language tap → repainted, first load, p95', value: quantile(first, 0.95), unit: 'ms' },
      { name: `language tap → repainted, repeat (${String(repeat.length)} switches), p50`, value: quantile(repeat, 0.5), unit: 'ms' },
      { name: 'language tap → repainted, repeat, p95', value: quantile(repeat, 0.95), unit: 'ms', budget: languageSwitchBudgetMs },
    ];
    return results;
  },
};
