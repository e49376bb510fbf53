/**
 * The page companion's recognition on the real runtime: the portal's preload reads the page it
 * runs in and reports which known page it is. On the demo login page and birth-dates page the
 * portal must report `login` and `birth-dates`, and every `recognised` event must name only pages
 * and fields of the catalog (never text of the page).
 */
import { portalPageById, portalPageCatalog } from '../../../../common/portal/portal-pages.ts';
import type { PortalEvent } from '../../../../common/portal/portal-types.ts';
import { selfTestCheckInfo } from '../../../../common/self-test/self-test-catalog.ts';
import { demoPages } from '../demo-portal-pages.ts';
import { outcome, type SelfTestCheck } from '../self-test-check.ts';
import { endVisit, loadPage, openVisit } from '../visits.ts';
import { waitFor } from '../wait.ts';

/** The demo pages loaded, with the catalog page each imitates. */
const expectedPages = [
  { url: demoPages.login, page: 'login' },
  { url: demoPages.birthDates, page: 'birth-dates' },
] as const;

/** What the check saw. */
export interface PageRecognitionObservation {
  /** For each expected page, whether the portal reported it. */
  readonly recognised: readonly { readonly page: string; readonly reported: boolean }[];
  /** Recognised events naming a page or field the catalog does not have. */
  readonly unknownIds: readonly string[];
}

/** The ids of a `recognised` event the catalog does not know. */
function unknownIdsOf(event: Extract<PortalEvent, { type: 'recognised' }>): string[] {
  if (event.page === null) return event.field === null ? [] : [event.field];
  const page = portalPageById(portalPageCatalog, event.page);
  if (page === undefined) return [event.page];
  if (event.field === null || (page.fields ?? []).some((field) => field.id === event.field)) return [];
  return [event.field];
}

/** The page recognition check. */
export const pageRecognitionCheck: SelfTestCheck<PageRecognitionObservation> = {
  ...selfTestCheckInfo('page-recognition'),
  timeoutMs: 45_000,
  run: async (context) => {
    const { kiosk, signal } = context;
    await openVisit(context);
    const watch = kiosk.portal.watch();
    const reports = (): Extract<PortalEvent, { type: 'recognised' }>[] => watch.events().flatMap((event) => (event.type === 'recognised' ? [event] : []));
    try {
      const recognised: { page: string; reported: boolean }[] = [];
      for (const expected of expectedPages) {
        await loadPage(kiosk, expected.url);
        const reported = (await waitFor(() => reports().some((event) => event.page === expected.page), { clock: kiosk.clock, signal, timeoutMs: 5_000 })) === true;
        recognised.push({ page: expected.page, reported });
      }
      return { recognised, unknownIds: [...new Set(reports().flatMap(unknownIdsOf))] };
    } finally {
      watch.stop();
      await endVisit(kiosk);
    }
  },
  verdict: (observation) => {
    const problems: string[] = [];
    for (const { page, reported } of observation.recognised) if (!reported) problems.push(`la page «\u202F${page}\u202F» n’est pas reconnue (l’aide montrera seulement les étapes)`);
    if (observation.unknownIds.length > 0) problems.push(`la page a transmis des noms hors de la liste des pages connues\u202F: ${observation.unknownIds.join(', ')}`);
    if (problems.length > 0) return outcome.failed(problems.join('\u202F; '));
    return outcome.passed(`pages reconnues\u202F: ${observation.recognised.map(({ page }) => page).join(', ')}\u202F; rien d’autre que des noms de la liste`);
  },
};
