import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectInvitations, invitationOf } from './invitations.ts';
import { supportedLanguages } from './languages.ts';

const fileOf = (language: string): string => readFileSync(new URL(`../../resources/guide/texts/${language}.json`, import.meta.url), 'utf8');

describe('attract screen invitations', () => {
  it('takes each language’s "attractStart"', async () => {
    const invitations = await collectInvitations(async (language) => fileOf(language));
    expect(Object.keys(invitations)).toEqual([...supportedLanguages]);
    expect(invitations.fr).toBe('Touchez l’écran pour commencer');
  });

  it('leaves out a missing or broken file instead of failing', async () => {
    const invitations = await collectInvitations(async (language) => (language === 'ar' ? '{' : language === 'ru' ? undefined : fileOf(language)));
    expect(invitations.ar).toBeUndefined();
    expect(invitations.ru).toBeUndefined();
    expect(invitations.en).toBeDefined();
    expect(invitationOf('{"ui":{"attractStart":"  "}}')).toBeUndefined();
  });
});
