import type { SchoolConfig } from '../config/school-config.ts';

/** The placeholders texts may use, each filled from the school configuration. */
export const placeholderNames = [
  'schoolName',
  'secretariatName',
  'secretariatEmail',
  'entAddress',
  'educonnectAddress',
  'referentName',
  'referentRecipient',
  'referentDirectoryName',
] as const;

/** A placeholder name. */
export type PlaceholderName = (typeof placeholderNames)[number];

/** The placeholder values for a configuration. */
export type PlaceholderValues = Readonly<Record<PlaceholderName, string>>;

/** A web address as a person reads it: host and path, without the scheme or a trailing slash. */
export function readableAddress(url: string): string {
  const parsed = new URL(url);
  const path = parsed.pathname === '/' ? '' : parsed.pathname;
  return `${parsed.host}${path}`;
}

/** Fills the placeholder values from the school configuration. */
export function placeholderValues(config: SchoolConfig): PlaceholderValues {
  return {
    schoolName: config.school.name,
    secretariatName: config.contacts.secretariat.name,
    secretariatEmail: config.contacts.secretariat.email,
    entAddress: new URL(config.addresses.entLogin).host.replace(/^cas\./, ''),
    educonnectAddress: readableAddress(config.addresses.educonnect),
    referentName: config.contacts.referent.name,
    referentRecipient: config.contacts.referent.entMessagingRecipient,
    referentDirectoryName: config.contacts.referent.directoryName,
  };
}

const placeholderPattern = /\{([A-Za-z]+)\}/g;

/** The placeholder names used in a text, in order. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(placeholderPattern)].map((match) => match[1] ?? '');
}

/** A piece of filled text: plain words, or a value that must stay left-to-right (address, e-mail). */
export type TextPart = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'value'; readonly text: string };

/**
 * Splits a text into parts, filling placeholders from `values` (and extra values such as
 * `{step}`); unknown placeholders are kept as written so a gap is visible, never silently empty.
 */
export function fillText(text: string, values: Readonly<Record<string, string>>): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(placeholderPattern)) {
    const index = match.index;
    if (index > last) parts.push({ kind: 'text', text: text.slice(last, index) });
    const value = values[match[1] ?? ''];
    parts.push(value === undefined ? { kind: 'text', text: match[0] } : { kind: 'value', text: value });
    last = index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** Fills placeholders and returns plain text. */
export function fillPlain(text: string, values: Readonly<Record<string, string>>): string {
  return fillText(text, values)
    .map((part) => part.text)
    .join('');
}
