import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { guideGraphSchema } from './guide-schema.ts';
import { isSupportedLanguage, languageNames, supportedLanguages } from './languages.ts';
import { placeholdersIn } from './placeholders.ts';
import { kioskTextProblems, kioskTextsSchema } from './validate-guide.ts';

const textsDirectory = new URL('../../resources/guide/texts/', import.meta.url);
const textsFile = (language: string): URL => new URL(`${language}.json`, textsDirectory);
const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'));

const graph = v.parse(guideGraphSchema, readJson(new URL('../guide.json', textsDirectory)));
const french = readJson(textsFile('fr'));
const translations = supportedLanguages.filter((language) => language !== 'fr');

const ownNames = languageNames;

/** The texts sent to the French secretariat: the same in every file (the slip uses the French ones). */
const frenchOnlyPaths = ['ui.slipMailSubject', 'ui.slipMailBody'];

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every leaf of a texts file by its dotted path (`screens.who.answers.student`), at every level. */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  if (!isRecord(value)) return new Map([[path, value]]);
  const found = new Map<string, unknown>();
  for (const [key, child] of Object.entries(value)) {
    for (const [childPath, leaf] of leaves(child, path === '' ? key : `${path}.${key}`)) found.set(childPath, leaf);
  }
  return found;
}

/** The texts a parent reads (every string leaf but `meta`), by path. */
function textsOf(file: unknown): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [path, leaf] of leaves(file)) {
    if (!path.startsWith('meta.') && typeof leaf === 'string') texts.set(path, leaf);
  }
  return texts;
}

/** The EduConnect labels a French text quotes, « » included (`« Représentant légal »`). */
function quotedLabels(text: string): string[] {
  return text.match(/«[^»]*»/g) ?? [];
}

/**
 * The French labels of a translated text not followed by their translation in parentheses
 * (`« Suivant » (Next)`, `« Suivant »（下一步）`). Names have nothing to translate: « PRONOTE »
 * and a placeholder such as « {referentRecipient} ».
 */
function untranslatedLabels(text: string, labels: readonly string[]): string[] {
  return labels.filter((label) => {
    if (label === '«\u202FPRONOTE\u202F»' || placeholdersIn(label).length > 0) return false;
    const at = text.indexOf(label);
    return at >= 0 && !/^\s?[(（]/.test(text.slice(at + label.length));
  });
}

const sortedPlaceholders = (text: string): string[] => placeholdersIn(text).sort();

/**
 * What differs between the French source and a translation: keys missing or extra at any level,
 * placeholders not the same (as a multiset), a French label in « » not kept verbatim or not followed
 * by its translation, « » used for anything but a French label, the mail to the secretariat not kept
 * in French. Empty when the translation can replace the French text.
 */
function translationProblems(source: unknown, translation: unknown): string[] {
  const problems: string[] = [];
  const sourceLeaves = leaves(source);
  const translationLeaves = leaves(translation);
  for (const path of sourceLeaves.keys()) if (!translationLeaves.has(path)) problems.push(`missing: ${path}`);
  for (const path of translationLeaves.keys()) if (!sourceLeaves.has(path)) problems.push(`extra: ${path}`);

  const translated = textsOf(translation);
  for (const [path, sourceText] of textsOf(source)) {
    const text = translated.get(path);
    if (text === undefined) continue;
    const expected = sortedPlaceholders(sourceText);
    const actual = sortedPlaceholders(text);
    if (expected.join(' ') !== actual.join(' ')) problems.push(`placeholders: ${path} has {${actual.join('} {')}} instead of {${expected.join('} {')}}`);
    const sourceLabels = quotedLabels(sourceText);
    for (const label of sourceLabels) if (!text.includes(label)) problems.push(`label: ${path} lacks ${label}`);
    for (const label of quotedLabels(text)) if (!sourceLabels.includes(label)) problems.push(`label: ${path} quotes ${label}, which is no French label`);
    for (const label of untranslatedLabels(text, sourceLabels)) problems.push(`label: ${path} gives no translation after ${label}`);
    if (frenchOnlyPaths.includes(path) && text !== sourceText) problems.push(`french only: ${path} differs from the French`);
  }
  return problems;
}

function load(language: string): unknown {
  return existsSync(textsFile(language)) ? readJson(textsFile(language)) : undefined;
}

describe('the supported languages', () => {
  it('are the ten the guide is written in, French (the source) first', () => {
    expect(supportedLanguages).toEqual(['fr', 'en', 'ar', 'tr', 'pt', 'es', 'ru', 'zh-Hans', 'ro', 'sq']);
  });

  it('each have a texts file, and no other texts file exists', () => {
    const files = readdirSync(textsDirectory)
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .sort();
    expect(files).toEqual([...supportedLanguages].sort());
  });

  it('are recognised by their tag, and only they', () => {
    expect(supportedLanguages.every(isSupportedLanguage)).toBe(true);
    expect(['', 'FR', 'zh', 'zh-hans', 'de', 'ar-SA'].some(isSupportedLanguage)).toBe(false);
  });
});

describe('checking a translation against the French', () => {
  const englishTexts = (): Record<string, unknown> => {
    const english = load('en');
    if (!isRecord(english)) throw new Error('en.json is not an object');
    return structuredClone({ ...english });
  };
  const ui = (file: Record<string, unknown>): Record<string, unknown> => {
    const value = file.ui;
    if (!isRecord(value)) throw new Error('ui is not an object');
    const copy = { ...value };
    file.ui = copy;
    return copy;
  };

  it('finds a missing key and an extra key, at any depth', () => {
    const broken = englishTexts();
    const texts = ui(broken);
    delete texts.back;
    texts.forward = 'Forward';
    expect(translationProblems(french, broken)).toEqual(['missing: ui.back', 'extra: ui.forward']);
  });

  it('finds a text whose placeholders differ, even by a repeated one', () => {
    const broken = englishTexts();
    ui(broken).routeProgress = '{route} — step {step} of {step}';
    expect(translationProblems(french, broken)).toEqual(['placeholders: ui.routeProgress has {route} {step} {step} instead of {route} {step} {total}']);
  });

  it('finds a translated EduConnect label and a translated mail to the secretariat', () => {
    const json = JSON.stringify(englishTexts()).replace('«\u202FSuivant\u202F» (Next)', '«\u202FNext\u202F»').replace('Bonjour,', 'Hello,');
    expect(translationProblems(french, JSON.parse(json))).toEqual([
      'french only: ui.slipMailBody differs from the French',
      'label: screens.route-sms.steps.mobile lacks «\u202FSuivant\u202F»',
      'label: screens.route-sms.steps.mobile quotes «\u202FNext\u202F», which is no French label',
    ]);
  });

  it('finds a label left without its translation, and « » around words that are no French label', () => {
    const json = JSON.stringify(englishTexts()).replace('«\u202FValider\u202F» (confirm)', '«\u202FValider\u202F»').replace('Choose «\u202FPar SMS\u202F»', 'Choose «\u202FSMS\u202F»');
    expect(translationProblems(french, JSON.parse(json))).toEqual([
      'label: screens.forgot-id.steps.channel lacks «\u202FPar SMS\u202F»',
      'label: screens.forgot-id.steps.channel quotes «\u202FSMS\u202F», which is no French label',
      'label: screens.ent-access.steps.profile gives no translation after «\u202FValider\u202F»',
    ]);
  });

  it('quotes the EduConnect labels parents must find on the portal (so the label check is not empty)', () => {
    const labels = new Set([...textsOf(french).values()].flatMap(quotedLabels));
    for (const label of ['«\u202FReprésentant légal\u202F»', '«\u202FJe contacte l’école ou l’établissement\u202F»', '«\u202FJe n’ai pas de compte\u202F»', '«\u202FS’identifier avec FranceConnect\u202F»', '«\u202FN° de téléphone portable\u202F»', '«\u202FSuivant\u202F»', '«\u202FIdentifiant oublié\u202F»', '«\u202FMot de passe oublié\u202F»', '«\u202FPar SMS\u202F»', '«\u202FPar mail\u202F»', '«\u202FElève ou parent\u202F»', '«\u202FValider\u202F»', '«\u202FPRONOTE\u202F»', '«\u202FJe confirme mon identité\u202F»']) {
      expect(labels).toContain(label);
    }
  });
});

describe.each(translations)('the %s texts', (language) => {
  const file = load(language);

  it('exist', () => {
    expect(file, `resources/guide/texts/${language}.json`).toBeDefined();
  });

  it('have exactly the keys of the French, the same placeholders in every text, the French labels and the French mail', () => {
    expect(translationProblems(french, file)).toEqual([]);
  });

  it('write no contact or address (they come from the school configuration)', () => {
    expect(JSON.stringify(file)).not.toMatch(/@|https?:|ac-lyon|auvergne|index-education|0690026/i);
  });

  it('pass the texts schema and every guide check, the page companion’s words included', () => {
    const parsed = v.safeParse(kioskTextsSchema, file);
    expect(parsed.success ? [] : parsed.issues.map((issue) => `${v.getDotPath(issue) ?? ''}: ${issue.message}`)).toEqual([]);
    if (parsed.success) expect(kioskTextProblems(graph, parsed.output)).toEqual([]);
  });

  it('name their language as the file does, in the language itself, right to left only for Arabic', () => {
    const meta = v.parse(kioskTextsSchema, file).meta;
    expect(meta.language).toBe(language);
    expect(meta.name).toBe(ownNames[language]);
    expect(meta.direction).toBe(language === 'ar' ? 'rtl' : 'ltr');
  });
});

describe('the French source', () => {
  it('is left to right, names itself, and passes every guide check, the page companion’s words included', () => {
    const texts = v.parse(kioskTextsSchema, french);
    expect(texts.meta).toMatchObject({ language: 'fr', name: ownNames.fr, direction: 'ltr' });
    expect(kioskTextProblems(graph, texts)).toEqual([]);
  });
});
