/** The host window cannot be navigated: its page sends itself to an outside site and stays on `app://kiosk/`. */
import { appHost, appScheme } from '../../../../common/security/app-origin.ts';
import { selfTestCheckInfo } from '../../../../common/self-test/self-test-catalog.ts';
import { setLocation } from '../page-scripts.ts';
import { outcome, type SelfTestCheck } from '../self-test-check.ts';
import { hostOfUrl } from '../visits.ts';
import { pause, within } from '../wait.ts';

/** What the check saw. */
export interface HostNavigationObservation {
  readonly urlBefore: string;
  readonly urlAfter: string;
}

/** The outside address the page tries to reach. */
export const hostNavigationTarget = 'https://example.com/';

const onKioskPage = (url: string): boolean => url.startsWith(`${appScheme}://${appHost}/`);

/** The host navigation check. */
export const hostNavigationCheck: SelfTestCheck<HostNavigationObservation> = {
  ...selfTestCheckInfo('host-navigation'),
  timeoutMs: 20_000,
  run: async ({ kiosk, signal }) => {
    const urlBefore = kiosk.host.url();
    await within(kiosk.host.evaluate(setLocation(hostNavigationTarget)), 2_000, kiosk.clock);
    await pause(kiosk.clock, 2_000, signal);
    return { urlBefore, urlAfter: kiosk.host.url() };
  },
  verdict: (observation) => {
    if (!onKioskPage(observation.urlBefore)) return outcome.failed('la fenêtre n’était pas sur la page de la borne au départ');
    if (!onKioskPage(observation.urlAfter)) return outcome.failed(`la page de la borne est partie vers ${hostOfUrl(observation.urlAfter) ?? 'une autre adresse'}`);
    return outcome.passed(`envoyée vers ${hostOfUrl(hostNavigationTarget) ?? ''}, la page de la borne est restée sur ${appScheme}://${appHost}/`);
  },
};
