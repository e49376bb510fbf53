import { describe, expect, it } from 'vitest';
import { validateSchoolConfig } from '../config/school-config.ts';
import { bundledConfig } from '../slip/test-support/guide-fixtures.ts';
import { fillPlain, fillText, placeholderValues, textSegments } from './placeholders.ts';

/** The bundled configuration with the secretariat's optional contact lines filled in. */
function withContacts(contacts: Record<string, string>) {
  const result = validateSchoolConfig({
    ...bundledConfig,
    contacts: { ...bundledConfig.contacts, secretariat: { ...bundledConfig.contacts.secretariat, ...contacts } },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return placeholderValues(result.config);
}

describe('the placeholder values', () => {
  it('leave the optional contact lines empty when the school file leaves them empty', () => {
    const values = placeholderValues(bundledConfig);
    expect([values.secretariatPhone, values.secretariatPlace, values.secretariatHours]).toEqual(['', '', '']);
  });

  it('carry the contact lines a school sets, and the assistance address as people read it', () => {
    const values = withContacts({ phone: '04 78 52 15 21', place: 'Bâtiment A, rez-de-chaussée', hours: 'du lundi au vendredi, de 8 h à 12 h' });
    expect(values).toMatchObject({
      secretariatPhone: '04 78 52 15 21',
      secretariatPlace: 'Bâtiment A, rez-de-chaussée',
      secretariatHours: 'du lundi au vendredi, de 8 h à 12 h',
      assistanceAddress: 'assistanceteleservices.education.gouv.fr',
    });
  });
});

describe('optional parts of a text', () => {
  const text = 'Venez au secrétariat.[[ Lieu : {secretariatPlace}.]][[ Téléphone : {secretariatPhone}]]';

  it('are cut apart from the plain stretches', () => {
    expect(textSegments(text)).toEqual([
      { optional: false, text: 'Venez au secrétariat.' },
      { optional: true, text: ' Lieu : {secretariatPlace}.' },
      { optional: true, text: ' Téléphone : {secretariatPhone}' },
    ]);
  });

  it('are left out when their setting is empty: never a sentence with a hole', () => {
    expect(fillPlain(text, placeholderValues(bundledConfig))).toBe('Venez au secrétariat.');
  });

  it('are shown, each on its own, when their setting is set', () => {
    expect(fillPlain(text, withContacts({ place: 'Bâtiment A' }))).toBe('Venez au secrétariat. Lieu : Bâtiment A.');
    expect(fillPlain(text, withContacts({ place: 'Bâtiment A', phone: '04 78 52 15 21' }))).toBe(
      'Venez au secrétariat. Lieu : Bâtiment A. Téléphone : 04 78 52 15 21',
    );
  });

  it('keep unpaired brackets as written, so the gap is seen', () => {
    expect(fillPlain('Texte [[ sans fin {secretariatPlace}', { secretariatPlace: '' })).toBe('Texte [[ sans fin ');
  });
});

describe('the direction of filled values', () => {
  const values = { ...placeholderValues(bundledConfig), route: 'التفعيل عبر FranceConnect' };

  it('keeps addresses, e-mails and numbers to dial left to right, and lets words take their own direction', () => {
    const parts = fillText('{route} : {secretariatName}, {secretariatEmail}, {entAddress}, {schoolName}', values);
    expect(parts.filter((part) => part.kind === 'value').map((part) => [part.text, part.dir])).toEqual([
      ['التفعيل عبر FranceConnect', 'auto'],
      ['Secrétariat second cycle', 'auto'],
      ['secretariat-2c.0690026d@ac-lyon.fr', 'ltr'],
      ['ent.auvergnerhonealpes.fr', 'ltr'],
      ['Lycée du Parc', 'auto'],
    ]);
    expect(fillText('{secretariatPhone}', withContacts({ phone: '+262 262 12 34 56' }))).toEqual([
      { kind: 'value', text: '+262 262 12 34 56', dir: 'ltr' },
    ]);
  });
});
