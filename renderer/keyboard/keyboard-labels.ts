/**
 * What the function keys say: an accessible name, the word shown on the key, and an optional hint
 * (a few characters hinting at what the key opens, hidden from assistive technology). French is the
 * default; `translatedKeyboardLabels` builds the set of the visitor's language from the interface
 * words (`ui-keys-portal.ts`), so the keys speak the language the guide speaks.
 */
import type { portalUiKeys } from '../../common/guide/ui-keys-portal.ts';
import type { FunctionKeyId } from './keyboard-types.ts';

/** The label of one function key. */
export interface FunctionKeyLabel {
  /** The accessible name; contains the caption, so what is seen is what is named (WCAG 2.5.3). */
  readonly name: string;
  /** The word shown on the key; none for keys that show only an icon (the arrows). */
  readonly caption?: string;
  /**
   * Symbols hinting at a panel's content (`& @ #` on the symbols key), hidden from assistive
   * technology. Symbols only: letters or words here would be visible text missing from the name.
   */
  readonly hint?: string;
}

/** Every label the keyboard shows, in one language. */
export interface KeyboardLabels {
  /** The language of these labels (BCP 47), set as `lang` on the keyboard. */
  readonly lang: string;
  /** The accessible name of the keyboard itself. */
  readonly keyboard: string;
  readonly keys: Readonly<Record<FunctionKeyId, FunctionKeyLabel>>;
}

/** The keyboard's labels in plain French. */
export const frenchKeyboardLabels: KeyboardLabels = {
  lang: 'fr',
  keyboard: 'Clavier',
  keys: {
    backspace: { name: 'Effacer', caption: 'Effacer' },
    enter: { name: 'Entrée', caption: 'Entrée' },
    tab: { name: 'Champ suivant', caption: 'Champ suivant' },
    left: { name: 'Curseur à gauche' },
    right: { name: 'Curseur à droite' },
    space: { name: 'Espace', caption: 'Espace' },
    shift: { name: 'Majuscule', caption: 'Majuscule' },
    caps: { name: 'Verrouillage des majuscules', caption: 'Verrouillage' },
    accents: { name: 'Accents', caption: 'Accents' },
    symbols: { name: 'Symboles', caption: 'Symboles', hint: '& @ #' },
    letters: { name: 'Lettres', caption: 'Lettres' },
    hide: { name: 'Masquer le clavier', caption: 'Masquer' },
  },
};

/** The interface words the keyboard's labels are made of. */
export type KeyboardWord = Extract<(typeof portalUiKeys)[number], 'keyboardName' | `key${string}`>;

/** Which interface words name each function key, and the caption when it is shorter than the name. */
const keyWords: Readonly<Record<FunctionKeyId, { readonly name: KeyboardWord; readonly caption?: KeyboardWord | null }>> = {
  backspace: { name: 'keyBackspace' },
  enter: { name: 'keyEnter' },
  tab: { name: 'keyNextField' },
  left: { name: 'keyLeft', caption: null },
  right: { name: 'keyRight', caption: null },
  space: { name: 'keySpace' },
  shift: { name: 'keyShift' },
  caps: { name: 'keyCapsName', caption: 'keyCaps' },
  accents: { name: 'keyAccents' },
  symbols: { name: 'keySymbols' },
  letters: { name: 'keyLetters' },
  hide: { name: 'keyHideName', caption: 'keyHide' },
};

/**
 * The keyboard's labels in a language, from its interface words: each key's name, and its caption
 * (the name itself, a shorter word of it, or none for the arrows, which show an icon only). The
 * symbols key keeps its `& @ #` hint in every language.
 */
export function translatedKeyboardLabels(word: (key: KeyboardWord) => string, lang: string): KeyboardLabels {
  const keys = {} as Record<FunctionKeyId, FunctionKeyLabel>;
  for (const [id, words] of Object.entries(keyWords) as [FunctionKeyId, (typeof keyWords)[FunctionKeyId]][]) {
    const name = word(words.name);
    const caption = words.caption === null ? undefined : word(words.caption ?? words.name);
    const hint = frenchKeyboardLabels.keys[id].hint;
    keys[id] = { name, ...(caption === undefined ? {} : { caption }), ...(hint === undefined ? {} : { hint }) };
  }
  return { lang, keyboard: word('keyboardName'), keys };
}
