/**
 * How the bundled texts are written, beyond what the kiosk checks at start: French that a
 * placeholder cannot break, addresses without punctuation glued to them, the provisional
 * identifiants named as the letter or e-mail they come in.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GuideGraph, GuideTexts } from './guide-schema.ts';
import { supportedLanguages } from './languages.ts';
import { addressPlaceholderNames, namePlaceholderNames } from './placeholders.ts';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../resources/guide/${path}`, import.meta.url), 'utf8'));
const graph = read('guide.json') as GuideGraph;
const textsOf = (language: string): GuideTexts => read(`texts/${language}.json`) as GuideTexts;

/** Every text a parent reads in a language file, by its dotted path. */
function allTexts(texts: GuideTexts): [string, string][] {
  const found: [string, string][] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') found.push([path, value]);
    else if (typeof value === 'object' && value !== null) for (const [key, child] of Object.entries(value)) walk(child, path === '' ? key : `${path}.${key}`);
  };
  walk({ ui: texts.ui, routes: texts.routes, screens: texts.screens, recapItems: texts.recapItems }, '');
  return found;
}

const names = namePlaceholderNames.join('|');
/** An article, or a preposition with its article, right before a placeholder that holds a name. */
const articleBeforeName = new RegExp(`(?:^|[\\s(«’'])(?:le|la|les|de|du|des|au|aux|à la|l[’'])\\s*\\{(?:${names})\\}`, 'iu');

/** Punctuation that must not follow an address: it would read as part of it. */
const addresses = addressPlaceholderNames.join('|');
const punctuationAfterAddress = new RegExp(`\\{(?:${addresses})\\}\\s*[.,;:!?。，、；：！？،؛]`, 'u');

describe('French texts that no setting can break', () => {
  it('finds the faults the rule is for (so the check is not empty)', () => {
    for (const faulty of ['de {schoolName}', 'Écrivez au {secretariatName}', 'Le {secretariatName} peut', 'à la {referentName}', 'l’{schoolName}', 'aux {referentName}']) {
      expect(faulty).toMatch(articleBeforeName);
    }
    for (const fine of ['le secrétariat ({secretariatName})', 'écrivez à « {referentRecipient} »', 'appelez le {secretariatPhone}', 'du lycée ({schoolName})']) {
      expect(fine).not.toMatch(articleBeforeName);
    }
  });

  it('never put an article or a preposition with an article before a name from the school file', () => {
    const faults = allTexts(textsOf('fr')).filter(([, text]) => articleBeforeName.test(text));
    expect(faults).toEqual([]);
  });

  it('write « qu’EduConnect », never « que EduConnect »', () => {
    expect(allTexts(textsOf('fr')).filter(([, text]) => /\bque EduConnect\b/i.test(text))).toEqual([]);
  });
});

describe.each(supportedLanguages)('addresses in the %s texts', (language) => {
  it('are never followed by punctuation (a full stop would read as part of the address)', () => {
    const faults = allTexts(textsOf(language)).filter(([, text]) => punctuationAfterAddress.test(text));
    expect(faults).toEqual([]);
  });
});

describe('the provisional identifiants of the lycée', () => {
  const french = textsOf('fr');
  const aboutThem: readonly [string, string | undefined][] = [
    ['activation-choice: letter', french.screens['activation-choice']?.answers?.letter],
    ['activation-help: letter', french.screens['activation-help']?.steps?.letter],
    ['route-letter', french.screens['route-letter']?.body],
    ['route-letter: no-mail', french.screens['route-letter']?.answers?.['no-mail']],
    ['letter-missing', french.screens['letter-missing']?.title],
    ['trouble-step1: inbox', french.screens['trouble-step1']?.steps?.inbox],
    ['forgot-which: lost-letter', french.screens['forgot-which']?.answers?.['lost-letter']],
    ['recap: letter-at-secretariat', french.recapItems['letter-at-secretariat']],
    ['recap: check-inbox-spam', french.recapItems['check-inbox-spam']],
  ];

  it.each(aboutThem)('come by letter or by e-mail (%s)', (_where, text) => {
    expect(text).toMatch(/lettre/i);
    expect(text).toMatch(/e-mail/);
  });

  it('lost: « Qu’avez-vous oublié ? » leads in one tap to the secretariat, which hands them over on an ID document', () => {
    const lost = graph.screens.find((screen) => screen.id === 'forgot-which')?.answers?.find((answer) => answer.id === 'lost-letter');
    expect(lost?.next).toBe('letter-missing');
    const advice = french.screens['letter-missing']?.steps?.secretariat ?? '';
    expect(advice).toMatch(/secrétariat \(\{secretariatName\}\).*pièce d’identité/);
    const ways = graph.screens.find((screen) => screen.id === 'letter-missing')?.answers?.map((answer) => answer.next);
    expect(ways).toEqual(expect.arrayContaining(['route-sms', 'route-franceconnect']));
  });
});
