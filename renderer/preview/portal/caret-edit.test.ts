import { describe, expect, it } from 'vitest';
import { deleteBackward, insertText, moveCaret, type EditState } from './caret-edit.ts';

const at = (value: string, start: number, end = start): EditState => ({ value, start, end });
const line = { maxLength: -1, multiline: false };

describe('insertText', () => {
  it('inserts at the caret and moves the caret after the text', () => {
    expect(insertText(at('0612', 2), '99', line)).toEqual({ state: at('069912', 4), inserted: '99' });
  });

  it('appends at the end and inserts into an empty field', () => {
    expect(insertText(at('Dur', 3), 'and', line)?.state).toEqual(at('Durand', 6));
    expect(insertText(at('', 0), 'é', line)?.state).toEqual(at('é', 1));
  });

  it('replaces a selection, in either direction', () => {
    expect(insertText(at('Durand', 1, 4), 'o', line)?.state).toEqual(at('Dond', 2));
    expect(insertText(at('abcdef', 4, 1), 'X', line)?.state).toEqual(at('aXef', 2));
  });

  it('clamps a caret outside the value', () => {
    expect(insertText(at('ab', 10), 'c', line)?.state).toEqual(at('abc', 3));
    expect(insertText(at('ab', -3), 'c', line)?.state).toEqual(at('cab', 1));
    expect(insertText(at('ab', Number.NaN), 'c', line)?.state).toEqual(at('cab', 1));
  });

  it('cuts the text to the room maxLength leaves, and refuses when the field is full', () => {
    const code = { maxLength: 6, multiline: false };
    expect(insertText(at('1234', 4), '5678', code)).toEqual({ state: at('123456', 6), inserted: '56' });
    expect(insertText(at('123456', 6), '7', code)).toBeUndefined();
    expect(insertText(at('123456', 0, 6), '9', code)?.state).toEqual(at('9', 1));
  });

  it('never splits a character made of two code units', () => {
    const two = { maxLength: 3, multiline: false };
    expect(insertText(at('ab', 2), '😀', two)).toBeUndefined();
    expect(insertText(at('a', 1), '😀x', two)?.state).toEqual(at('a😀', 3));
  });

  it('drops line breaks in a single-line field and keeps them in a textarea', () => {
    expect(insertText(at('a', 1), 'b\r\nc', line)?.state.value).toBe('abc');
    expect(insertText(at('a', 1), 'b\r\nc', { maxLength: -1, multiline: true })?.state.value).toBe('ab\nc');
    expect(insertText(at('a', 1), '\n', line)).toBeUndefined();
  });

  it('does nothing with empty text', () => {
    expect(insertText(at('abc', 1), '', line)).toBeUndefined();
  });
});

describe('deleteBackward', () => {
  it('deletes the character before the caret', () => {
    expect(deleteBackward(at('0612', 4))).toEqual(at('061', 3));
    expect(deleteBackward(at('0612', 1))).toEqual(at('612', 0));
  });

  it('deletes the selection instead', () => {
    expect(deleteBackward(at('Durand', 1, 4))).toEqual(at('Dnd', 1));
  });

  it('does nothing at the start of the field', () => {
    expect(deleteBackward(at('abc', 0))).toBeUndefined();
    expect(deleteBackward(at('', 0))).toBeUndefined();
  });

  it('deletes a whole emoji, not half of it', () => {
    expect(deleteBackward(at('a😀', 3))).toEqual(at('a', 1));
  });
});

describe('moveCaret', () => {
  it('moves one character left or right, stopping at the ends', () => {
    expect(moveCaret(at('abc', 2), 'left')).toEqual(at('abc', 1));
    expect(moveCaret(at('abc', 2), 'right')).toEqual(at('abc', 3));
    expect(moveCaret(at('abc', 0), 'left')).toEqual(at('abc', 0));
    expect(moveCaret(at('abc', 3), 'right')).toEqual(at('abc', 3));
  });

  it('collapses a selection to its edge', () => {
    expect(moveCaret(at('abcdef', 1, 4), 'left')).toEqual(at('abcdef', 1));
    expect(moveCaret(at('abcdef', 1, 4), 'right')).toEqual(at('abcdef', 4));
  });

  it('steps over an emoji in one move', () => {
    expect(moveCaret(at('a😀b', 1), 'right')).toEqual(at('a😀b', 3));
    expect(moveCaret(at('a😀b', 3), 'left')).toEqual(at('a😀b', 1));
  });
});
