/**
 * IPC channels between the portal's preload (inside the EduConnect page) and the main process.
 * The preload reports only the kind of the focused field, which known page is shown (and which of
 * its known fields has focus, by catalog ids), and that the visitor is active — never a value, a
 * name, a label, a page's text or an address.
 */
import * as v from 'valibot';
import { portalPageById, portalPageCatalog } from './portal-pages.ts';
import type { PortalPageCatalog } from './portal-pages-schema.ts';
import { fieldKinds, portalRefusals } from './portal-types.ts';

/** The portal preload sends `{ field: FieldKind | null }` when focus enters or leaves a field. */
export const portalFocusChannel = 'portal:focus';

/**
 * Schema of the focus message; main validates it before forwarding to the renderer. `inFrame` is
 * true when focus is inside a frame of another site, which the keyboard cannot type into.
 */
export const portalFocusMessageSchema = v.strictObject({
  field: v.nullable(v.picklist(fieldKinds)),
  inFrame: v.optional(v.boolean()),
});

/** The portal preload sends `{ what }` when it refused the file chooser or the print dialog. */
export const portalRefusedChannel = 'portal:refused';

/** Schema of the refusal message. */
export const portalRefusedMessageSchema = v.strictObject({ what: v.picklist(portalRefusals) });

/** The portal preload sends this (no payload), throttled, when the visitor touches or types. */
export const portalActivityChannel = 'portal:activity';

/** At most one activity ping per this many milliseconds. */
export const portalActivityThrottleMs = 2_000;

/** The portal preload sends `{ page, field }` when the known page shown, or its focused known field, changes. */
export const portalPageChannel = 'portal:page';

const catalogId = v.pipe(v.string(), v.maxLength(64));

/**
 * Schema of a page report for a catalog: `page` one of its page ids or null, `field` one of that
 * page's field ids or null (never a field without a page). Anything else — a text, a value — fails.
 */
export function pageReportSchema(catalog: PortalPageCatalog) {
  const pageIds = catalog.pages.map((page) => page.id);
  return v.pipe(
    v.strictObject({ page: v.nullable(catalogId), field: v.nullable(catalogId) }),
    v.check(({ page, field }) => {
      if (page === null) return field === null;
      const known = pageIds.includes(page) ? portalPageById(catalog, page) : undefined;
      return known !== undefined && (field === null || (known.fields ?? []).some((candidate) => candidate.id === field));
    }, 'a known page, and one of its fields or none'),
  );
}

/** Schema of the page message, for the bundled catalog. */
export const portalPageMessageSchema = pageReportSchema(portalPageCatalog);
