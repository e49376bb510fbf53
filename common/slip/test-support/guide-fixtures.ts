/**
 * Test support: the bundled guide, French texts and configuration, validated; every simple path
 * of the guide; and a pseudo-translation to exercise the bilingual slip before real languages exist.
 */
import { validateSchoolConfig, type SchoolConfig } from '../../config/school-config.ts';
import type { GuideGraph, GuideTexts } from '../../guide/guide-schema.ts';
import { simplePaths as simplePathsOf } from '../../guide/simple-paths.ts';
import { validateGuide } from '../../guide/validate-guide.ts';
import graphJson from '../../../resources/guide/guide.json';
import configJson from '../../../resources/school/lycee-du-parc.json';
import frenchJson from '../../../resources/guide/texts/fr.json';

const guide = validateGuide(graphJson, frenchJson);
if (!guide.ok) throw new Error('the bundled guide is invalid');
const config = validateSchoolConfig(configJson);
if (!config.ok) throw new Error('the bundled configuration is invalid');

/** The bundled guide graph. */
export const bundledGraph: GuideGraph = guide.guide.graph;
/** The bundled French texts. */
export const frenchTexts: GuideTexts = guide.guide.texts;
/** The bundled school configuration (Lycée du Parc). */
export const bundledConfig: SchoolConfig = config.config;

/** A fixed date writer for tests: `3/9/2025@fr`. */
export const fixedDate = (language: string): string => `3/9/2025@${language}`;

/** Every path from the start to the recap that visits no screen twice (the bundled guide's by default). */
export function simplePaths(graph: GuideGraph = bundledGraph): string[][] {
  return simplePathsOf(graph);
}

const mapValues = (record: Readonly<Record<string, string>>, map: (text: string) => string): Record<string, string> =>
  Object.fromEntries(Object.entries(record).map(([key, text]) => [key, map(text)]));

/**
 * A pseudo-translation of the French texts: every text prefixed with `[lang]`, placeholders kept,
 * as a stand-in for a real translation in another language and direction.
 */
export function pseudoTranslation(language: string, direction: 'ltr' | 'rtl'): GuideTexts {
  const mark = (text: string): string => `[${language}] ${text}`;
  return {
    ...frenchTexts,
    meta: { ...frenchTexts.meta, language, direction, name: language, reviewedByNativeSpeaker: false },
    ui: mapValues(frenchTexts.ui, mark),
    routes: mapValues(frenchTexts.routes, mark),
    recapItems: mapValues(frenchTexts.recapItems, mark),
  };
}
