/**
 * A visitor who walks away: a visit is started on the attract screen and its portal opened, then
 * nothing is touched. With the self-test's short timeouts, the countdown must appear after the
 * idle time (not before), then the visit must end — its portal wiped — and the attract screen
 * come back.
 */
import { thankYouMs } from '../../../../common/visitor/visitor-lifecycle.ts';
import { selfTestCheckInfo } from '../../../../common/self-test/self-test-catalog.ts';
import { demoPages } from '../demo-portal-pages.ts';
import { hostScripts } from '../page-scripts.ts';
import { outcome, seconds, type SelfTestCheck } from '../self-test-check.ts';
import { callBridge, onAttractScreen, openVisit, SelfTestProblem } from '../visits.ts';
import { waitFor } from '../wait.ts';

/** What the check saw. */
export interface IdleResetObservation {
  readonly idleSeconds: number;
  readonly countdownSeconds: number;
  /** From the start of the visit to the countdown; undefined when it never showed. */
  readonly countdownAfterMs: number | undefined;
  /** From the countdown to the attract screen; undefined when it did not come back. */
  readonly attractAfterMs: number | undefined;
  /** No visitor portal was left once the attract screen was back. */
  readonly portalClosed: boolean;
  /** The wipe's log line was written. */
  readonly wipeLogged: boolean;
}

/** Slack for timers and page updates, in ms. */
const slackMs = 10_000;

/** The idle reset check. */
export const idleResetCheck: SelfTestCheck<IdleResetObservation> = {
  ...selfTestCheckInfo('idle-reset'),
  timeoutMs: 4 * 60_000,
  run: async (context) => {
    const { kiosk, signal } = context;
    const config = await callBridge(kiosk, 'getConfig');
    if (!config.ok) throw new SelfTestProblem('la configuration n’a pas pu être lue');
    const { idleSeconds, countdownSeconds } = config.value.config.timeouts;
    if (!(await kiosk.host.evaluate(hostScripts.startVisit()))) throw new SelfTestProblem('l’écran d’accueil n’a pas pu être touché');
    const start = kiosk.clock.now();
    const left = await waitFor(async () => !(await onAttractScreen(kiosk)), { clock: kiosk.clock, signal, timeoutMs: 5_000 });
    if (left !== true) throw new SelfTestProblem('toucher l’écran d’accueil n’a pas commencé de visite');
    await openVisit(context, demoPages.home);
    const logMark = (await kiosk.readLog()).length;
    const countdown = await waitFor(
      async () => (await kiosk.host.evaluate(hostScripts.screen())).countdown,
      { clock: kiosk.clock, signal, timeoutMs: idleSeconds * 1000 + slackMs, intervalMs: 250 },
    );
    const countdownAt = kiosk.clock.now();
    const back = countdown === true ? await waitFor(() => onAttractScreen(kiosk), { clock: kiosk.clock, signal, timeoutMs: countdownSeconds * 1000 + thankYouMs + slackMs, intervalMs: 250 }) : undefined;
    const log = await kiosk.readLog();
    return {
      idleSeconds,
      countdownSeconds,
      countdownAfterMs: countdown === true ? Math.round(countdownAt - start) : undefined,
      attractAfterMs: back === true ? Math.round(kiosk.clock.now() - countdownAt) : undefined,
      portalClosed: !kiosk.portal.isOpen(),
      wipeLogged: (log.length >= logMark ? log.slice(logMark) : log).includes('portal: visit wiped'),
    };
  },
  verdict: (observation) => {
    const idleMs = observation.idleSeconds * 1000;
    if (observation.countdownAfterMs === undefined) return outcome.failed(`le compte à rebours n’est pas apparu (attendu après ${seconds(idleMs)} sans toucher)`);
    if (observation.countdownAfterMs < idleMs - 1_000) return outcome.failed(`le compte à rebours est apparu trop tôt (${seconds(observation.countdownAfterMs)} au lieu de ${seconds(idleMs)})`);
    if (observation.attractAfterMs === undefined) return outcome.failed('après le compte à rebours, l’écran d’accueil n’est pas revenu');
    if (!observation.portalClosed || !observation.wipeLogged) return outcome.failed('la visite est revenue à l’accueil sans que son portail soit effacé');
    return outcome.passed(
      `compte à rebours après ${seconds(observation.countdownAfterMs)} sans toucher, visite effacée et écran d’accueil ${seconds(observation.attractAfterMs)} plus tard`,
    );
  },
  figures: (observation) => ({
    ...(observation.countdownAfterMs === undefined ? {} : { countdownAfterMs: observation.countdownAfterMs }),
    ...(observation.attractAfterMs === undefined ? {} : { attractAfterCountdownMs: observation.attractAfterMs }),
  }),
};
