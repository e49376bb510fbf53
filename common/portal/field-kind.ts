/**
 * Which on-screen keyboard a focused portal field needs. Used by both the Electron portal preload
 * and the preview's portal agent, from the element's markup attributes only — never its value,
 * name, label or placeholder.
 */
import type { FieldKind } from './portal-types.ts';

/** The attributes of a focused element that decide its keyboard (an `HTMLInputElement` fits). */
export interface FieldDescriptor {
  /** The element's tag name, any case (`INPUT`, `textarea`). */
  readonly tagName: string;
  /** The `type` property (`text`, `tel`, …); ignored for anything but `input`. */
  readonly type?: string | undefined;
  /** The `inputMode` property (`numeric`, `tel`, `email`, …), `''` when absent. */
  readonly inputMode?: string | undefined;
  /** The `autocomplete` property, possibly a token list (`section-a shipping tel`). */
  readonly autocomplete?: string | undefined;
  readonly readOnly?: boolean | undefined;
  readonly disabled?: boolean | undefined;
  /** The element's `id`: EduConnect's birth-date parts (`jour`, `mois`, `annee`) take digits. */
  readonly id?: string | undefined;
  /** The `pattern` attribute: a digits-only pattern (`[0-9]*`, `\d{2}`) takes digits. */
  readonly pattern?: string | undefined;
}

/** `input` types that take no typed text: no keyboard. */
const nonTextInputTypes: ReadonlySet<string> = new Set([
  'hidden',
  'checkbox',
  'radio',
  'submit',
  'button',
  'reset',
  'image',
  'file',
  'range',
  'color',
]);

/** `input` types that decide the kind by themselves. */
const kindByInputType: Readonly<Record<string, FieldKind>> = {
  password: 'password',
  email: 'email',
  tel: 'tel',
  number: 'numeric',
  date: 'date',
  month: 'date',
  week: 'date',
  'datetime-local': 'date',
  time: 'numeric',
};

/** `inputmode` values, for text-like fields. */
const kindByInputMode: Readonly<Record<string, FieldKind>> = {
  text: 'text',
  search: 'text',
  url: 'text',
  none: 'text', // the page has its own keyboard; a kiosk visitor has none, so give letters
  numeric: 'numeric',
  decimal: 'numeric',
  tel: 'tel',
  email: 'email',
};

/** `autocomplete` field names, for text-like fields with no `inputmode`. */
const kindByAutocomplete: Readonly<Record<string, FieldKind>> = {
  tel: 'tel',
  'tel-national': 'tel',
  'tel-local': 'tel',
  'tel-local-prefix': 'tel',
  'tel-local-suffix': 'tel',
  'tel-area-code': 'numeric',
  'tel-country-code': 'tel',
  email: 'email',
  'one-time-code': 'numeric',
  'postal-code': 'text',
  bday: 'date',
  'bday-day': 'numeric',
  'bday-month': 'numeric',
  'bday-year': 'numeric',
  'cc-number': 'numeric',
  'current-password': 'password',
  'new-password': 'password',
};

/**
 * Ids of fields known to take digits only, whatever their markup says: the three parts of a birth
 * date on EduConnect's identity confirmation (`#jour`, `#mois`, `#annee`, or numbered `jour-2`,
 * `jour_2` when a page asks for several children). They are plain text inputs there.
 */
const digitFieldIds = /^(?:jour|mois|annee)(?:[-_]?\d+)?$/;

/** A `pattern` that accepts digits and nothing else: `[0-9]*`, `[0-9]{2}`, `\d+`, `\d{4}`. */
const digitsOnlyPattern = /^(?:\[0-9\]|\\d)(?:[*+]|\{\d+(?:,\d*)?\})?$/;

/** True when the markup says the field takes digits only. */
function takesDigitsOnly(field: FieldDescriptor): boolean {
  return digitFieldIds.test((field.id ?? '').trim().toLowerCase()) || digitsOnlyPattern.test((field.pattern ?? '').trim());
}

/** The field name of an `autocomplete` token list: its last token, `webauthn` aside. */
function autocompleteFieldName(autocomplete: string): string | undefined {
  const tokens = autocomplete.toLowerCase().split(/\s+/).filter((token) => token !== '' && token !== 'webauthn');
  return tokens.at(-1);
}

function textLikeKind(field: FieldDescriptor): FieldKind {
  const mode = kindByInputMode[(field.inputMode ?? '').trim().toLowerCase()];
  if (mode !== undefined) return mode;
  const name = autocompleteFieldName(field.autocomplete ?? '');
  const byAutocomplete = name === undefined ? undefined : kindByAutocomplete[name];
  if (byAutocomplete !== undefined) return byAutocomplete;
  return takesDigitsOnly(field) ? 'numeric' : 'text';
}

/**
 * The keyboard a focused element needs, or `null` when it takes no typed text (a button, a
 * checkbox, a select, a read-only or disabled field, anything not a form field).
 *
 * Order: a decisive `input` type (`password`, `email`, `tel`, `number`, dates) wins; then
 * `inputmode`; then the `autocomplete` field name; then a known digits-only id or a digits-only
 * `pattern` (the digit pad); else `text`. A password field is always
 * `password`, so the keyboard never echoes its keys.
 */
export function classifyField(field: FieldDescriptor): FieldKind | null {
  if (field.disabled === true || field.readOnly === true) return null;
  const tag = field.tagName.toLowerCase();
  if (tag === 'textarea') return textLikeKind(field);
  if (tag !== 'input') return null;
  const type = (field.type ?? '').trim().toLowerCase() || 'text';
  if (nonTextInputTypes.has(type)) return null;
  return kindByInputType[type] ?? textLikeKind(field);
}
