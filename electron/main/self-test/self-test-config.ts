/**
 * The configuration the kiosk runs its self-test with: the school's own, in demonstration mode
 * (the portal shows the simulated EduConnect the kiosk serves itself, under its own allow-list,
 * so the checks touch no real service — see `portalSettingsFor`), with the shortest timeouts the
 * schema accepts, no statistics counted (the simulated visits are not the school's) and no daily
 * restart in the middle of a run.
 */
import type { ConfigSnapshot } from '../../../common/config/config-snapshot.ts';
import { visitorTimeoutRanges } from '../../../common/visitor/visitor-timeouts.ts';

/** The self-test's configuration, from the one in use. The file on disk is not changed. */
export function selfTestConfig(snapshot: ConfigSnapshot): ConfigSnapshot {
  const { config } = snapshot;
  return {
    ...snapshot,
    config: {
      ...config,
      mode: 'demonstration',
      statistics: false,
      dailyRestartAt: null,
      timeouts: {
        idleSeconds: visitorTimeoutRanges.idleSeconds.min,
        portalIdleSeconds: visitorTimeoutRanges.portalIdleSeconds.min,
        recapIdleSeconds: visitorTimeoutRanges.recapIdleSeconds.min,
        countdownSeconds: visitorTimeoutRanges.countdownSeconds.min,
        maxVisitSeconds: visitorTimeoutRanges.maxVisitSeconds.min,
      },
    },
  };
}
