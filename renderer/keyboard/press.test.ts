import { describe, expect, it } from 'vitest';
import type { KeyboardInput } from '../../common/portal/portal-types.ts';
import type { KeyboardModel, KeyDef } from './keyboard-types.ts';
import { initialModel, keyPressed, keyText, press, visibleRows } from './press.ts';

/** The key on show whose label or text is `name` (Shift off). */
function key(model: KeyboardModel, name: string): KeyDef {
  const found = visibleRows(model)
    .flat()
    .find((candidate) => candidate.label === name || keyText(candidate, 'off') === name);
  if (found === undefined) throw new Error(`no key ${name} on ${model.field}/${model.panel}`);
  return found;
}

/** Presses the named keys in turn; returns the inputs sent and the final state. */
function pressAll(model: KeyboardModel, names: readonly string[]): { inputs: KeyboardInput[]; model: KeyboardModel } {
  const inputs: KeyboardInput[] = [];
  let current = model;
  for (const name of names) {
    const result = press(key(current, name), current);
    if (result.input !== undefined) inputs.push(result.input);
    current = result.next;
  }
  return { inputs, model: current };
}

const texts = (inputs: readonly KeyboardInput[]): string => inputs.map((input) => (input.kind === 'text' ? input.text : `<${input.key}>`)).join('');

describe('initialModel', () => {
  it('starts on the home panel with Shift off', () => {
    expect(initialModel('text')).toEqual({ field: 'text', panel: 'letters', shift: 'off' });
    expect(initialModel('email')).toEqual({ field: 'email', panel: 'letters', shift: 'off' });
    expect(initialModel('tel')).toEqual({ field: 'tel', panel: 'pad', shift: 'off' });
    expect(initialModel('date')).toEqual({ field: 'date', panel: 'pad', shift: 'off' });
  });
});

describe('Shift and caps lock', () => {
  it('types lower case by default', () => {
    expect(texts(pressAll(initialModel('text'), ['j', 'e', 'a', 'n']).inputs)).toBe('jean');
  });

  it('one-shot Shift capitalises the next letter only', () => {
    const { inputs, model } = pressAll(initialModel('text'), ['shift', 'j', 'e']);
    expect(texts(inputs)).toBe('Je');
    expect(model.shift).toBe('off');
  });

  it('Shift pressed twice is off again', () => {
    expect(pressAll(initialModel('text'), ['shift', 'shift']).model.shift).toBe('off');
  });

  it('capitalises accented letters (É, Ç, Œ)', () => {
    const { inputs } = pressAll(initialModel('text'), ['shift', 'é', 'shift', 'ç', 'accents', 'shift', 'œ']);
    expect(texts(inputs)).toBe('ÉÇŒ');
  });

  it('a non-letter character also uses up the one-shot Shift', () => {
    const { inputs, model } = pressAll(initialModel('text'), ['shift', '-', 'a']);
    expect(texts(inputs)).toBe('-a');
    expect(model.shift).toBe('off');
  });

  it('editing keys leave Shift as it was', () => {
    const { inputs, model } = pressAll(initialModel('text'), ['shift', 'backspace', 'left', 'a']);
    expect(texts(inputs)).toBe('<Backspace><ArrowLeft>A');
    expect(model.shift).toBe('off');
  });

  it('caps lock capitalises every letter until pressed again; digits are unchanged', () => {
    const locked = pressAll(initialModel('text'), ['caps', 'd', 'u', '1', 'p']);
    expect(texts(locked.inputs)).toBe('DU1P');
    expect(locked.model.shift).toBe('locked');
    const unlocked = pressAll(locked.model, ['caps', 'o']);
    expect(texts(unlocked.inputs)).toBe('o');
    expect(unlocked.model.shift).toBe('off');
  });

  it('Shift while caps lock is on turns caps lock off', () => {
    const { inputs, model } = pressAll(initialModel('text'), ['caps', 'shift', 'a']);
    expect(texts(inputs)).toBe('a');
    expect(model.shift).toBe('off');
  });

  it('caps lock replaces a pending one-shot Shift', () => {
    const { inputs, model } = pressAll(initialModel('text'), ['shift', 'caps', 'a', 'b']);
    expect(texts(inputs)).toBe('AB');
    expect(model.shift).toBe('locked');
  });
});

describe('keyPressed', () => {
  it('shows Shift, caps lock and Accents as toggles, and nothing for other keys', () => {
    const start = initialModel('text');
    const pressedOf = (model: KeyboardModel): Record<string, boolean | undefined> =>
      Object.fromEntries(['shift', 'caps', 'accents', 'symbols', 'a'].map((name) => [name, keyPressed(key(model, name), model)]));
    expect(pressedOf(start)).toEqual({ shift: false, caps: false, accents: false, symbols: undefined, a: undefined });
    expect(pressedOf(pressAll(start, ['shift']).model)).toMatchObject({ shift: true, caps: false });
    expect(pressedOf(pressAll(start, ['caps']).model)).toMatchObject({ shift: false, caps: true });
    expect(pressedOf(pressAll(start, ['accents']).model)).toMatchObject({ accents: true });
  });
});

describe('panels', () => {
  it('Accents swaps the accent row and keeps the letters, and a second tap brings é è à back', () => {
    const opened = pressAll(initialModel('text'), ['accents', 'ô', 'm']);
    expect(texts(opened.inputs)).toBe('ôm');
    expect(opened.model.panel).toBe('accents');
    const closed = pressAll(opened.model, ['accents', 'é']);
    expect(texts(closed.inputs)).toBe('é');
    expect(closed.model.panel).toBe('letters');
  });

  it('Symboles shows the symbols and Lettres goes back', () => {
    const opened = pressAll(initialModel('password'), ['symbols', '!', '#']);
    expect(texts(opened.inputs)).toBe('!#');
    expect(opened.model.panel).toBe('symbols');
    expect(pressAll(opened.model, ['letters']).model.panel).toBe('letters');
  });

  it('Shift survives a panel switch, so a capital accent is two taps away', () => {
    expect(texts(pressAll(initialModel('text'), ['shift', 'accents', 'î']).inputs)).toBe('Î');
  });

  it('a panel the layout lacks shows the home panel', () => {
    expect(visibleRows({ field: 'tel', panel: 'symbols', shift: 'off' })).toBe(visibleRows(initialModel('tel')));
  });
});

describe('editing keys and hide', () => {
  it('sends Backspace, Enter, Tab and the arrows as keys', () => {
    const { inputs } = pressAll(initialModel('text'), ['backspace', 'enter', 'tab', 'left', 'right']);
    expect(inputs).toEqual([
      { kind: 'key', key: 'Backspace' },
      { kind: 'key', key: 'Enter' },
      { kind: 'key', key: 'Tab' },
      { kind: 'key', key: 'ArrowLeft' },
      { kind: 'key', key: 'ArrowRight' },
    ]);
  });

  it('the digit pad types digits and erases', () => {
    expect(texts(pressAll(initialModel('tel'), ['0', '6', '1', '2', 'backspace']).inputs)).toBe('0612<Backspace>');
    expect(texts(pressAll(initialModel('date'), ['0', '1', '/', '0', '2']).inputs)).toBe('01/02');
  });

  it('e-mail domains are typed whole', () => {
    expect(texts(pressAll(initialModel('email'), ['j', '.', 'd', '@gmail.com']).inputs)).toBe('j.d@gmail.com');
  });

  it('Masquer asks to hide and sends nothing', () => {
    const model = initialModel('text');
    expect(press(key(model, 'hide'), model)).toEqual({ next: model, hide: true });
  });
});

describe('privacy', () => {
  it('the state holds only the field kind, the panel and Shift — never what was typed', () => {
    const { model } = pressAll(initialModel('email'), ['z', 'q', 'w', '@gmail.com', 'symbols', '#', '~']);
    expect(Object.keys(model).sort()).toEqual(['field', 'panel', 'shift']);
    const serialised = JSON.stringify(model);
    for (const typed of ['z', 'q', 'w', 'gmail', '#', '~']) expect(serialised).not.toContain(typed);
  });
});
