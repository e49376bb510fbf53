/**
 * From the kiosk's launch to its attract screen, ready to be touched: measured, as a figure, and
 * compared with a generous budget.
 */
import { selfTestCheckInfo } from '../../../../common/self-test/self-test-catalog.ts';
import { outcome, seconds, type SelfTestCheck } from '../self-test-check.ts';
import { waitForAttract } from '../visits.ts';

/** What the check saw. */
export interface LaunchTimeObservation {
  /** Milliseconds from the main process's start to the attract screen; undefined when it never came. */
  readonly launchToAttractMs: number | undefined;
}

/**
 * The budget: a school PC from a few years ago, a cold disk and an antivirus scanning the
 * executable start Electron in 5 to 15 s; past 30 s a parent walks away.
 */
export const launchBudgetMs = 30_000;

/** How long the check waits for the attract screen. */
const waitMs = 60_000;

/** The launch-time check. */
export const launchTimeCheck: SelfTestCheck<LaunchTimeObservation> = {
  ...selfTestCheckInfo('launch-time'),
  timeoutMs: waitMs + 10_000,
  skipReason: (environment) =>
    environment.atLaunch ? undefined : 'lancé depuis l’écran du personnel\u202F: le démarrage ne se mesure qu’au lancement (--self-test)',
  run: async (context) => {
    const shown = await waitForAttract(context, waitMs);
    return { launchToAttractMs: shown === undefined ? undefined : Math.round(context.kiosk.clock.sinceLaunchMs()) };
  },
  verdict: (observation) => {
    const ms = observation.launchToAttractMs;
    if (ms === undefined) return outcome.failed(`l’écran d’accueil n’est pas apparu en ${seconds(waitMs)}`);
    if (ms > launchBudgetMs) return outcome.failed(`écran d’accueil prêt en ${seconds(ms)}, au-delà du budget de ${seconds(launchBudgetMs)}`);
    return outcome.passed(`écran d’accueil prêt en ${seconds(ms)} après le lancement (budget ${seconds(launchBudgetMs)})`);
  },
  figures: (observation) => (observation.launchToAttractMs === undefined ? undefined : { launchToAttractMs: observation.launchToAttractMs }),
};
