/**
 * The keyboard layouts, as data: French AZERTY with accents and symbols, an e-mail keyboard with
 * the common French mail domains as whole keys, a large digit pad (with `/` for dates), and the
 * phone pad: digits, `+` and a space, so `+262 692 12 34 56` can be typed as the portal asks.
 */
import type { FieldKind } from '../../common/portal/portal-types.ts';
import type { FunctionKeyId, KeyAction, KeyDef, KeyRow, KeySize, Layout, Panel } from './keyboard-types.ts';

/** The accents on the letters panel. */
export const frequentAccents = 'éèàçù';

/** The accents one tap away (the `Accents` key), on the accents panel. */
export const otherAccents = 'âêîôûëïüœæ';

/** The e-mail endings offered as whole keys. */
export const mailEndings = ['.fr', '.com'] as const;

/** The common French mail domains offered as whole keys. */
export const mailDomains = [
  '@gmail.com',
  '@orange.fr',
  '@free.fr',
  '@sfr.fr',
  '@laposte.net',
  '@hotmail.fr',
  '@outlook.fr',
  '@yahoo.fr',
  '@wanadoo.fr',
] as const;

const letterKeys = (letters: string): KeyDef[] => [...letters].map((letter) => ({ action: { type: 'letter', letter } }));
const textKeys = (texts: Iterable<string>): KeyDef[] => [...texts].map((text) => ({ action: { type: 'text', text } }));

function functionKey(label: FunctionKeyId, action: KeyAction, size?: KeySize): KeyDef {
  return size === undefined ? { label, action } : { label, action, size };
}

const backspace = functionKey('backspace', { type: 'edit', key: 'Backspace' }, 'one-half');
const enter = functionKey('enter', { type: 'edit', key: 'Enter' }, 'one-half');
const tab = functionKey('tab', { type: 'edit', key: 'Tab' }, 'one-half');
const left = functionKey('left', { type: 'edit', key: 'ArrowLeft' });
const right = functionKey('right', { type: 'edit', key: 'ArrowRight' });
const space = functionKey('space', { type: 'text', text: ' ' }, 'fill');
const shift = functionKey('shift', { type: 'shift' }, 'two');
const caps = functionKey('caps', { type: 'caps' }, 'two');
const accents = functionKey('accents', { type: 'panel', panel: 'accents' }, 'one-half');
const symbols = functionKey('symbols', { type: 'panel', panel: 'symbols' }, 'two');
const letters = functionKey('letters', { type: 'panel', panel: 'letters' }, 'two');
const hide = functionKey('hide', { type: 'hide' }, 'two');

const digitRow: KeyRow = [...textKeys('1234567890'), backspace];
const azertyTop: KeyRow = [...letterKeys('azertyuiop'), enter];
const azertyMiddle: KeyRow = [...letterKeys('qsdfghjklm'), tab];

const symbolRows: readonly KeyRow[] = [
  digitRow,
  [...textKeys('@#&%*+=/\\|'), enter],
  [...textKeys('!?.,;:_"\'`'), tab],
  textKeys('()[]{}<>-~'),
  textKeys('€£$^§'),
];

const azertyLetters = (accentRow: KeyRow): Panel => [
  digitRow,
  azertyTop,
  azertyMiddle,
  [shift, ...letterKeys('wxcvbn'), ...textKeys("'-.")],
  accentRow,
  [symbols, caps, space, left, right, hide],
];

/** Names, passwords and free text: AZERTY with a digit row, accents one row away, symbols a tap away. */
export const azertyLayout: Layout = {
  id: 'azerty',
  style: 'keys',
  home: 'letters',
  panels: {
    letters: azertyLetters([accents, ...letterKeys(frequentAccents)]),
    accents: azertyLetters([accents, ...letterKeys(otherAccents)]),
    symbols: [...symbolRows, [letters, space, left, right, hide]],
  },
};

/** E-mail addresses: no Shift and no space; `@ . - _`, `.fr`, `.com` and whole mail domains. */
export const emailLayout: Layout = {
  id: 'email',
  style: 'keys',
  home: 'letters',
  panels: {
    letters: [
      digitRow,
      azertyTop,
      azertyMiddle,
      [...letterKeys('wxcvbn'), ...textKeys('@.-_')],
      textKeys([...mailEndings, ...mailDomains]),
      [symbols, left, right, hide],
    ],
    symbols: [...symbolRows, [letters, left, right, hide]],
  },
};

const padTop: readonly KeyRow[] = [textKeys('123'), textKeys('456'), textKeys('789')];
const padBottom: KeyRow = [left, right, tab, enter, hide];
const padBackspace: KeyDef = { ...backspace, size: 'one' };

/** SMS codes, birth-date parts and other numbers: a large digit pad. */
export const digitsLayout: Layout = {
  id: 'digits',
  style: 'pad',
  home: 'pad',
  panels: { pad: [...padTop, [{ action: { type: 'text', text: '0' }, size: 'two' }, padBackspace], padBottom] },
};

/**
 * Phone numbers: the digit pad with `+` (a number outside metropolitan France is written with its
 * regional code, `+262…`) and a space (the portal accepts `06 12 34 56 78`).
 */
export const phoneLayout: Layout = {
  id: 'phone',
  style: 'pad',
  home: 'pad',
  panels: { pad: [...padTop, [...textKeys('+0'), padBackspace], [{ ...space, size: 'fill' }], padBottom] },
};

/** Dates (jj/mm/aaaa): the digit pad with `/`. */
export const dateLayout: Layout = {
  id: 'date',
  style: 'pad',
  home: 'pad',
  panels: { pad: [...padTop, [...textKeys('/0'), padBackspace], padBottom] },
};

/** The layout shown for a kind of field. */
export function layoutFor(field: FieldKind): Layout {
  switch (field) {
    case 'text':
    case 'password':
      return azertyLayout;
    case 'email':
      return emailLayout;
    case 'tel':
      return phoneLayout;
    case 'numeric':
      return digitsLayout;
    case 'date':
      return dateLayout;
  }
}
