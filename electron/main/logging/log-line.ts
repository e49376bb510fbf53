/**
 * The guard every log line passes before it reaches the file: one physical line per entry, no
 * control or direction-override characters (so a line cannot forge another entry or hide text in
 * an editor), and a bounded length. Callers still never pass personal data; this only keeps the
 * file readable and bounded whatever a caller passes.
 */

/** The longest line written, in UTF-16 code units, before truncation. */
export const maxLogLineLength = 2_000;

/** Line breaks and tabs become a space, so the words around them stay apart. */
const lineBreaks = /\r\n|[\t\n\v\f\r\u0085\u2028\u2029]/g;

/** Other C0 and C1 controls, DEL, and the invisible direction marks and overrides. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const invisibles = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Halves of surrogate pairs without their other half. */
const loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `line` made safe to write as one line of the log, at most `maxLength` code units (ending in `…` when cut). */
export function sanitizeLogLine(line: string, maxLength: number = maxLogLineLength): string {
  const clean = line.replace(lineBreaks, ' ').replace(invisibles, '').replace(loneSurrogates, '\ufffd');
  if (clean.length <= maxLength) return clean;
  let cut = Math.max(0, maxLength - 1);
  // Never split a surrogate pair.
  if (cut > 0 && /[\ud800-\udbff]/.test(clean.charAt(cut - 1))) cut -= 1;
  return `${clean.slice(0, cut)}…`;
}
