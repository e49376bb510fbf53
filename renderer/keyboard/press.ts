/**
 * The keyboard's logic as pure functions: the state for a newly focused field, the keys on show,
 * what a key displays, and what pressing it does. The state never holds what was typed.
 */
import type { FieldKind } from '../../common/portal/portal-types.ts';
import type { KeyboardModel, KeyDef, Panel, PressResult, ShiftMode } from './keyboard-types.ts';
import { layoutFor } from './layouts.ts';

/** The state when a field of this kind takes focus: its layout's home panel, Shift off. */
export function initialModel(field: FieldKind): KeyboardModel {
  return { field, panel: layoutFor(field).home, shift: 'off' };
}

/** The keys on show: the current panel of the field's layout (its home panel if it has no such panel). */
export function visibleRows(model: KeyboardModel): Panel {
  const layout = layoutFor(model.field);
  return layout.panels[model.panel] ?? layout.panels[layout.home] ?? [];
}

/** A letter in upper case (`é` → `É`, `œ` → `Œ`). */
export function upperCase(letter: string): string {
  return letter.toLocaleUpperCase('fr');
}

/** The text a character key types in this Shift mode; undefined for keys that type nothing. */
export function keyText(key: KeyDef, shift: ShiftMode): string | undefined {
  switch (key.action.type) {
    case 'letter':
      return shift === 'off' ? key.action.letter : upperCase(key.action.letter);
    case 'text':
      return key.action.text;
    default:
      return undefined;
  }
}

const afterCharacter = (shift: ShiftMode): ShiftMode => (shift === 'once' ? 'off' : shift);

/**
 * Presses a key: returns the next state and, for character and editing keys, the input to send.
 * A one-shot Shift is used up by the next character key; caps lock stays until pressed again;
 * pressing Shift while caps lock is on turns caps lock off. A panel key shows its panel, or goes
 * back to the home panel when its panel is already shown.
 */
export function press(key: KeyDef, model: KeyboardModel): PressResult {
  const action = key.action;
  switch (action.type) {
    case 'letter':
    case 'text': {
      const text = keyText(key, model.shift) ?? '';
      return { next: { ...model, shift: afterCharacter(model.shift) }, input: { kind: 'text', text } };
    }
    case 'edit':
      return { next: model, input: { kind: 'key', key: action.key } };
    case 'shift':
      return { next: { ...model, shift: model.shift === 'off' ? 'once' : 'off' } };
    case 'caps':
      return { next: { ...model, shift: model.shift === 'locked' ? 'off' : 'locked' } };
    case 'panel': {
      const panel = model.panel === action.panel ? layoutFor(model.field).home : action.panel;
      return { next: { ...model, panel } };
    }
    case 'hide':
      return { next: model, hide: true };
  }
}

/**
 * The on/off state a toggle key shows (`aria-pressed`): Shift while a one-shot Shift is pending,
 * caps lock while locked, Accents while the accents panel is shown. Undefined for other keys.
 */
export function keyPressed(key: KeyDef, model: KeyboardModel): boolean | undefined {
  switch (key.action.type) {
    case 'shift':
      return model.shift === 'once';
    case 'caps':
      return model.shift === 'locked';
    case 'panel':
      return key.action.panel === 'accents' ? model.panel === 'accents' : undefined;
    default:
      return undefined;
  }
}

/**
 * Whether the key acts when the finger lifts (its `click`) rather than when it lands
 * (`pointerdown`). « Masquer le clavier » removes the keyboard: acting on `pointerdown` would
 * move what lies under the finger before the tap's `click` is sent, and that click would land on
 * whatever took the key's place (« Terminer sans imprimer » in the lowered layout, or a link of
 * the portal's page). Every other key leaves the keyboard where it is.
 */
export function actsOnRelease(key: KeyDef): boolean {
  return key.action.type === 'hide';
}
