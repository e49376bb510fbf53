import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { narrowNoBreakSpace, withFrenchLabelTypography, withFrenchTypography, withFrenchTypographyEverywhere } from './french-typography.ts';
import { collectInvitations } from './invitations.ts';
import { languageTextsFrom } from './language-fallback.ts';
import { chooseGuide } from './load-guide.ts';

const n = narrowNoBreakSpace;
const read = (path: string): string => readFileSync(new URL(`../../resources/guide/${path}`, import.meta.url), 'utf8');
const graphText = read('guide.json');
const frenchText = read('texts/fr.json');

/** An ordinary space or a no-break space where French wants a narrow no-break space. */
const wideSpace = /«[ \u00A0]|[ \u00A0][»;!?:]/u;

/** Every string of a parsed texts file, with its dotted path. */
function stringsOf(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => stringsOf(child, path === '' ? key : `${path}.${key}`));
}

/** The French texts file as a référent might write it: ordinary spaces everywhere. */
const frenchWithOrdinarySpaces = frenchText.replaceAll(narrowNoBreakSpace, ' ');

describe('withFrenchTypography', () => {
  it.each([
    ['touchez « Se connecter » puis', `touchez «${n}Se connecter${n}» puis`],
    ['touchez «\u00A0Se connecter\u00A0» puis', `touchez «${n}Se connecter${n}» puis`],
    ['Lieu : bâtiment A ; horaires ? Oui !', `Lieu${n}: bâtiment A${n}; horaires${n}? Oui${n}!`],
    ['Lieu   : deux espaces', `Lieu${n}: deux espaces`],
    ['« Valider » : puis', `«${n}Valider${n}»${n}: puis`],
  ])('spaces « %s » the French way', (text, expected) => {
    expect(withFrenchTypography(text)).toBe(expected);
  });

  it('keeps the breakable space that opens an optional part, and spaces the colon inside it', () => {
    const text = 'Venez avec la vôtre.[[ Lieu : {secretariatPlace}.]][[ Téléphone : {secretariatPhone}]]';
    expect(withFrenchTypography(text)).toBe(`Venez avec la vôtre.[[ Lieu${n}: {secretariatPlace}.]][[ Téléphone${n}: {secretariatPhone}]]`);
    expect(withFrenchTypography('Fin.[[ : {secretariatPlace}]]')).toBe('Fin.[[ : {secretariatPlace}]]');
  });

  it('leaves addresses, e-mail addresses and placeholders as they are', () => {
    for (const text of ['https://educonnect.education.gouv.fr/?a=1&b=2#x:y', 'mailto:secretariat@lycee.fr?subject=Aide', '{secretariatEmail}', '{entAddress}', '«Bonjour»']) {
      expect(withFrenchTypography(text)).toBe(text);
    }
    expect(withFrenchTypography('Écrivez à {secretariatEmail} : réponse sous 48 h. Appelez le {secretariatPhone} ?')).toBe(
      `Écrivez à {secretariatEmail}${n}: réponse sous 48 h. Appelez le {secretariatPhone}${n}?`,
    );
  });

  it('gives the same text when applied twice', () => {
    for (const [, text] of stringsOf(JSON.parse(frenchWithOrdinarySpaces))) {
      const once = withFrenchTypography(text);
      expect(withFrenchTypography(once)).toBe(once);
    }
  });

  it('spaces every string of a table and keeps its keys', () => {
    expect(withFrenchTypographyEverywhere({ 'a : b': 'Nom :', list: ['« x »'], count: 2 })).toEqual({ 'a : b': `Nom${n}:`, list: [`«${n}x${n}»`], count: 2 });
  });
});

describe('the French texts', () => {
  it('are written with French spacing in resources/guide/texts/fr.json', () => {
    expect(stringsOf(JSON.parse(frenchText)).filter(([, text]) => wideSpace.test(text))).toEqual([]);
  });

  it('get French spacing when loaded, even from a file written with ordinary spaces', () => {
    expect(stringsOf(JSON.parse(frenchWithOrdinarySpaces)).some(([, text]) => wideSpace.test(text))).toBe(true);
    const edited = chooseGuide({ kind: 'read', graph: graphText, texts: frenchWithOrdinarySpaces }, { graph: JSON.parse(graphText), texts: JSON.parse(frenchText) });
    expect(edited.source).toBe('resources');
    expect(stringsOf(edited.texts).filter(([, text]) => wideSpace.test(text))).toEqual([]);
    // The file in the repository is that same text, spaced: loading changes nothing else.
    expect(edited.texts).toEqual(JSON.parse(frenchText));
  });

  it('get French spacing in the bundled copy too', () => {
    const bundled = chooseGuide({ kind: 'unreadable' }, { graph: JSON.parse(graphText), texts: JSON.parse(frenchWithOrdinarySpaces) });
    expect(stringsOf(bundled.texts).filter(([, text]) => wideSpace.test(text))).toEqual([]);
  });

  it('space the French invitation of the attract screen, and no other language’s', async () => {
    const invitations = await collectInvitations((language) =>
      Promise.resolve(JSON.stringify({ ui: { attractStart: language === 'fr' || language === 'en' ? 'Touchez ici : « Commencer »' : 'x' } })),
    );
    expect(invitations.fr).toBe(`Touchez ici${n}: «${n}Commencer${n}»`);
    expect(invitations.en).toBe('Touchez ici : « Commencer »');
  });
});

describe('the French labels a translation quotes', () => {
  it('are spaced inside « », and the translation’s own punctuation is left alone', () => {
    expect(withFrenchLabelTypography('Note: choose « Je n’ai pas de compte ? » (no account)!')).toBe(`Note: choose «${n}Je n’ai pas de compte${n}?${n}» (no account)!`);
    expect(withFrenchLabelTypography(withFrenchLabelTypography('Tap « Suivant » ?'))).toBe(`Tap «${n}Suivant${n}» ?`);
  });

  it('are spaced when a translation is loaded, even from a file written with ordinary spaces', () => {
    const french = chooseGuide({ kind: 'unreadable' }, { graph: JSON.parse(graphText), texts: JSON.parse(frenchText) });
    const englishText = read('texts/en.json');
    const loaded = languageTextsFrom(englishText.replaceAll(narrowNoBreakSpace, ' '), 'en', french.graph, french.texts);
    const labels = stringsOf(loaded.texts).flatMap(([, text]) => text.match(/«[^»]*»/g) ?? []);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.filter((label) => wideSpace.test(label))).toEqual([]);
    // The file in the repository quotes the same labels, spaced.
    const fromFile = languageTextsFrom(englishText, 'en', french.graph, french.texts);
    expect(labels).toEqual(stringsOf(fromFile.texts).flatMap(([, text]) => text.match(/«[^»]*»/g) ?? []));
  });
});
