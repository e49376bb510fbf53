import { untrack } from 'svelte';
import type { FieldKind, KeyboardInput } from '../../common/portal/portal-types.ts';
import type { KeyboardModel, KeyDef, Layout, Panel } from './keyboard-types.ts';
import { layoutFor } from './layouts.ts';
import { initialModel, press, visibleRows } from './press.ts';

/** What a key press asks of the keyboard's host. */
export interface KeyPressOutcome {
  /** Characters or an editing key for the focused field. */
  readonly input?: KeyboardInput;
  /** True when the visitor asked to hide the keyboard. */
  readonly hide?: true;
}

/**
 * The on-screen keyboard's reactive state: the field kind it serves, the panel on show, and
 * Shift / caps lock. It keeps no record of what was typed: each press returns its input and forgets it.
 */
export class KeyboardState {
  #model: KeyboardModel = $state.raw(initialModel('text'));

  /** The layout for the current field kind. */
  readonly layout: Layout = $derived(layoutFor(this.#model.field));

  /** The rows of keys on show. */
  readonly rows: Panel = $derived(visibleRows(this.#model));

  constructor(field: FieldKind) {
    this.#model = initialModel(field);
  }

  /** The whole state (field kind, panel, Shift). */
  get model(): KeyboardModel {
    return this.#model;
  }

  /**
   * Serves a newly focused field: a different kind starts afresh on its home panel with Shift off;
   * the same kind keeps the current panel and Shift. Never tracks the state it replaces, so it can
   * run inside an effect that follows only the field kind.
   */
  setField(field: FieldKind): void {
    untrack(() => {
      if (this.#model.field !== field) this.#model = initialModel(field);
    });
  }

  /** Presses a key: updates the state and returns what to send to the portal. */
  press(key: KeyDef): KeyPressOutcome {
    const result = press(key, this.#model);
    this.#model = result.next;
    if (result.hide === true) return { hide: true };
    return result.input === undefined ? {} : { input: result.input };
  }
}
