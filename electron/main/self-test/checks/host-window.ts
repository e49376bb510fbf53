/**
 * The host window: on `app://kiosk/`, its page served with the kiosk's Content-Security-Policy
 * (read back by fetching the page through the host window's own session), no Node in the page,
 * and a bridge with exactly the contract's methods and `on`.
 */
import { kioskMethodNames } from '../../../../common/bridge/contract.ts';
import { appEntryUrl, appHost, appScheme } from '../../../../common/security/app-origin.ts';
import { contentSecurityPolicy } from '../../../../common/security/content-security-policy.ts';
import { selfTestCheckInfo } from '../../../../common/self-test/self-test-catalog.ts';
import { hostScripts } from '../page-scripts.ts';
import { frenchList, outcome, type SelfTestCheck } from '../self-test-check.ts';

/** What the check saw. */
export interface HostWindowObservation {
  /** The host page's address. */
  readonly url: string;
  /** `typeof require` and `typeof process` in the page. */
  readonly require: string;
  readonly process: string;
  /** The bridge's names, sorted; null without a bridge. */
  readonly methods: readonly string[] | null;
  /** The status of `app://kiosk/index.html` fetched through the host session. */
  readonly status: number;
  /** Its Content-Security-Policy header, or null. */
  readonly csp: string | null;
}

/** The names the bridge must expose: every contract method, and `on`. */
export const expectedBridgeNames: readonly string[] = [...kioskMethodNames, 'on'].sort();

/** The host window check. */
export const hostWindowCheck: SelfTestCheck<HostWindowObservation> = {
  ...selfTestCheckInfo('host-window'),
  timeoutMs: 20_000,
  run: async ({ kiosk }) => {
    const globals = await kiosk.host.evaluate(hostScripts.globals());
    const response = await kiosk.host.fetch(appEntryUrl);
    return {
      url: globals.url,
      require: globals.require,
      process: globals.process,
      methods: globals.methods === null ? null : [...globals.methods].sort(),
      status: response.status,
      csp: response.headers['content-security-policy'] ?? null,
    };
  },
  verdict: (observation) => {
    const problems: string[] = [];
    if (!observation.url.startsWith(`${appScheme}://${appHost}/`)) problems.push(`la page n’est pas servie sur ${appScheme}://${appHost}/`);
    if (observation.status !== 200) problems.push(`${appEntryUrl} répond ${String(observation.status)}`);
    else if (observation.csp === null) problems.push('la page est servie sans politique de sécurité (Content-Security-Policy)');
    else if (observation.csp !== contentSecurityPolicy()) problems.push('la politique de sécurité de la page n’est pas celle de la borne');
    if (observation.require !== 'undefined') problems.push('la page a accès à require');
    if (observation.process !== 'undefined') problems.push('la page a accès à process');
    if (observation.methods === null) {
      problems.push('la page n’a pas de pont window.kiosk');
    } else {
      const missing = expectedBridgeNames.filter((name) => !observation.methods?.includes(name));
      const extra = observation.methods.filter((name) => !expectedBridgeNames.includes(name));
      if (missing.length > 0) problems.push(`il manque au pont\u202F: ${frenchList(missing)}`);
      if (extra.length > 0) problems.push(`le pont expose en trop\u202F: ${frenchList(extra)}`);
    }
    if (problems.length > 0) return outcome.failed(problems.join('\u202F; '));
    return outcome.passed(`page sur ${appEntryUrl} avec sa politique de sécurité, sans accès au système, pont de ${String(expectedBridgeNames.length)} fonctions exactement`);
  },
};
