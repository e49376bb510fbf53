import type { SchoolConfig } from '../config/school-config.ts';

/** The placeholders texts may use, each filled from the school configuration. */
export const placeholderNames = [
  'schoolName',
  'secretariatName',
  'secretariatEmail',
  'secretariatPhone',
  'secretariatPlace',
  'secretariatHours',
  'entAddress',
  'educonnectAddress',
  'assistanceAddress',
  'referentName',
  'referentRecipient',
  'referentDirectoryName',
] as const;

/** A placeholder name. */
export type PlaceholderName = (typeof placeholderNames)[number];

/**
 * The placeholders filled from optional settings of the school file (empty when a school leaves
 * them out). A text may use them only inside an optional part `[[ … ]]`, which is shown only when
 * every placeholder in it has a value: a parent never reads a sentence with a hole.
 */
export const optionalPlaceholderNames: readonly PlaceholderName[] = ['secretariatPhone', 'secretariatPlace', 'secretariatHours'];

/**
 * The placeholders an optional part may depend on: the optional settings, and the secretariat's
 * e-mail, which the printed slip can do without (a next step written `…[[ Adresse :
 * {secretariatEmail}]]` then ends before the address instead of showing another value).
 */
export const conditionalPlaceholderNames: readonly PlaceholderName[] = [...optionalPlaceholderNames, 'secretariatEmail'];

/**
 * The placeholders that hold a name (of the school, an office, a person, a directory entry). The
 * configuration gives them as written on a sign, so a French text never puts an article or a
 * preposition with an article before one: « le secrétariat ({secretariatName}) », not
 * « au {secretariatName} ».
 */
export const namePlaceholderNames: readonly PlaceholderName[] = ['schoolName', 'secretariatName', 'referentName', 'referentRecipient', 'referentDirectoryName'];

/**
 * The placeholders whose value is an address, an e-mail or a telephone number (and `host`, the
 * address the portal refused): shown left to right in every language, and never followed by
 * punctuation in a text — a full stop next to an address reads as part of it, and in a
 * right-to-left text it lands at the address's visible start.
 */
export const addressPlaceholderNames: readonly string[] = ['secretariatEmail', 'secretariatPhone', 'entAddress', 'educonnectAddress', 'assistanceAddress', 'host'];

/** The placeholder values for a configuration (an unset optional setting is ''). */
export type PlaceholderValues = Readonly<Record<PlaceholderName, string>>;

/** A web address as a person reads it: host and path, without the scheme or a trailing slash. */
export function readableAddress(url: string): string {
  const parsed = new URL(url);
  const path = parsed.pathname === '/' ? '' : parsed.pathname;
  return `${parsed.host}${path}`;
}

/** Fills the placeholder values from the school configuration. */
export function placeholderValues(config: SchoolConfig): PlaceholderValues {
  const { secretariat, referent } = config.contacts;
  return {
    schoolName: config.school.name,
    secretariatName: secretariat.name,
    secretariatEmail: secretariat.email,
    secretariatPhone: secretariat.phone ?? '',
    secretariatPlace: secretariat.place ?? '',
    secretariatHours: secretariat.hours ?? '',
    entAddress: new URL(config.addresses.entLogin).host.replace(/^cas\./, ''),
    educonnectAddress: readableAddress(config.addresses.educonnect),
    assistanceAddress: readableAddress(config.addresses.assistance),
    referentName: referent.name,
    referentRecipient: referent.entMessagingRecipient,
    referentDirectoryName: referent.directoryName,
  };
}

const placeholderPattern = /\{([A-Za-z]+)\}/g;

/** Where an optional part opens and closes. */
export const optionalOpen = '[[';
/** Where an optional part closes. */
export const optionalClose = ']]';

/** The placeholder names used in a text, in order (inside optional parts too). */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(placeholderPattern)].map((match) => match[1] ?? '');
}

/** A stretch of a text: always shown, or an optional part `[[ … ]]` (without its brackets). */
export interface TextSegment {
  readonly optional: boolean;
  readonly text: string;
}

/**
 * Cuts a text into its plain stretches and optional parts. Brackets that do not pair up are left
 * as written (the guide's checks report them), so nothing is silently lost.
 */
export function textSegments(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let rest = text;
  for (let open = rest.indexOf(optionalOpen); open >= 0; open = rest.indexOf(optionalOpen)) {
    const close = rest.indexOf(optionalClose, open + optionalOpen.length);
    if (close < 0) break;
    if (open > 0) segments.push({ optional: false, text: rest.slice(0, open) });
    segments.push({ optional: true, text: rest.slice(open + optionalOpen.length, close) });
    rest = rest.slice(close + optionalClose.length);
  }
  if (rest !== '') segments.push({ optional: false, text: rest });
  return segments;
}

/**
 * A piece of filled text: plain words, or a value from the configuration set apart from them —
 * `dir: 'ltr'` for an address, an e-mail or a number to dial, `dir: 'auto'` for words (a name, a
 * route, a date), which take the direction of their own letters.
 */
export type TextPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'value'; readonly text: string; readonly dir: 'ltr' | 'auto' };

function fillSegment(text: string, values: Readonly<Record<string, string>>, parts: TextPart[]): void {
  let last = 0;
  for (const match of text.matchAll(placeholderPattern)) {
    const index = match.index;
    if (index > last) parts.push({ kind: 'text', text: text.slice(last, index) });
    const name = match[1] ?? '';
    const value = values[name];
    parts.push(
      value === undefined
        ? { kind: 'text', text: match[0] }
        : { kind: 'value', text: value, dir: addressPlaceholderNames.includes(name) ? 'ltr' : 'auto' },
    );
    last = index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
}

/** True when every placeholder of an optional part has a value to show. */
function isShown(segment: string, values: Readonly<Record<string, string>>): boolean {
  return placeholdersIn(segment).every((name) => (values[name] ?? '').trim() !== '');
}

/**
 * Splits a text into parts, filling placeholders from `values` (and extra values such as
 * `{step}`). An optional part `[[ … ]]` is kept only when each of its placeholders has a value.
 * Unknown placeholders are kept as written so a gap is visible, never silently empty.
 */
export function fillText(text: string, values: Readonly<Record<string, string>>): TextPart[] {
  const parts: TextPart[] = [];
  for (const segment of textSegments(text)) {
    if (!segment.optional || isShown(segment.text, values)) fillSegment(segment.text, values, parts);
  }
  return parts;
}

/** Fills placeholders and returns plain text. */
export function fillPlain(text: string, values: Readonly<Record<string, string>>): string {
  return fillText(text, values)
    .map((part) => part.text)
    .join('');
}
