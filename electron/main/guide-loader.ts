import path from 'node:path';
import type { GuideGraph, GuideTexts } from '../../common/guide/guide-schema.ts';
import { collectInvitations } from '../../common/guide/invitations.ts';
import { languageTextsFrom, type LanguageTexts } from '../../common/guide/language-fallback.ts';
import { chooseGuide, type GuideFiles, type GuideSnapshot } from '../../common/guide/load-guide.ts';
import bundledGraph from '../../resources/guide/guide.json';
import bundledTexts from '../../resources/guide/texts/fr.json';
import type { ReadText } from './config-loader.ts';
import type { Logger } from './log.ts';

/**
 * Loads the guide from `resources/guide/` (editable by the référent), falling back to the copy
 * compiled into the app when the files are unreadable or fail a check. Problems are logged for
 * the référent (they name screens, never visitors) and kept in the snapshot for staff.
 */
export async function loadGuide(readText: ReadText, resourcesDir: string, log: Logger): Promise<GuideSnapshot> {
  let files: GuideFiles;
  try {
    files = {
      kind: 'read',
      graph: await readText(path.join(resourcesDir, 'guide', 'guide.json')),
      texts: await readText(path.join(resourcesDir, 'guide', 'texts', 'fr.json')),
    };
  } catch {
    files = { kind: 'unreadable' };
  }
  const guide = chooseGuide(files, { graph: bundledGraph, texts: bundledTexts });
  for (const problem of guide.problems) log.warn(`guide: ${problem.message}`);
  log.info(`guide: using the ${guide.source === 'resources' ? 'edited' : 'bundled'} guide`);
  const invitations = await collectInvitations((language) =>
    language === 'fr'
      ? Promise.resolve(JSON.stringify(guide.texts))
      : readText(path.join(resourcesDir, 'guide', 'texts', `${language}.json`)).catch(() => undefined),
  );
  return { ...guide, invitations };
}

/** Loads one language's texts from `resources/guide/texts/`, completed from the French. */
export async function loadLanguageTexts(
  readText: ReadText,
  resourcesDir: string,
  language: string,
  guide: { readonly graph: GuideGraph; readonly texts: GuideTexts },
  log: Logger,
): Promise<LanguageTexts> {
  if (language === 'fr') return { texts: guide.texts, gaps: [] };
  const text = await readText(path.join(resourcesDir, 'guide', 'texts', `${language}.json`)).catch(() => undefined);
  const result = languageTextsFrom(text, language, guide.graph, guide.texts);
  if (result.gaps.length > 0) log.warn(`guide: ${String(result.gaps.length)} gap(s) in the ${language} texts`);
  return result;
}
