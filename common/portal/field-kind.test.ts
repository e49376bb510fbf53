import { describe, expect, it } from 'vitest';
import { classifyField, type FieldDescriptor } from './field-kind.ts';
import type { FieldKind } from './portal-types.ts';

const input = (attributes: Partial<FieldDescriptor> = {}): FieldDescriptor => ({
  tagName: 'INPUT',
  type: 'text',
  inputMode: '',
  autocomplete: '',
  readOnly: false,
  disabled: false,
  ...attributes,
});

describe('classifyField', () => {
  it.each<[string, Partial<FieldDescriptor>, FieldKind | null]>([
    ['a plain text input', {}, 'text'],
    ['an input with no type', { type: '' }, 'text'],
    ['an input with an unknown type', { type: 'bogus' }, 'text'],
    ['a search input', { type: 'search' }, 'text'],
    ['a url input', { type: 'url' }, 'text'],
    ['a password input', { type: 'password' }, 'password'],
    ['a password input asking for digits', { type: 'password', inputMode: 'numeric' }, 'password'],
    ['an email input', { type: 'email' }, 'email'],
    ['a tel input', { type: 'tel' }, 'tel'],
    ['a tel input with inputmode numeric', { type: 'tel', inputMode: 'numeric' }, 'tel'],
    ['a number input', { type: 'number' }, 'numeric'],
    ['a date input', { type: 'date' }, 'date'],
    ['a month input', { type: 'month' }, 'date'],
    ['a datetime-local input', { type: 'datetime-local' }, 'date'],
    ['a time input', { type: 'time' }, 'numeric'],
    ['upper-case type', { type: 'PASSWORD' }, 'password'],
    ['text with inputmode numeric', { inputMode: 'numeric' }, 'numeric'],
    ['text with inputmode decimal', { inputMode: 'decimal' }, 'numeric'],
    ['text with inputmode tel', { inputMode: 'tel' }, 'tel'],
    ['text with inputmode email', { inputMode: 'email' }, 'email'],
    ['text with inputmode none', { inputMode: 'none' }, 'text'],
    ['text with inputmode in capitals', { inputMode: 'NUMERIC' }, 'numeric'],
    ['text with an unknown inputmode', { inputMode: 'bogus' }, 'text'],
    ['text with autocomplete tel', { autocomplete: 'tel' }, 'tel'],
    ['text with autocomplete tel-national', { autocomplete: 'tel-national' }, 'tel'],
    ['text with a sectioned autocomplete', { autocomplete: 'section-parent home tel' }, 'tel'],
    ['text with autocomplete email webauthn', { autocomplete: 'email webauthn' }, 'email'],
    ['text with autocomplete one-time-code', { autocomplete: 'one-time-code' }, 'numeric'],
    ['text with autocomplete bday-day', { autocomplete: 'bday-day' }, 'numeric'],
    ['text with autocomplete bday', { autocomplete: 'bday' }, 'date'],
    ['text with autocomplete current-password (a revealed password)', { autocomplete: 'current-password' }, 'password'],
    ['text with autocomplete new-password', { autocomplete: 'new-password' }, 'password'],
    ['text with autocomplete username', { autocomplete: 'username' }, 'text'],
    ['text with autocomplete off', { autocomplete: 'off' }, 'text'],
    ['inputmode wins over autocomplete', { inputMode: 'text', autocomplete: 'tel' }, 'text'],
    ['a missing inputmode and autocomplete', { inputMode: undefined, autocomplete: undefined }, 'text'],
    ['a checkbox', { type: 'checkbox' }, null],
    ['a radio button', { type: 'radio' }, null],
    ['a submit input', { type: 'submit' }, null],
    ['a button input', { type: 'button' }, null],
    ['a hidden input', { type: 'hidden' }, null],
    ['a file input', { type: 'file' }, null],
    ['a range input', { type: 'range' }, null],
    ['a color input', { type: 'color' }, null],
    ['a read-only input', { readOnly: true }, null],
    ['a disabled input', { disabled: true }, null],
    ['a disabled password input', { type: 'password', disabled: true }, null],
    ["EduConnect's birth day, a plain text input", { id: 'jour' }, 'numeric'],
    ["EduConnect's birth month and year", { id: 'mois', autocomplete: 'off' }, 'numeric'],
    ['the year of a second child', { id: 'annee-2' }, 'numeric'],
    ['a numbered day', { id: 'jour_1' }, 'numeric'],
    ['an id that only begins like a date part', { id: 'journal' }, 'text'],
    ['a digits-only pattern', { pattern: '[0-9]*' }, 'numeric'],
    ['a four-digit pattern', { pattern: '\\d{4}' }, 'numeric'],
    ['a pattern that takes letters too', { pattern: '[A-Za-z0-9]*' }, 'text'],
    ['a date part with inputmode text keeps letters (the page asked for them)', { id: 'jour', inputMode: 'text' }, 'text'],
    ['a password with a digits pattern stays a password', { type: 'password', pattern: '[0-9]*' }, 'password'],
  ])('%s', (_name, attributes, expected) => {
    expect(classifyField(input(attributes))).toBe(expected);
  });

  it('gives letters to a textarea, and respects its inputmode', () => {
    expect(classifyField({ tagName: 'TEXTAREA', type: 'textarea' })).toBe('text');
    expect(classifyField({ tagName: 'textarea', inputMode: 'numeric' })).toBe('numeric');
    expect(classifyField({ tagName: 'TEXTAREA', readOnly: true })).toBeNull();
  });

  it.each(['SELECT', 'BUTTON', 'A', 'DIV', 'BODY'])('gives no keyboard to a %s', (tagName) => {
    expect(classifyField({ tagName, type: 'text', inputMode: 'numeric' })).toBeNull();
  });

  it('accepts a real-looking element object (extra properties ignored)', () => {
    const element = { ...input({ type: 'tel' }), value: '0612345678', name: 'mobile' };
    expect(classifyField(element)).toBe('tel');
  });
});
