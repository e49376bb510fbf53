/**
 * The on-screen keyboard types into the portal: through the bridge's `portalType` from the host
 * page, as the keyboard does, into the focused field of the demo portal. «Effacer» sent right
 * after a digit applies after it; what is typed in a password field never reaches the log. The
 * field's value is compared in the page with the self-test's own test text; it never leaves it.
 */
import type { KeyboardInput } from '../../../../common/portal/portal-types.ts';
import { selfTestCheckInfo } from '../../../../common/self-test/self-test-catalog.ts';
import { demoPages } from '../demo-portal-pages.ts';
import { portalScripts, type FieldReading } from '../page-scripts.ts';
import { outcome, type SelfTestCheck, type SelfTestContext } from '../self-test-check.ts';
import { callBridge, endVisit, loadPage, openVisit } from '../visits.ts';
import { pause } from '../wait.ts';

/** What the check saw. */
export interface PortalTypingObservation {
  readonly telFocused: boolean;
  /** The phone field after 0, 6, 1, 2 and «Effacer». */
  readonly tel: FieldReading;
  readonly passwordFocused: boolean;
  readonly password: FieldReading;
  readonly passwordLength: number;
  /** The typed password was found in the log written during the check. */
  readonly passwordInLog: boolean;
  /** Keyboard inputs the bridge refused. */
  readonly refusedInputs: number;
}

/** The phone field of the demo portal (route 2) and the password field of its login page. */
const telField = '#mobile';
const passwordField = '#mot-de-passe';

/** What the phone field must hold after the keys. */
const expectedTel = '061';

/** A test password that cannot be anyone's: random, typed by the self-test only. */
export function testPassword(random: () => number = Math.random): string {
  return `Autotest-${Math.floor(random() * 1e9).toString(36)}-Zq7`;
}

async function type(context: SelfTestContext, inputs: readonly KeyboardInput[]): Promise<number> {
  let refused = 0;
  for (const input of inputs) {
    const result = await callBridge(context.kiosk, 'portalType', input);
    if (!result.ok) refused += 1;
  }
  return refused;
}

/** The portal typing check. */
export const portalTypingCheck: SelfTestCheck<PortalTypingObservation> = {
  ...selfTestCheckInfo('portal-typing'),
  timeoutMs: 45_000,
  run: async (context) => {
    const { kiosk, signal } = context;
    await openVisit(context, demoPages.activation);
    try {
      kiosk.portal.focus();
      const telFocused = await kiosk.portal.evaluate(portalScripts.focusField(telField));
      let refusedInputs = await type(context, ['0', '6', '1'].map((digit) => ({ kind: 'text', text: digit })));
      // The digit and «Effacer» one after the other, with no wait between: the order must hold.
      refusedInputs += await type(context, [
        { kind: 'text', text: '2' },
        { kind: 'key', key: 'Backspace' },
      ]);
      await pause(kiosk.clock, 300, signal);
      const tel = await kiosk.portal.evaluate(portalScripts.readField(telField, expectedTel));

      await loadPage(kiosk, demoPages.login);
      kiosk.portal.focus();
      const passwordFocused = await kiosk.portal.evaluate(portalScripts.focusField(passwordField));
      const secret = testPassword();
      const logBefore = (await kiosk.readLog()).length;
      refusedInputs += await type(context, [{ kind: 'text', text: secret }]);
      await pause(kiosk.clock, 300, signal);
      const password = await kiosk.portal.evaluate(portalScripts.readField(passwordField, secret));
      const log = await kiosk.readLog();
      const written = log.length >= logBefore ? log.slice(logBefore) : log;
      return { telFocused, tel, passwordFocused, password, passwordLength: secret.length, passwordInLog: written.includes(secret), refusedInputs };
    } finally {
      await endVisit(kiosk);
    }
  },
  verdict: (observation) => {
    const problems: string[] = [];
    if (observation.refusedInputs > 0) problems.push(`${String(observation.refusedInputs)} frappe(s) refusée(s) par le pont`);
    if (!observation.telFocused || observation.tel.length === null) problems.push('le champ «\u202Fnuméro de portable\u202F» du portail de démonstration est introuvable');
    else if (!observation.tel.matches) {
      problems.push(`après 0, 6, 1, 2 puis «\u202FEffacer\u202F», le champ ne contient pas ${expectedTel} (${String(observation.tel.length)} caractère(s))`);
    }
    if (!observation.passwordFocused || observation.password.length === null) problems.push('le champ «\u202Fmot de passe\u202F» du portail de démonstration est introuvable');
    else if (!observation.password.matches) problems.push(`le mot de passe tapé n’est pas arrivé en entier (${String(observation.password.length)} caractère(s) sur ${String(observation.passwordLength)})`);
    if (observation.passwordInLog) problems.push('le mot de passe tapé apparaît dans le journal de la borne');
    if (problems.length > 0) return outcome.failed(problems.join('\u202F; '));
    return outcome.passed('les frappes arrivent dans le champ du portail, «\u202FEffacer\u202F» s’applique dans l’ordre, le mot de passe n’est pas dans le journal');
  },
};
