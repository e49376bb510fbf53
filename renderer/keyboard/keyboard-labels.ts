/**
 * What the function keys say: an accessible name, the word shown on the key, and an optional hint
 * (a few characters hinting at what the key opens, hidden from assistive technology). French is the
 * default; a translated set can be passed to the keyboard when the interface language changes.
 */
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
    tab: { name: 'Champ suivant', caption: 'Suivant' },
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
