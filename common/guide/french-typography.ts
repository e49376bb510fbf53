/**
 * French spacing around « » and before ; ! ? : — a narrow no-break space (U+202F), so that a line
 * never starts with « » » or « : » on the screen or the printed slip. The référent may write
 * ordinary spaces in `resources/guide/texts/fr.json`: the texts get this spacing when they are
 * loaded (and the French labels quoted in « » in every translation), and the source files are kept
 * with it too.
 */

/** The narrow no-break space French typography puts inside « » and before ; ! ? : */
export const narrowNoBreakSpace = '\u202F';

/** A run of spaces right after an opening guillemet. */
const afterOpening = /«[ \u00A0\u202F]+/g;

/**
 * A run of spaces right before a closing guillemet or ; ! ? : — not the space that follows an
 * optional part's `[[`, which separates that part from the sentence before it and must stay
 * breakable. The run is matched from its first space, so that the whole run becomes one space.
 */
const beforeClosingOrMark = /(?<![ \u00A0\u202F]|\[\[)[ \u00A0\u202F]+(?=[»;!?:])/g;

/**
 * The text with every ordinary or no-break space (or run of them) after « and before », ;, !, ?
 * and : replaced by one narrow no-break space. Nothing is inserted where there was no space, so
 * addresses (`https://…`, `a@b.fr`) and `{placeholders}`, which hold no spaces, are left as they
 * are. Applying it twice gives the same text as applying it once.
 */
export function withFrenchTypography(text: string): string {
  return text.replace(afterOpening, `«${narrowNoBreakSpace}`).replace(beforeClosingOrMark, narrowNoBreakSpace);
}

/**
 * The text with {@link withFrenchTypography} applied inside each « … » only: the French labels a
 * translation quotes (`Choose « Représentant légal » (legal guardian).`) are spaced as in the
 * French texts, and the translation's own punctuation is left to its language's rules.
 */
export function withFrenchLabelTypography(text: string): string {
  return text.replace(/«[^«»]*»/g, withFrenchTypography);
}

function mapStrings(value: unknown, spaced: (text: string) => string): unknown {
  if (typeof value === 'string') return spaced(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, spaced));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, mapStrings(child, spaced)]));
  return value;
}

/**
 * A copy of parsed French texts (a texts file's object, or a label table) with
 * {@link withFrenchTypography} applied to every string in it; keys and structure are unchanged.
 */
export function withFrenchTypographyEverywhere<T>(texts: T): T {
  return mapStrings(texts, withFrenchTypography) as T;
}

/** A copy of a parsed translation with {@link withFrenchLabelTypography} applied to every string in it. */
export function withFrenchLabelTypographyEverywhere<T>(texts: T): T {
  return mapStrings(texts, withFrenchLabelTypography) as T;
}
