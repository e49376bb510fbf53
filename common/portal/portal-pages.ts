/**
 * The known portal pages bundled with the kiosk (`resources/guide/portal-pages.json`), checked
 * once when loaded. The portal's preload and the preview's portal agent match pages against it
 * inside the page; the renderer reads the fields and buttons it describes; the guide's checks
 * read the text keys it uses. A catalog that fails its checks is replaced by an empty one: every
 * page is then unknown and the companion shows the route's steps — never a wrong explanation,
 * and the page guards around it keep working.
 */
import * as v from 'valibot';
import bundledPages from '../../resources/guide/portal-pages.json' with { type: 'json' };
import { catalogProblems, portalPagesFileSchema, type PortalPage, type PortalPageCatalog } from './portal-pages-schema.ts';

/** A catalog read from its JSON, or the problems that keep it from being used. */
export type CatalogReading = { readonly ok: true; readonly catalog: PortalPageCatalog } | { readonly ok: false; readonly problems: readonly string[] };

/** Checks a parsed `portal-pages.json`: its shape, then its ids. */
export function readPortalPages(input: unknown): CatalogReading {
  const parsed = v.safeParse(portalPagesFileSchema, input);
  if (!parsed.success) return { ok: false, problems: parsed.issues.map((issue) => `« ${v.getDotPath(issue) ?? '(fichier)'} » — ${issue.message}`) };
  const problems = catalogProblems(parsed.output);
  return problems.length === 0 ? { ok: true, catalog: parsed.output } : { ok: false, problems };
}

const bundled = readPortalPages(bundledPages);

/** The bundled catalog (empty when it fails its checks; `portal-pages.test.ts` makes sure it does not). */
export const portalPageCatalog: PortalPageCatalog = bundled.ok ? bundled.catalog : { version: 1, pages: [] };

/** The ids of the pages that show a finished success (`success: true`). */
export function successPageIds(catalog: PortalPageCatalog): ReadonlySet<string> {
  return new Set(catalog.pages.filter((page) => page.success === true).map((page) => page.id));
}

/** The known page with this id. */
export function portalPageById(catalog: PortalPageCatalog, id: string): PortalPage | undefined {
  return catalog.pages.find((page) => page.id === id);
}
