/**
 * The page companion's words in one language: the section `portalPages` of each texts file
 * (`resources/guide/texts/<lang>.json`), keyed by the ids of `portal-pages.json` — each known
 * page's name and what to do on it, each field's explanation, each usual mistake. The French
 * labels of the page are not here: the catalog holds them, exactly as the page shows them.
 */
import * as v from 'valibot';
import { placeholderNames, placeholdersIn } from '../guide/placeholders.ts';
import { catalogTextKeys, type PortalPageCatalog } from './portal-pages-schema.ts';

const text = v.pipe(v.string(), v.minLength(1));

/** Schema of one known page's words. */
export const portalPageWordsSchema = v.strictObject({
  /** The page's name, as the companion's heading says it. */
  name: text,
  /** What to do on the page, in a sentence or two. */
  todo: text,
});

/** Schema of the `portalPages` section of a texts file. */
export const portalPagesTextsSchema = v.strictObject({
  /** Each known page's words, keyed by page id. */
  pages: v.record(v.string(), portalPageWordsSchema),
  /** Each field explanation, keyed by the `text` of the catalog's fields. */
  fields: v.record(v.string(), text),
  /** Each usual mistake, keyed by the catalog's `mistakes` ids. */
  mistakes: v.record(v.string(), text),
});

/** The page companion's words in one language. */
export type PortalPagesTexts = v.InferOutput<typeof portalPagesTextsSchema>;

/**
 * The section of a texts object that carries one, checked (texts typed as the guide's alone carry
 * it at run time: the files are validated whole when they are read).
 */
export function portalPagesOf(texts: object): PortalPagesTexts | undefined {
  const section: unknown = 'portalPages' in texts ? texts.portalPages : undefined;
  return v.is(portalPagesTextsSchema, section) ? section : undefined;
}

/** One problem of the section (French, for staff), in the guide's problem shape. */
export interface PortalPagesTextProblem {
  readonly message: string;
}

function keyProblems(actual: Readonly<Record<string, unknown>>, expected: ReadonlySet<string>, what: string, lang: string): PortalPagesTextProblem[] {
  const keys = Object.keys(actual);
  return [
    ...[...expected].filter((key) => !keys.includes(key)).map((key) => ({ message: `Aide des pages (${lang}) : texte manquant pour ${what} « ${key} ».` })),
    ...keys.filter((key) => !expected.has(key)).map((key) => ({ message: `Aide des pages (${lang}) : texte en trop pour ${what} « ${key} ».` })),
  ];
}

/** Every text of the section with where it is. */
function textsOf(texts: PortalPagesTexts): [string, string][] {
  return [
    ...Object.entries(texts.pages).flatMap(([id, words]): [string, string][] => [[`pages.${id}.name`, words.name], [`pages.${id}.todo`, words.todo]]),
    ...Object.entries(texts.fields).map(([id, words]): [string, string] => [`fields.${id}`, words]),
    ...Object.entries(texts.mistakes).map(([id, words]): [string, string] => [`mistakes.${id}`, words]),
  ];
}

/**
 * Checks one language's section against the catalog: a name and a task for every known page, an
 * explanation for every field text and every mistake the catalog names, nothing else, and only
 * the school configuration's placeholders. An empty catalog checks nothing.
 */
export function portalPagesTextProblems(catalog: PortalPageCatalog, texts: PortalPagesTexts, lang: string): PortalPagesTextProblem[] {
  // No catalog (it failed its own checks, which its tests report): nothing to hold the words to,
  // and the guide must not be refused for it.
  if (catalog.pages.length === 0) return [];
  const keys = catalogTextKeys(catalog);
  const allowed: readonly string[] = placeholderNames;
  return [
    ...keyProblems(texts.pages, new Set(catalog.pages.map((page) => page.id)), 'la page', lang),
    ...keyProblems(texts.fields, keys.fields, 'le champ', lang),
    ...keyProblems(texts.mistakes, keys.mistakes, 'l’erreur fréquente', lang),
    ...textsOf(texts).flatMap(([where, words]) =>
      placeholdersIn(words)
        .filter((name) => !allowed.includes(name))
        .map((name) => ({ message: `Aide des pages (${lang}) « ${where} » : espace réservé inconnu « {${name}} ».` })),
    ),
  ];
}

function completeRecord<T>(own: Readonly<Record<string, T>> | undefined, french: Readonly<Record<string, T>>, merge: (own: T | undefined, french: T) => T): Record<string, T> {
  const result: Record<string, T> = {};
  for (const [key, words] of Object.entries(french)) result[key] = merge(own?.[key], words);
  return result;
}

/** A translation's section completed from the French, key by key; keys the French lacks are dropped. */
export function completePortalPages(own: PortalPagesTexts | undefined, french: PortalPagesTexts | undefined): PortalPagesTexts {
  if (french === undefined) return own ?? { pages: {}, fields: {}, mistakes: {} };
  return {
    pages: completeRecord(own?.pages, french.pages, (page, frenchPage) => ({ name: page?.name ?? frenchPage.name, todo: page?.todo ?? frenchPage.todo })),
    fields: completeRecord(own?.fields, french.fields, (words, frenchWords) => words ?? frenchWords),
    mistakes: completeRecord(own?.mistakes, french.mistakes, (words, frenchWords) => words ?? frenchWords),
  };
}
