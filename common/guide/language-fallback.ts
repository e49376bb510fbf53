import * as v from 'valibot';
import { portalPageCatalog } from '../portal/portal-pages.ts';
import { completePortalPages, portalPagesOf, portalPagesTextProblems, portalPagesTextsSchema, type PortalPagesTexts } from '../portal/portal-page-texts.ts';
import { withFrenchLabelTypographyEverywhere } from './french-typography.ts';
import { guideTextsSchema, type GuideGraph, type GuideTexts } from './guide-schema.ts';
import { textProblems, type GuideProblem, type KioskTexts } from './validate-guide.ts';

/** A translation as read: the page companion's section may be missing (it then falls back to French). */
type TranslationTexts = GuideTexts & { readonly portalPages?: PortalPagesTexts | undefined };

/** Schema of a translation file: like the French's, with the page companion's section optional. */
const translationSchema = v.strictObject({ ...guideTextsSchema.entries, portalPages: v.optional(portalPagesTextsSchema) });

/** What is missing or wrong in a translation's page companion section. */
function portalPagesGaps(translation: TranslationTexts): GuideProblem[] {
  const lang = translation.meta.language;
  if (translation.portalPages === undefined) return [{ message: `Aide des pages (${lang}) : section « portalPages » absente, le français est utilisé.` }];
  return portalPagesTextProblems(portalPageCatalog, translation.portalPages, lang);
}

/** One language's texts, completed from the French where a text is missing or broken. */
export interface LanguageTexts {
  /** The texts, the page companion's section (`portalPages`) included. */
  readonly texts: GuideTexts;
  /** What was missing or wrong in the language file (shown to staff); empty when complete. */
  readonly gaps: readonly GuideProblem[];
}

function completeMap(own: Readonly<Record<string, string>> | undefined, french: Readonly<Record<string, string>>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, text] of Object.entries(french)) result[key] = own?.[key] ?? text;
  return result;
}

/**
 * Completes a translation from the French texts, key by key: a missing text falls back to French
 * for that key only. A translation whose placeholders differ from the French for a key uses the
 * French for that key too. Keys the French does not have are dropped.
 */
export function completeFromFrench(graph: GuideGraph, translation: TranslationTexts, french: GuideTexts): LanguageTexts {
  const screens: GuideTexts['screens'] = {};
  for (const [id, frenchScreen] of Object.entries(french.screens)) {
    const own = translation.screens[id];
    screens[id] = {
      title: own?.title ?? frenchScreen.title,
      ...(frenchScreen.body === undefined ? {} : { body: own?.body ?? frenchScreen.body }),
      ...(frenchScreen.action === undefined ? {} : { action: own?.action ?? frenchScreen.action }),
      ...(frenchScreen.answers === undefined ? {} : { answers: completeMap(own?.answers, frenchScreen.answers) }),
      ...(frenchScreen.steps === undefined ? {} : { steps: completeMap(own?.steps, frenchScreen.steps) }),
    };
  }
  const completed: KioskTexts = {
    meta: translation.meta,
    ui: completeMap(translation.ui, french.ui),
    routes: completeMap(translation.routes, french.routes),
    screens,
    recapItems: completeMap(translation.recapItems, french.recapItems),
    portalPages: completePortalPages(translation.portalPages, portalPagesOf(french)),
  };
  return { texts: completed, gaps: [...textProblems(graph, translation), ...portalPagesGaps(translation)] };
}

/**
 * Reads a language file's text: a file that is missing, not JSON or of the wrong shape gives the
 * French texts with one gap naming the file; otherwise missing keys fall back to French one by one.
 */
export function languageTextsFrom(text: string | undefined, language: string, graph: GuideGraph, french: GuideTexts): LanguageTexts {
  const whole = (message: string): LanguageTexts => ({ texts: french, gaps: [{ message }] });
  if (text === undefined) return whole(`texts/${language}.json est introuvable ou illisible : le français est utilisé.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return whole(`texts/${language}.json n’est pas un fichier JSON valide : le français est utilisé.`);
  }
  const parsed = v.safeParse(translationSchema, json);
  if (!parsed.success) return whole(`texts/${language}.json n’a pas la forme attendue : le français est utilisé.`);
  if (parsed.output.meta.language !== language) return whole(`texts/${language}.json déclare une autre langue : le français est utilisé.`);
  // The French labels it quotes in « » are spaced as the French texts are, whatever the file has.
  return completeFromFrench(graph, withFrenchLabelTypographyEverywhere(parsed.output), french);
}
