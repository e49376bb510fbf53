/**
 * Each visitor starts in an empty in-memory partition: a first visit leaves the self-test's marks
 * in every store, and the next visitor's portal must hold none of them, in a session that is not
 * persistent. And that first visit must leave nothing under the app's data folder but the
 * statistics and the log — compared with a control period of the same length without a visit, so
 * the browser's own housekeeping writes are not blamed on the visit.
 */
import { selfTestCheckInfo } from '../../../../common/self-test/self-test-catalog.ts';
import { demoPages } from '../demo-portal-pages.ts';
import type { StoreMarks } from '../page-scripts.ts';
import { frenchList, outcome, type SelfTestCheck } from '../self-test-check.ts';
import { visitWrites } from '../user-data-diff.ts';
import { endVisit, openVisit, SelfTestProblem } from '../visits.ts';
import { pause } from '../wait.ts';
import { findMarks, leaveMarks, marked, markToken, unmarked } from './store-marks.ts';

/** What the check saw. */
export interface FreshPartitionObservation {
  /** Which stores took the first visit's marks (else the proof is void). */
  readonly left: StoreMarks;
  /** Which of them the next visitor found. */
  readonly found: StoreMarks;
  readonly persistent: boolean;
  readonly hasStoragePath: boolean;
  /** Paths under the data folder the first visit wrote, besides statistics and log. */
  readonly written: readonly string[];
  /** Paths the browser changed on its own during the control period. */
  readonly background: readonly string[];
}

/** The control period's length: about as long as the visit. */
const controlMs = 3_000;

/** The fresh partition check. */
export const freshPartitionCheck: SelfTestCheck<FreshPartitionObservation> = {
  ...selfTestCheckInfo('fresh-partition'),
  timeoutMs: 60_000,
  run: async (context) => {
    const { kiosk, signal } = context;
    const controlBefore = await kiosk.userDataListing();
    await pause(kiosk.clock, controlMs, signal);
    const visitBefore = await kiosk.userDataListing();
    const token = markToken(kiosk, 0);
    await openVisit(context, demoPages.login);
    const left = await leaveMarks(kiosk, token);
    await endVisit(kiosk);
    const visitAfter = await kiosk.userDataListing();
    await openVisit(context, demoPages.state);
    const session = await kiosk.portal.session();
    if (session === undefined) throw new SelfTestProblem('le portail n’a pas de session');
    const found = await findMarks(kiosk, token);
    await endVisit(kiosk);
    const { written, background } = visitWrites({ before: controlBefore, after: visitBefore }, { before: visitBefore, after: visitAfter });
    return { left, found, persistent: session.persistent, hasStoragePath: session.storagePath !== null, written, background };
  },
  verdict: (observation) => {
    const problems: string[] = [];
    if (observation.persistent || observation.hasStoragePath) problems.push('la session du portail est enregistrée sur le disque (partition persistante)');
    const leftovers = marked(observation.found);
    if (leftovers.length > 0) problems.push(`le visiteur suivant a trouvé les données du précédent (${frenchList(leftovers)})`);
    const notLeft = unmarked(observation.left);
    if (notLeft.length > 0) problems.push(`la page n’a pas pu écrire dans ${frenchList(notLeft)}\u202F: l’essai ne prouve rien pour ${notLeft.length > 1 ? 'eux' : 'lui'}`);
    if (observation.written.length > 0) {
      const shown = observation.written.slice(0, 5);
      problems.push(`la visite a écrit dans le dossier de données\u202F: ${frenchList(shown)}${observation.written.length > shown.length ? ' …' : ''}`);
    }
    if (problems.length > 0) return outcome.failed(problems.join('\u202F; '));
    const housekeeping = observation.background.length > 0 ? ` (${String(observation.background.length)} fichier(s) du navigateur modifié(s) aussi sans visite, non comptés)` : '';
    return outcome.passed(`le visiteur suivant ne trouve rien du précédent, tout reste en mémoire\u202F; rien écrit sur le disque hors statistiques et journal${housekeeping}`);
  },
};
