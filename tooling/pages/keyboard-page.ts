import type { Locator, Page } from '@playwright/test';
import type { GuideTexts } from '../../common/guide/guide-schema.ts';

/** The function keys' accessible names (French labels). */
export const keyNames = {
  shift: 'Majuscule',
  capsLock: 'Verrouillage des majuscules',
  accents: 'Accents',
  symbols: 'Symboles',
  letters: 'Lettres',
  space: 'Espace',
  backspace: 'Effacer',
  enter: 'Entrée',
  nextField: 'Champ suivant',
  left: 'Curseur à gauche',
  right: 'Curseur à droite',
  hide: 'Masquer le clavier',
} as const;

/** The keyboard's names in one language: the keyboard's own and its function keys'. */
export interface KeyboardNames {
  readonly keyboard: string;
  readonly keys: Readonly<Record<keyof typeof keyNames, string>>;
}

/** The French names. */
export const frenchKeyboardNames: KeyboardNames = { keyboard: 'Clavier', keys: keyNames };

/** The names in a language, from its interface words. */
export function keyboardNamesOf(texts: GuideTexts): KeyboardNames {
  const ui = texts.ui;
  const word = (key: string): string => ui[key] ?? `missing ${key}`;
  return {
    keyboard: word('keyboardName'),
    keys: {
      shift: word('keyShift'),
      capsLock: word('keyCapsName'),
      accents: word('keyAccents'),
      symbols: word('keySymbols'),
      letters: word('keyLetters'),
      space: word('keySpace'),
      backspace: word('keyBackspace'),
      enter: word('keyEnter'),
      nextField: word('keyNextField'),
      left: word('keyLeft'),
      right: word('keyRight'),
      hide: word('keyHideName'),
    },
  };
}

/**
 * The on-screen keyboard, used the way a parent does: by tapping keys found by their accessible
 * names. `type()` taps Shift for capitals and switches panels for symbols and rarer accents.
 */
export class KeyboardPage {
  readonly root: Locator;
  readonly shift: Locator;
  readonly capsLock: Locator;
  readonly accents: Locator;
  readonly symbols: Locator;
  readonly letters: Locator;
  readonly space: Locator;
  readonly backspace: Locator;
  readonly enter: Locator;
  readonly nextField: Locator;
  readonly hide: Locator;

  constructor(
    readonly page: Page,
    names: KeyboardNames = frenchKeyboardNames,
  ) {
    this.root = page.getByRole('group', { name: names.keyboard, exact: true });
    this.shift = this.key(names.keys.shift);
    this.capsLock = this.key(names.keys.capsLock);
    this.accents = this.key(names.keys.accents);
    this.symbols = this.key(names.keys.symbols);
    this.letters = this.key(names.keys.letters);
    this.space = this.key(names.keys.space);
    this.backspace = this.key(names.keys.backspace);
    this.enter = this.key(names.keys.enter);
    this.nextField = this.key(names.keys.nextField);
    this.hide = this.key(names.keys.hide);
  }

  /** The key with exactly this accessible name: a character (`é`, `@gmail.com`) or a function key (`Effacer`). */
  key(name: string): Locator {
    return this.root.getByRole('button', { name, exact: true });
  }

  /** All keys on show. */
  keys(): Locator {
    return this.root.getByRole('button');
  }

  /** Taps the key with this accessible name. */
  async tap(name: string): Promise<void> {
    await this.key(name).tap();
  }

  /** Types text one character at a time, by touch, switching Shift and panels as a parent would. */
  async type(text: string): Promise<void> {
    for (const character of text) await this.#typeCharacter(character);
  }

  async #typeCharacter(character: string): Promise<void> {
    await this.root.waitFor();
    if (character === ' ') {
      await this.space.tap();
      return;
    }
    if (await this.#typeOnShownPanel(character)) return;
    if (await this.#shown(this.letters)) {
      await this.letters.tap();
      if (await this.#typeOnShownPanel(character)) return;
    }
    if (await this.#shown(this.accents)) {
      await this.accents.tap();
      if (await this.#typeOnShownPanel(character)) return;
      await this.accents.tap();
    }
    if (await this.#shown(this.symbols)) {
      await this.symbols.tap();
      if (await this.#typeOnShownPanel(character)) return;
      await this.letters.tap();
    }
    throw new Error(`No key of the on-screen keyboard types "${character}"`);
  }

  /** Types the character from the panel on show (with Shift or caps lock as needed); false if it is not there. */
  async #typeOnShownPanel(character: string): Promise<boolean> {
    if (await this.#shown(this.key(character))) {
      await this.tap(character);
      return true;
    }
    const lower = character.toLocaleLowerCase('fr');
    const upper = character.toLocaleUpperCase('fr');
    if (character !== lower && (await this.#shown(this.key(lower)))) {
      await this.shift.tap();
      await this.tap(character);
      return true;
    }
    if (character !== upper && (await this.#shown(this.key(upper)))) {
      const locked = (await this.capsLock.getAttribute('aria-pressed')) === 'true';
      await (locked ? this.capsLock : this.shift).tap();
      await this.tap(character);
      return true;
    }
    return false;
  }

  async #shown(locator: Locator): Promise<boolean> {
    return (await locator.count()) > 0;
  }
}
