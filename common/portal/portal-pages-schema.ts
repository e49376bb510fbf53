/**
 * The known portal pages as data (`resources/guide/portal-pages.json`): how each EduConnect page
 * is recognised — by what it visibly shows (headings, labels, buttons, links, sentences) and by
 * known DOM markers — which fields it asks for, with their French labels exactly as the page shows
 * them, the button to press next and the usual mistakes. The page companion's words in each
 * language live in the texts files (`portalPages`), keyed by the ids given here.
 */
import * as v from 'valibot';

const id = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, 'an id in lower-case-kebab'));

/** A French text as the page shows it (a heading, a label, a button). */
const pageText = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200));

/**
 * A DOM marker: one simple selector — an optional tag, then `#id`, `.class` and `[attribute]` or
 * `[attribute="value"]` parts, no combinator and no list (so a marker stays readable and cheap).
 */
export const markerPattern = /^[a-zA-Z][a-zA-Z0-9]*(?:[#.][\w-]+|\[[\w-]+(?:="[^"\]]*")?\])*$|^(?:[#.][\w-]+|\[[\w-]+(?:="[^"\]]*")?\])+$/;

const marker = v.pipe(v.string(), v.maxLength(200), v.regex(markerPattern, 'a simple selector: tag, #id, .class, [attribute="value"]'));

/** What a page visibly shows, by kind of element. */
export const pageTextKinds = ['heading', 'label', 'button', 'link', 'text'] as const;

/** A kind of visible text (see `pageTextKinds`). */
export type PageTextKind = (typeof pageTextKinds)[number];

/**
 * One sign of a page: a visible element matching a marker, or a visible heading (`h1`–`h4`,
 * `legend`), label, button, link or sentence whose text starts with the given French words
 * (case, accents, apostrophes and spacing aside).
 */
export const pageSignSchema = v.union([
  v.strictObject({ marker }),
  v.strictObject({ heading: pageText }),
  v.strictObject({ label: pageText }),
  v.strictObject({ button: pageText }),
  v.strictObject({ link: pageText }),
  v.strictObject({ text: pageText }),
]);

/** One sign of a page. */
export type PageSign = v.InferOutput<typeof pageSignSchema>;

/** Schema of one field of a page. */
export const portalFieldSchema = v.strictObject({
  /** The field's id within its page (reported when the field has focus). */
  id,
  /** The field's label exactly as the page shows it, quoted « » in the companion. */
  label: pageText,
  /** DOM markers of the field itself (`#mobile`, `[name="j_username"]`); its label is tried too. */
  markers: v.optional(v.array(marker)),
  /** The explanation's key under `portalPages.fields` in the texts files. */
  text: id,
});

/** One field of a page. */
export type PortalField = v.InferOutput<typeof portalFieldSchema>;

/** Schema of one known page. */
export const portalPageSchema = v.strictObject({
  /** The page's id (reported by the portal, never any of its content). */
  id,
  /**
   * The page's title exactly as it shows it, quoted « » next to the page's name in the companion;
   * it must be a heading sign of every set in `recognisedBy`, so it is always on the page.
   */
  heading: v.optional(pageText),
  /**
   * How the page is recognised: any one of these sets of signs, each sign of the set present. A
   * page is recognised only when no other known page is recognised at the same time.
   */
  recognisedBy: v.pipe(v.array(v.pipe(v.array(pageSignSchema), v.minLength(1))), v.minLength(1)),
  /** The fields the page asks for, in the page's order. */
  fields: v.optional(v.array(portalFieldSchema)),
  /** The buttons (or links) to press next, exactly as the page shows them. */
  next: v.optional(v.array(pageText)),
  /** The usual mistakes on this page: keys under `portalPages.mistakes` in the texts files. */
  mistakes: v.optional(v.array(id)),
  /**
   * The page shows a finished success (account activated, identifiant sent, password changed): a
   * visit that ends in the portal after it counts as a success in the anonymous statistics.
   */
  success: v.optional(v.literal(true)),
});

/** One known page. */
export type PortalPage = v.InferOutput<typeof portalPageSchema>;

/** Schema of `portal-pages.json`. */
export const portalPagesFileSchema = v.strictObject({
  version: v.literal(1),
  pages: v.pipe(v.array(portalPageSchema), v.minLength(1)),
});

/** The known pages. */
export type PortalPageCatalog = v.InferOutput<typeof portalPagesFileSchema>;

/** What is wrong in a catalog beyond its shape (French, for the référent): duplicate ids. */
export function catalogProblems(catalog: PortalPageCatalog): string[] {
  const problems: string[] = [];
  const pages = new Set<string>();
  for (const page of catalog.pages) {
    if (pages.has(page.id)) problems.push(`Page « ${page.id} » : identifiant en double.`);
    pages.add(page.id);
    // The companion quotes the title as shown: only a title the page must show to be recognised.
    const title = page.heading;
    if (title !== undefined && !page.recognisedBy.every((signs) => signs.some((sign) => 'heading' in sign && sign.heading === title))) {
      problems.push(`Page « ${page.id} » : le titre « ${title} » doit faire partie de chaque façon de reconnaître la page.`);
    }
    const fields = new Set<string>();
    for (const field of page.fields ?? []) {
      if (fields.has(field.id)) problems.push(`Page « ${page.id} » : le champ « ${field.id} » est en double.`);
      fields.add(field.id);
    }
  }
  return problems;
}

/** The text keys a catalog uses: field explanations and mistakes (page names and tasks use page ids). */
export function catalogTextKeys(catalog: PortalPageCatalog): { readonly fields: ReadonlySet<string>; readonly mistakes: ReadonlySet<string> } {
  return {
    fields: new Set(catalog.pages.flatMap((page) => (page.fields ?? []).map((field) => field.text))),
    mistakes: new Set(catalog.pages.flatMap((page) => page.mistakes ?? [])),
  };
}
