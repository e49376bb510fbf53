/**
 * The on-screen keyboard's vocabulary: what a key does, how keys are grouped into rows, panels and
 * layouts, and the keyboard's whole state. The state holds modes only (field kind, panel, shift):
 * never a character that was typed.
 */
import type { FieldKind, KeyboardInput } from '../../common/portal/portal-types.ts';

/** An editing key the portal understands (Backspace, Enter, Tab, arrows). */
export type EditingKey = Extract<KeyboardInput, { kind: 'key' }>['key'];

/** The panels a layout can show. `letters` and `pad` are home panels; the others are one tap away. */
export type PanelId = 'letters' | 'accents' | 'symbols' | 'pad';

/** The function keys, each with a label (accessible name, visible caption, icon) in `keyboard-labels.ts`. */
export type FunctionKeyId =
  | 'backspace'
  | 'enter'
  | 'tab'
  | 'left'
  | 'right'
  | 'space'
  | 'shift'
  | 'caps'
  | 'accents'
  | 'symbols'
  | 'letters'
  | 'hide';

/** What a key does when pressed. */
export type KeyAction =
  /** Types a letter: lower case, or upper case while Shift or caps lock is on. */
  | { readonly type: 'letter'; readonly letter: string }
  /** Types this text as is (digits, punctuation, `@gmail.com`, space). */
  | { readonly type: 'text'; readonly text: string }
  /** Sends an editing key. */
  | { readonly type: 'edit'; readonly key: EditingKey }
  /** One-shot Shift: the next letter only. */
  | { readonly type: 'shift' }
  /** Caps lock: every letter until pressed again. */
  | { readonly type: 'caps' }
  /** Shows a panel; pressed again on that panel, returns to the layout's home panel. */
  | { readonly type: 'panel'; readonly panel: PanelId }
  /** Asks the host to hide the keyboard. */
  | { readonly type: 'hide' };

/** How wide a key is, in letter-key units; `fill` takes the rest of its row (the space bar). */
export type KeySize = 'one' | 'one-half' | 'two' | 'fill';

/** One key of a layout. */
export interface KeyDef {
  readonly action: KeyAction;
  /** A function key's label; character keys show the text they type. */
  readonly label?: FunctionKeyId;
  /** Width; `one` when absent. */
  readonly size?: KeySize;
}

/** One row of keys, left to right. */
export type KeyRow = readonly KeyDef[];

/** One screenful of keys, top to bottom. */
export type Panel = readonly KeyRow[];

/** How a layout looks: a typewriter-like keyboard, or a large calculator-like digit pad. */
export type LayoutStyle = 'keys' | 'pad';

/** The keys offered for one family of fields. */
export interface Layout {
  readonly id: 'azerty' | 'email' | 'digits' | 'phone' | 'date';
  readonly style: LayoutStyle;
  /** The panel shown when a field takes focus. */
  readonly home: PanelId;
  readonly panels: Readonly<Partial<Record<PanelId, Panel>>>;
}

/** Shift off, on for the next letter only, or locked (caps lock). */
export type ShiftMode = 'off' | 'once' | 'locked';

/** The whole keyboard state: the focused field's kind, the panel shown, and Shift. Nothing typed. */
export interface KeyboardModel {
  readonly field: FieldKind;
  readonly panel: PanelId;
  readonly shift: ShiftMode;
}

/** What pressing a key did: the next state, what to send to the portal, whether to hide. */
export interface PressResult {
  readonly next: KeyboardModel;
  readonly input?: KeyboardInput;
  readonly hide?: true;
}
