import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { KeyDef } from './keyboard-types.ts';
import { KeyboardState } from './keyboard-state.svelte.ts';
import { keyText } from './press.ts';

function key(state: KeyboardState, name: string): KeyDef {
  const found = state.rows.flat().find((candidate) => candidate.label === name || keyText(candidate, 'off') === name);
  if (found === undefined) throw new Error(`no key ${name}`);
  return found;
}

describe('KeyboardState', () => {
  it('shows the layout of its field kind and returns each input without keeping it', () => {
    const state = new KeyboardState('tel');
    expect(state.layout.id).toBe('phone');
    expect(state.press(key(state, '6'))).toEqual({ input: { kind: 'text', text: '6' } });
    expect(state.model).toEqual({ field: 'tel', panel: 'pad', shift: 'off' });
  });

  it('follows Shift and panels, and its rows follow the panel', () => {
    const state = new KeyboardState('text');
    expect(state.press(key(state, 'shift'))).toEqual({});
    expect(state.model.shift).toBe('once');
    expect(state.press(key(state, 'a'))).toEqual({ input: { kind: 'text', text: 'A' } });
    state.press(key(state, 'symbols'));
    flushSync();
    expect(state.rows.flat().some((candidate) => keyText(candidate, 'off') === '#')).toBe(true);
    expect(state.rows.flat().some((candidate) => keyText(candidate, 'off') === 'a')).toBe(false);
  });

  it('asks to hide without input', () => {
    const state = new KeyboardState('email');
    expect(state.press(key(state, 'hide'))).toEqual({ hide: true });
  });

  it('starts afresh for a field of another kind, and keeps its modes for a field of the same kind', () => {
    const state = new KeyboardState('text');
    state.press(key(state, 'caps'));
    state.press(key(state, 'accents'));
    state.setField('password');
    expect(state.model).toEqual({ field: 'password', panel: 'letters', shift: 'off' });
    state.press(key(state, 'caps'));
    state.setField('password');
    expect(state.model.shift).toBe('locked');
    state.setField('date');
    expect(state.layout.id).toBe('date');
    expect(state.model).toEqual({ field: 'date', panel: 'pad', shift: 'off' });
  });
});
