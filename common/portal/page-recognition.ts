/**
 * Which known page the portal shows, and which of its fields has focus, from what the page
 * visibly shows and its known markers. Runs inside the page (the Electron preload, the preview's
 * agent) on a `PageProbe`; its answers are ids from the catalog only — never a text it read.
 */
import type { PageSign, PageTextKind, PortalField, PortalPage, PortalPageCatalog } from './portal-pages-schema.ts';

/** What recognition may ask of a page. */
export interface PageProbe {
  /** True when a visible element matches the marker. */
  has(marker: string): boolean;
  /** The texts of the visible elements of a kind, as they are. */
  texts(kind: PageTextKind): readonly string[];
}

/** What recognition may ask of the focused field. */
export interface FieldProbe {
  /** True when the field matches the marker. */
  matches(marker: string): boolean;
  /** The texts of the field's labels (`<label>`, `aria-labelledby`, `aria-label`). */
  labels(): readonly string[];
}

/**
 * A page text as compared: accents, case, apostrophes, spacing and a trailing required-field
 * mark (`*`) or colon aside, so « N° de téléphone portable » matches `N° de téléphone portable *`.
 */
export function comparable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s*:]+$/, '')
    .toLocaleLowerCase('fr');
}

/** True when `text` begins with the words of `words` (both comparable), not in the middle of a word. */
function beginsWith(text: string, words: string): boolean {
  if (words === '' || !text.startsWith(words)) return false;
  const next = text.charAt(words.length);
  return next === '' || !/[\p{L}\p{N}]/u.test(next);
}

/** A probe's texts made comparable, each kind read at most once. */
function comparableTexts(probe: PageProbe): (kind: PageTextKind) => readonly string[] {
  const read = new Map<PageTextKind, readonly string[]>();
  return (kind) => {
    let texts = read.get(kind);
    if (texts === undefined) {
      texts = probe.texts(kind).map(comparable).filter((text) => text !== '');
      read.set(kind, texts);
    }
    return texts;
  };
}

function signHolds(sign: PageSign, probe: PageProbe, texts: (kind: PageTextKind) => readonly string[]): boolean {
  if ('marker' in sign) return probe.has(sign.marker);
  const [kind, words] = Object.entries(sign)[0] as [PageTextKind, string];
  const wanted = comparable(words);
  return texts(kind).some((text) => beginsWith(text, wanted));
}

/**
 * The known page the probe shows: the one page of the catalog with a set of signs that all hold.
 * None, or more than one, is `null` (an unknown page): the companion then shows the route's steps
 * rather than risk explaining the wrong page.
 */
export function recognisePage(catalog: PortalPageCatalog, probe: PageProbe): PortalPage | null {
  const texts = comparableTexts(probe);
  const found = catalog.pages.filter((page) => page.recognisedBy.some((signs) => signs.every((sign) => signHolds(sign, probe, texts))));
  return found.length === 1 ? (found[0] ?? null) : null;
}

/**
 * The field of `page` the focused element is: one of its markers matches, or one of its labels
 * begins with the field's label. `null` when it is none of them.
 */
export function recogniseField(page: PortalPage, field: FieldProbe): PortalField | null {
  const fields = page.fields ?? [];
  const byMarker = fields.find((known) => (known.markers ?? []).some((marker) => field.matches(marker)));
  if (byMarker !== undefined) return byMarker;
  const labels = field.labels().map(comparable);
  return fields.find((known) => labels.some((label) => beginsWith(label, comparable(known.label)))) ?? null;
}
