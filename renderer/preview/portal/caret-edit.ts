/**
 * Text editing at the caret, as a browser does it in a text field, on a plain value and selection:
 * what the portal agent applies when the on-screen keyboard types. Pure, so it is tested without
 * a browser. Characters outside the Basic Multilingual Plane (emoji) are never split.
 */

/** A field's text and selection (`start === end` is a caret). */
export interface EditState {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** The field's constraints. */
export interface EditLimits {
  /** The `maxLength` property: a limit in UTF-16 code units, or negative for none. */
  readonly maxLength: number;
  /** A textarea keeps line breaks; an input drops them, as browsers do. */
  readonly multiline: boolean;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The selection clamped to the value and put in order. */
function normalize(state: EditState): EditState {
  const clamp = (index: number): number => Math.min(Math.max(Number.isFinite(index) ? Math.trunc(index) : 0, 0), state.value.length);
  const a = clamp(state.start);
  const b = clamp(state.end);
  return { value: state.value, start: Math.min(a, b), end: Math.max(a, b) };
}

/** The index one character before `index` (two code units for a surrogate pair). */
function previousBoundary(value: string, index: number): number {
  if (index <= 0) return 0;
  const step = index >= 2 && isLowSurrogate(value.charCodeAt(index - 1)) && isHighSurrogate(value.charCodeAt(index - 2)) ? 2 : 1;
  return index - step;
}

/** The index one character after `index`. */
function nextBoundary(value: string, index: number): number {
  if (index >= value.length) return value.length;
  const step = isHighSurrogate(value.charCodeAt(index)) && isLowSurrogate(value.charCodeAt(index + 1)) ? 2 : 1;
  return index + step;
}

/** The longest start of `text` that fits in `room` code units without splitting a character. */
function fit(text: string, room: number): string {
  if (text.length <= room) return text;
  let end = Math.max(room, 0);
  if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

/** The result of an insertion: the new state and the text actually inserted. */
export interface Insertion {
  readonly state: EditState;
  readonly inserted: string;
}

/**
 * Replaces the selection with `text` (cut to what `maxLength` leaves room for) and puts the caret
 * after it. Undefined when nothing can be inserted (empty text, or the field is full).
 */
export function insertText(current: EditState, text: string, limits: EditLimits): Insertion | undefined {
  const state = normalize(current);
  const clean = limits.multiline ? text.replace(/\r\n?/g, '\n') : text.replace(/[\r\n]/g, '');
  const room = limits.maxLength >= 0 ? limits.maxLength - (state.value.length - (state.end - state.start)) : clean.length;
  const inserted = fit(clean, room);
  if (inserted === '') return undefined;
  const caret = state.start + inserted.length;
  return {
    state: { value: state.value.slice(0, state.start) + inserted + state.value.slice(state.end), start: caret, end: caret },
    inserted,
  };
}

/**
 * Backspace: deletes the selection, or the character before the caret. Undefined when there is
 * nothing to delete (caret at the start).
 */
export function deleteBackward(current: EditState): EditState | undefined {
  const state = normalize(current);
  const from = state.start === state.end ? previousBoundary(state.value, state.start) : state.start;
  if (from === state.end) return undefined;
  return { value: state.value.slice(0, from) + state.value.slice(state.end), start: from, end: from };
}

/**
 * Left and right arrows: a selection collapses to its edge; a caret moves by one character and
 * stops at either end.
 */
export function moveCaret(current: EditState, direction: 'left' | 'right'): EditState {
  const state = normalize(current);
  let caret: number;
  if (state.start !== state.end) caret = direction === 'left' ? state.start : state.end;
  else caret = direction === 'left' ? previousBoundary(state.value, state.start) : nextBoundary(state.value, state.start);
  return { value: state.value, start: caret, end: caret };
}
