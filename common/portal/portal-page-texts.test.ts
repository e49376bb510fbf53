// The page companion's words in a language file: checked against the known pages, and completed
// from the French key by key when a translation lacks some (or the whole section).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GuideGraph } from '../guide/guide-schema.ts';
import { languageTextsFrom } from '../guide/language-fallback.ts';
import { validateGuide, type KioskTexts } from '../guide/validate-guide.ts';
import { portalPagesOf, portalPagesTextProblems } from './portal-page-texts.ts';
import { portalPageCatalog } from './portal-pages.ts';

const read = (path: string): string => readFileSync(new URL(`../../resources/guide/${path}`, import.meta.url), 'utf8');
const graph = JSON.parse(read('guide.json')) as GuideGraph;
const french = JSON.parse(read('texts/fr.json')) as KioskTexts;
const english = (): KioskTexts => JSON.parse(read('texts/en.json')) as KioskTexts;

describe('the page companion’s words', () => {
  it('are part of the French file the guide validates', () => {
    const result = validateGuide(graph, french);
    expect(result.ok ? [] : result.problems.filter((problem) => problem.message.includes('Aide des pages'))).toEqual([]);
    const withoutSection: Partial<KioskTexts> = { ...french };
    delete withoutSection.portalPages;
    expect(validateGuide(graph, withoutSection).ok).toBe(false);
  });

  it('name a missing page, field or mistake, an extra one and an unknown placeholder', () => {
    const texts = structuredClone(english().portalPages);
    delete texts.pages['sms-code'];
    delete texts.fields['birth-day'];
    texts.mistakes['not-a-mistake'] = 'x';
    texts.mistakes['no-sms'] = 'Demandez à {secretaryName}.';
    expect(portalPagesTextProblems(portalPageCatalog, texts, 'en')).toEqual([
      { message: 'Aide des pages (en) : texte manquant pour la page « sms-code ».' },
      { message: 'Aide des pages (en) : texte manquant pour le champ « birth-day ».' },
      { message: 'Aide des pages (en) : texte en trop pour l’erreur fréquente « not-a-mistake ».' },
      { message: 'Aide des pages (en) « mistakes.no-sms » : espace réservé inconnu « {secretaryName} ».' },
    ]);
  });

  it('check nothing against an empty catalog (one that failed its own checks), so the guide is not refused for it', () => {
    expect(portalPagesTextProblems({ version: 1, pages: [] }, english().portalPages, 'en')).toEqual([]);
  });

  it('fall back to French one key at a time in a translation, with each gap for staff', () => {
    const broken = english();
    delete broken.portalPages.fields['birth-day'];
    const result = languageTextsFrom(JSON.stringify(broken), 'en', graph, french);
    expect(result.texts.meta.language).toBe('en');
    expect(portalPagesOf(result.texts)?.fields['birth-day']).toBe(french.portalPages.fields['birth-day']);
    expect(portalPagesOf(result.texts)?.fields['birth-year']).toBe(english().portalPages.fields['birth-year']);
    expect(result.gaps).toEqual([{ message: 'Aide des pages (en) : texte manquant pour le champ « birth-day ».' }]);
  });

  it('make the whole file French when a page’s words are not whole (the file’s shape is wrong)', () => {
    const broken = english() as unknown as { portalPages: { pages: Record<string, unknown> } };
    broken.portalPages.pages['sms-code'] = { name: 'Code received by SMS' };
    expect(languageTextsFrom(JSON.stringify(broken), 'en', graph, french).texts.meta.language).toBe('fr');
  });

  it('come from French entirely when a translation has no such section, with one gap', () => {
    const withoutSection: Partial<KioskTexts> = english();
    delete withoutSection.portalPages;
    const result = languageTextsFrom(JSON.stringify(withoutSection), 'en', graph, french);
    expect(result.texts.meta.language).toBe('en');
    expect(portalPagesOf(result.texts)).toEqual(french.portalPages);
    expect(result.gaps).toEqual([{ message: 'Aide des pages (en) : section « portalPages » absente, le français est utilisé.' }]);
  });
});
