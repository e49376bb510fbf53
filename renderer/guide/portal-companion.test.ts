// What the page companion shows for a known page, in a language, and which steps it falls back to.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GuideGraph } from '../../common/guide/guide-schema.ts';
import { GuideIndex } from '../../common/guide/visitor-path.ts';
import { portalPagesOf } from '../../common/portal/portal-page-texts.ts';
import { portalPageCatalog } from '../../common/portal/portal-pages.ts';
import { companionPage, stepsScreenFor } from './portal-companion.ts';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../resources/guide/${path}`, import.meta.url), 'utf8'));
const index = new GuideIndex(read('guide.json') as GuideGraph);
const english = portalPagesOf(read('texts/en.json') as object);

describe('companionPage', () => {
  it('explains a known page: its name and task in the language, each field’s French label with its explanation, the buttons, the mistakes', () => {
    const view = companionPage(portalPageCatalog, 'activation-identity', english);
    expect(view?.name).toBe(english?.pages['activation-identity']?.name);
    expect(view?.fields.map((field) => field.label)).toEqual(['Nom', 'Prénom', 'N° de téléphone portable']);
    expect(view?.fields[2]?.explanation).toBe(english?.fields['mobile-school']);
    expect(view?.next).toEqual(['Suivant']);
    expect(view?.mistakes).toContain(english?.mistakes['overseas-code']);
  });

  it('explains nothing for an unknown page, or for a page whose words are missing', () => {
    expect(companionPage(portalPageCatalog, null, english)).toBeUndefined();
    expect(companionPage(portalPageCatalog, 'not-a-page', english)).toBeUndefined();
    expect(companionPage(portalPageCatalog, 'login', undefined)).toBeUndefined();
  });
});

describe('stepsScreenFor', () => {
  it('gives the steps the visitor read before the portal, or the route’s steps screen', () => {
    expect(stepsScreenFor(index, ['who', 'has-account', 'activation-choice', 'route-sms', 'portal-sms'], 'portal-sms')?.id).toBe('route-sms');
    expect(stepsScreenFor(index, ['who'], 'portal-forgot-password')?.id).toBe('forgot-password');
  });
});
