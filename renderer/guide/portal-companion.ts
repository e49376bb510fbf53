/**
 * What the page companion shows, as plain data: for a known page, its name and task in the
 * visitor's language, each field's French label (as the page shows it) with its explanation, the
 * buttons to press next and the usual mistakes; and the route's steps, read before the portal,
 * for a page the kiosk does not know.
 */
import type { GuideScreen } from '../../common/guide/guide-schema.ts';
import type { GuideIndex } from '../../common/guide/visitor-path.ts';
import type { PortalPagesTexts } from '../../common/portal/portal-page-texts.ts';
import type { PortalPage, PortalPageCatalog } from '../../common/portal/portal-pages-schema.ts';
import { portalPageById } from '../../common/portal/portal-pages.ts';

/** One field of the page, as the companion lists it. */
export interface CompanionField {
  readonly id: string;
  /** The French label, exactly as the page shows it. */
  readonly label: string;
  /** What the field wants, in the visitor's language. */
  readonly explanation: string;
}

/** The companion's explanation of a known page. */
export interface CompanionPage {
  readonly page: PortalPage;
  readonly name: string;
  readonly todo: string;
  readonly fields: readonly CompanionField[];
  /** The French labels of the buttons to press next. */
  readonly next: readonly string[];
  readonly mistakes: readonly string[];
}

/**
 * The explanation of the known page `pageId` in one language's words; undefined for an unknown
 * page, or a page whose words are missing (the companion then shows the route's steps instead of
 * half an explanation).
 */
export function companionPage(catalog: PortalPageCatalog, pageId: string | null, texts: PortalPagesTexts | undefined): CompanionPage | undefined {
  const page = pageId === null ? undefined : portalPageById(catalog, pageId);
  const words = page === undefined ? undefined : texts?.pages[page.id];
  if (page === undefined || words === undefined || texts === undefined) return undefined;
  return {
    page,
    name: words.name,
    todo: words.todo,
    fields: (page.fields ?? []).map((field) => ({ id: field.id, label: field.label, explanation: texts.fields[field.text] ?? '' })),
    next: page.next ?? [],
    mistakes: (page.mistakes ?? []).flatMap((id) => {
      const mistake = texts.mistakes[id];
      return mistake === undefined ? [] : [mistake];
    }),
  };
}

/**
 * The steps screen that opened the portal screen `portalScreen`: the screen before it on the path
 * when it leads there, else the guide's screen whose portal action opens it.
 */
export function stepsScreenFor(index: GuideIndex, path: readonly string[], portalScreen: string): GuideScreen | undefined {
  const at = path.lastIndexOf(portalScreen);
  const before = at > 0 ? path[at - 1] : undefined;
  if (before !== undefined && index.screen(before).portalScreen === portalScreen) return index.screen(before);
  return index.graph.screens.find((screen) => screen.portalScreen === portalScreen);
}
