import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GuideGraph, GuideTexts } from '../guide/guide-schema.ts';
import { languageTextsFrom } from '../guide/language-fallback.ts';
import { supportedLanguages, type SupportedLanguage } from '../guide/languages.ts';
import { reviewLanguages } from './language-review.ts';

const read = (file: string) => readFileSync(new URL(`../../resources/guide/${file}`, import.meta.url), 'utf8');
const graph = JSON.parse(read('guide.json')) as GuideGraph;
const french = JSON.parse(read('texts/fr.json')) as GuideTexts;

describe('reviewLanguages', () => {
  it('reads meta.reviewedByNativeSpeaker from every language file', async () => {
    const reviews = await reviewLanguages(async (language) => languageTextsFrom(read(`texts/${language}.json`), language, graph, french));
    expect(reviews.map((r) => r.language)).toEqual([...supportedLanguages]);
    for (const review of reviews) {
      const meta = (JSON.parse(read(`texts/${review.language}.json`)) as GuideTexts).meta;
      expect(review.reviewed).toBe(review.language === 'fr' || meta.reviewedByNativeSpeaker);
      expect(review.name).toBe(meta.name);
    }
    expect(reviews.find((r) => r.language === 'fr')).toMatchObject({ reviewed: true, gaps: 0 });
  });

  it('counts a missing or broken file as not reviewed, with its gap', async () => {
    const reviews = await reviewLanguages(async (language: SupportedLanguage) => {
      if (language === 'ar') throw new Error('unreadable');
      if (language === 'en') return languageTextsFrom(JSON.stringify({ ...JSON.parse(read('texts/en.json')), meta: { language: 'en', name: 'English', direction: 'ltr', reviewedByNativeSpeaker: true } }), language, graph, french);
      return languageTextsFrom(undefined, language, graph, french);
    });
    expect(reviews.find((r) => r.language === 'ar')).toMatchObject({ reviewed: false, gaps: 1 });
    expect(reviews.find((r) => r.language === 'en')).toMatchObject({ reviewed: true, gaps: 0 });
    expect(reviews.find((r) => r.language === 'tr')).toMatchObject({ reviewed: false, gaps: 1 });
  });
});
