/**
 * Which guide languages a native speaker has reviewed, read from each language file's
 * `meta.reviewedByNativeSpeaker`, for the staff screen.
 */
import type { LanguageTexts } from '../guide/language-fallback.ts';
import { languageNames, supportedLanguages, type SupportedLanguage } from '../guide/languages.ts';
import type { LanguageReview } from './staff-bridge.ts';

/**
 * The review status of one language from its loaded texts. A file that could not be used (the
 * texts are the French ones) counts as not reviewed; French, the source, is reviewed.
 */
export function languageReview(language: SupportedLanguage, loaded: LanguageTexts | undefined): LanguageReview {
  const name = languageNames[language];
  if (language === 'fr') return { language, name, reviewed: true, gaps: 0 };
  if (loaded === undefined) return { language, name, reviewed: false, gaps: 1 };
  const own = loaded.texts.meta.language === language;
  return { language, name, reviewed: own && loaded.texts.meta.reviewedByNativeSpeaker, gaps: loaded.gaps.length };
}

/** The review status of every supported language, in the picker's order; a language that fails to load is not reviewed. */
export async function reviewLanguages(load: (language: SupportedLanguage) => Promise<LanguageTexts>): Promise<LanguageReview[]> {
  return Promise.all(
    supportedLanguages.map(async (language) => languageReview(language, language === 'fr' ? undefined : await load(language).catch(() => undefined))),
  );
}
