import { describe, expect, it } from 'vitest';
import { placeholderValues } from '../../common/guide/placeholders.ts';
import { bundledConfig, frenchTexts as texts } from '../../common/slip/test-support/guide-fixtures.ts';
import { Translator } from './translator.ts';

const values = placeholderValues(bundledConfig);

describe('Translator.fill', () => {
  it('fills the school values, keeping each value apart', () => {
    const translator = new Translator(texts, values);
    expect(translator.fill('Écrivez à {secretariatEmail}.')).toEqual([
      { kind: 'text', text: 'Écrivez à ' },
      { kind: 'value', text: bundledConfig.contacts.secretariat.email, dir: 'ltr' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('gives the same parts again for the same text', () => {
    const translator = new Translator(texts, values);
    const first = translator.fill('Bienvenue au {schoolName}');
    expect(translator.fill('Bienvenue au {schoolName}')).toBe(first);
  });

  it('fills extra values each time, without keeping them', () => {
    const translator = new Translator(texts, values);
    const plain = (parts: readonly { text: string }[]): string => parts.map((part) => part.text).join('');
    const progress = (step: string): string => plain(translator.ui('routeProgress', { route: 'SMS', step, total: '3' }));
    expect(progress('1')).toBe('SMS — étape 1 sur 3');
    expect(progress('2')).toBe('SMS — étape 2 sur 3');
    expect(plain(translator.fill('{route}'))).toBe('{route}');
  });
});
