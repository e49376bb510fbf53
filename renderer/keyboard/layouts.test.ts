import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { supportedLanguages } from '../../common/guide/languages.ts';
import { fieldKinds, keyboardInputSchema, type FieldKind } from '../../common/portal/portal-types.ts';
import { frenchKeyboardLabels, translatedKeyboardLabels } from './keyboard-labels.ts';
import type { KeyDef, KeyboardModel, Layout, Panel, PanelId } from './keyboard-types.ts';
import {
  azertyLayout,
  dateLayout,
  digitsLayout,
  emailLayout,
  frequentAccents,
  layoutFor,
  mailDomains,
  otherAccents,
  phoneLayout,
} from './layouts.ts';
import { keyText, press, upperCase } from './press.ts';

const layouts: readonly Layout[] = [azertyLayout, emailLayout, digitsLayout, phoneLayout, dateLayout];

const panelsOf = (layout: Layout): [PanelId, Panel][] =>
  Object.entries(layout.panels).flatMap(([id, panel]) => (panel === undefined ? [] : [[id as PanelId, panel]]));

const everyPanel = layouts.flatMap((layout) => panelsOf(layout).map(([id, panel]) => ({ layout, id, panel })));

/** The accessible name a key gets on screen with Shift off. */
const nameOf = (key: KeyDef): string =>
  key.label !== undefined ? frenchKeyboardLabels.keys[key.label].name : (keyText(key, 'off') ?? '');

const namesOf = (panel: Panel): string[] => panel.flat().map(nameOf);

const charactersOf = (panel: Panel): string[] =>
  panel.flat().flatMap((key) => (key.action.type === 'letter' || key.action.type === 'text' ? [keyText(key, 'off') ?? ''] : []));

const rowText = (panel: Panel, row: number): string =>
  (panel[row] ?? []).flatMap((key) => (key.action.type === 'letter' ? [key.action.letter] : [])).join('');

const fieldFor = (layout: Layout): FieldKind => ({ azerty: 'text', email: 'email', digits: 'numeric', phone: 'tel', date: 'date' })[layout.id] as FieldKind;

describe('every key of every layout', () => {
  for (const { layout, id, panel } of everyPanel) {
    it(`${layout.id}/${id}: each key produces the right input`, () => {
      const model: KeyboardModel = { field: fieldFor(layout), panel: id, shift: 'off' };
      for (const key of panel.flat()) {
        const { input } = press(key, model);
        switch (key.action.type) {
          case 'letter':
            expect(input).toEqual({ kind: 'text', text: key.action.letter });
            expect(press(key, { ...model, shift: 'once' }).input).toEqual({ kind: 'text', text: upperCase(key.action.letter) });
            break;
          case 'text':
            expect(input).toEqual({ kind: 'text', text: key.action.text });
            break;
          case 'edit':
            expect(input).toEqual({ kind: 'key', key: key.action.key });
            break;
          default:
            expect(input).toBeUndefined();
        }
        if (input !== undefined) expect(v.is(keyboardInputSchema, input)).toBe(true);
      }
    });

    it(`${layout.id}/${id}: no key appears twice in a row, nor twice on the panel`, () => {
      for (const row of panel) {
        const names = row.map(nameOf);
        expect(new Set(names).size).toBe(names.length);
      }
      const names = namesOf(panel);
      expect(new Set(names).size).toBe(names.length);
    });

    it(`${layout.id}/${id}: has Effacer and a way to hide the keyboard`, () => {
      expect(namesOf(panel)).toEqual(expect.arrayContaining(['Effacer', 'Masquer le clavier']));
    });

    it(`${layout.id}/${id}: every panel key leads to a panel of the layout`, () => {
      for (const key of panel.flat()) {
        if (key.action.type === 'panel') expect(layout.panels[key.action.panel]).toBeDefined();
      }
    });
  }

  it('every letter has a single-character capital that differs from it', () => {
    for (const { panel } of everyPanel) {
      for (const key of panel.flat()) {
        if (key.action.type !== 'letter') continue;
        const capital = upperCase(key.action.letter);
        expect([...capital]).toHaveLength(1);
        expect(capital).not.toBe(key.action.letter);
      }
    }
  });

  it('every function key names what it shows: the caption is a whole word of the name, hints are symbols only', () => {
    for (const label of Object.values(frenchKeyboardLabels.keys)) {
      if (label.caption !== undefined) expect(label.name.toLowerCase().split(' ')).toEqual(expect.arrayContaining(label.caption.toLowerCase().split(' ')));
      if (label.hint !== undefined) expect(label.hint).not.toMatch(/[\p{L}\p{N}]/u);
    }
  });
});

describe('AZERTY (text and password fields)', () => {
  const lettersPanel = azertyLayout.panels.letters ?? [];
  const accentsPanel = azertyLayout.panels.accents ?? [];

  it('has the digit row and the three French AZERTY letter rows', () => {
    expect(charactersOf(lettersPanel).slice(0, 10).join('')).toBe('1234567890');
    expect(rowText(lettersPanel, 1)).toBe('azertyuiop');
    expect(rowText(lettersPanel, 2)).toBe('qsdfghjklm');
    expect(rowText(lettersPanel, 3)).toBe('wxcvbn');
  });

  it('has é è à ç ù on the letters panel, and â ê î ô û ë ï œ on the accents panel, letters still shown', () => {
    expect(rowText(lettersPanel, 4)).toBe(frequentAccents);
    expect(frequentAccents).toBe('éèàçù');
    expect(rowText(accentsPanel, 4)).toBe(otherAccents);
    expect([...otherAccents]).toEqual(expect.arrayContaining([...'âêîôûëïœ']));
    expect(rowText(accentsPanel, 1)).toBe('azertyuiop');
  });

  it('has apostrophe, hyphen, space, Shift, caps lock and every editing key', () => {
    expect(charactersOf(lettersPanel)).toEqual(expect.arrayContaining(["'", '-', ' ']));
    expect(namesOf(lettersPanel)).toEqual(
      expect.arrayContaining([
        'Majuscule',
        'Verrouillage des majuscules',
        'Accents',
        'Symboles',
        'Effacer',
        'Entrée',
        'Champ suivant',
        'Curseur à gauche',
        'Curseur à droite',
        'Espace',
      ]),
    );
  });

  it('offers every printable ASCII character, € and £ on the letters or symbols panels (for passwords)', () => {
    const offered = new Set([...charactersOf(lettersPanel), ...charactersOf(azertyLayout.panels.symbols ?? [])]);
    for (let code = 0x20; code < 0x7f; code += 1) {
      const character = String.fromCharCode(code);
      if (/[a-z]/.test(character)) expect(offered.has(character)).toBe(true);
      else if (!/[A-Z]/.test(character)) expect(offered.has(character), `missing ${character}`).toBe(true);
    }
    expect(offered.has('€')).toBe(true);
    expect(offered.has('£')).toBe(true);
  });
});

describe('e-mail', () => {
  const lettersPanel = emailLayout.panels.letters ?? [];

  it('has @ . - _ .fr .com and the nine common French mail domains as whole keys', () => {
    expect(charactersOf(lettersPanel)).toEqual(expect.arrayContaining(['@', '.', '-', '_', '.fr', '.com', ...mailDomains]));
    expect(mailDomains).toEqual([
      '@gmail.com',
      '@orange.fr',
      '@free.fr',
      '@sfr.fr',
      '@laposte.net',
      '@hotmail.fr',
      '@outlook.fr',
      '@yahoo.fr',
      '@wanadoo.fr',
    ]);
  });

  it('has every letter and digit, and no space or Shift (addresses are lower case)', () => {
    const characters = charactersOf(lettersPanel);
    expect(characters).toEqual(expect.arrayContaining([...'abcdefghijklmnopqrstuvwxyz0123456789']));
    expect(characters).not.toContain(' ');
    expect(namesOf(lettersPanel)).not.toContain('Majuscule');
  });
});

describe('digit pad', () => {
  it('has 0–9 and Effacer for phone numbers and codes, no letters and no slash', () => {
    const pad = digitsLayout.panels.pad ?? [];
    expect([...charactersOf(pad)].sort()).toEqual([...'0123456789']);
    expect(namesOf(pad)).toEqual(expect.arrayContaining(['Effacer', 'Entrée', 'Champ suivant']));
    expect(Object.keys(digitsLayout.panels)).toEqual(['pad']);
  });

  it('adds + and a space for phone numbers, so « +262 692 12 34 56 » can be typed', () => {
    const pad = phoneLayout.panels.pad ?? [];
    expect([...charactersOf(pad)].sort()).toEqual([...' +0123456789'].sort());
    expect(namesOf(pad)).toEqual(expect.arrayContaining(['Effacer', 'Espace', 'Entrée', 'Champ suivant', 'Masquer le clavier']));
    const typed = [...'+262 692 12 34 56'].map((character) => {
      const key = pad.flat().find((candidate) => keyText(candidate, 'off') === character);
      if (key === undefined) throw new Error(`no key for ${character}`);
      return press(key, { field: 'tel', panel: 'pad', shift: 'off' }).input;
    });
    expect(typed.map((input) => (input?.kind === 'text' ? input.text : '')).join('')).toBe('+262 692 12 34 56');
  });

  it('adds / for dates', () => {
    expect([...charactersOf(dateLayout.panels.pad ?? [])].sort()).toEqual([...'/0123456789']);
  });
});

describe('layoutFor', () => {
  it('gives AZERTY to text and password, the e-mail keys to email, the phone pad to tel, the digit pad to numeric and date', () => {
    const ids = Object.fromEntries(fieldKinds.map((field) => [field, layoutFor(field).id]));
    expect(ids).toEqual({ text: 'azerty', password: 'azerty', email: 'email', tel: 'phone', numeric: 'digits', date: 'date' });
  });

  it('has a home panel in every layout', () => {
    for (const layout of layouts) expect(layout.panels[layout.home]).toBeDefined();
  });
});

describe('the function keys in every language', () => {
  const texts = (language: string): Record<string, string> =>
    (JSON.parse(readFileSync(new URL(`../../resources/guide/texts/${language}.json`, import.meta.url), 'utf8')) as { ui: Record<string, string> }).ui;

  it('are the French default in French', () => {
    const ui = texts('fr');
    expect(translatedKeyboardLabels((key) => ui[key] ?? key, 'fr')).toEqual(frenchKeyboardLabels);
  });

  it.each(supportedLanguages)('%s: every key is named, its caption is part of its name, and « Champ suivant » is not the portal’s « Suivant »', (language) => {
    const ui = texts(language);
    const labels = translatedKeyboardLabels((key) => ui[key] ?? `missing ${key}`, language);
    expect(labels.lang).toBe(language);
    for (const label of [labels.keyboard, ...Object.values(labels.keys).map((key) => key.name)]) expect(label).not.toMatch(/^missing /);
    for (const label of Object.values(labels.keys)) {
      if (label.caption !== undefined) expect(label.name.toLocaleLowerCase(language)).toContain(label.caption.toLocaleLowerCase(language));
    }
    expect(labels.keys.tab.name).not.toBe('Suivant');
    expect(labels.keys.left.caption).toBeUndefined();
  });
});
