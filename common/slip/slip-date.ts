/**
 * One formatter per language, made on first use: building an `Intl.DateTimeFormat` loads locale
 * data and costs far more than formatting with it (it showed in the recap screen's render time).
 * A tag the runtime refuses is remembered as `null`. Ten languages at most: the map stays small.
 */
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(language: string): Intl.DateTimeFormat | null {
  const known = formatters.get(language);
  if (known !== undefined) return known;
  let made: Intl.DateTimeFormat | null;
  try {
    made = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric' });
  } catch {
    made = null;
  }
  formatters.set(language, made);
  return made;
}

/**
 * Writes a day for the slip in a language ("3 septembre 2025", "3 September 2025"), in the
 * kiosk's local time zone. Falls back to ISO digits when the runtime has no data for the language.
 */
export function formatSlipDate(date: Date, language: string): string {
  const formatter = formatterFor(language);
  if (formatter !== null) return formatter.format(date);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
