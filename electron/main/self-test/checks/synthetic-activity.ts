/**
 * Synthetic events do not count as activity: made-up keyboard, pointer, wheel and input events
 * dispatched by the portal page bring no `activity` event within 3 s — while a real press, sent
 * as the touch screen would, does (otherwise the check would prove nothing).
 */
import { selfTestCheckInfo } from '../../../../common/self-test/self-test-catalog.ts';
import { demoPages } from '../demo-portal-pages.ts';
import { portalScripts } from '../page-scripts.ts';
import { outcome, type SelfTestCheck } from '../self-test-check.ts';
import { endVisit, openVisit } from '../visits.ts';
import { pause, waitFor } from '../wait.ts';

/** What the check saw. */
export interface SyntheticActivityObservation {
  readonly dispatched: number;
  /** `activity` events after the made-up events. */
  readonly syntheticActivity: number;
  /** An `activity` event came after a real press. */
  readonly realActivity: boolean;
}

/** How long made-up events are given to (wrongly) count. */
export const syntheticWaitMs = 3_000;

/** The synthetic activity check. */
export const syntheticActivityCheck: SelfTestCheck<SyntheticActivityObservation> = {
  ...selfTestCheckInfo('synthetic-activity'),
  timeoutMs: 30_000,
  run: async (context) => {
    const { kiosk, signal } = context;
    await openVisit(context, demoPages.state);
    const watch = kiosk.portal.watch();
    const activity = (): number => watch.events().filter((event) => event.type === 'activity').length;
    try {
      const dispatched = await kiosk.portal.evaluate(portalScripts.syntheticActivity());
      await pause(kiosk.clock, syntheticWaitMs, signal);
      const syntheticActivity = activity();
      kiosk.portal.focus();
      kiosk.portal.press({ x: 40, y: 40 });
      const realActivity = (await waitFor(() => activity() > syntheticActivity, { clock: kiosk.clock, signal, timeoutMs: syntheticWaitMs })) === true;
      return { dispatched, syntheticActivity, realActivity };
    } finally {
      watch.stop();
      await endVisit(kiosk);
    }
  },
  verdict: (observation) => {
    if (observation.syntheticActivity > 0) return outcome.failed('des événements fabriqués par la page ont compté comme un visiteur présent');
    if (!observation.realActivity) return outcome.failed('un vrai toucher dans le portail n’a pas été compté\u202F: l’essai ne prouve rien');
    return outcome.passed(`${String(observation.dispatched)} événements fabriqués ignorés pendant ${String(syntheticWaitMs / 1000)} s\u202F; un vrai toucher compte`);
  },
};
