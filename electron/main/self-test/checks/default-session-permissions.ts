/**
 * The host window's own session denies permissions too: its page asks for camera, microphone,
 * position, notifications and clipboard, and each request must be refused at once.
 */
import { selfTestCheckInfo } from '../../../../common/self-test/self-test-catalog.ts';
import { requestPermissions, type PermissionAnswers } from '../page-scripts.ts';
import { frenchList, outcome, type SelfTestCheck } from '../self-test-check.ts';
import { SelfTestProblem } from '../visits.ts';
import { within } from '../wait.ts';
import { permissionProblems } from './permission-answers.ts';

/** What the check saw. */
export interface DefaultSessionPermissionsObservation {
  readonly permissions: PermissionAnswers;
}

/** The default session permissions check. */
export const defaultSessionPermissionsCheck: SelfTestCheck<DefaultSessionPermissionsObservation> = {
  ...selfTestCheckInfo('default-session-permissions'),
  timeoutMs: 20_000,
  run: async ({ kiosk }) => {
    const answered = await within(kiosk.host.evaluate(requestPermissions()), 10_000, kiosk.clock);
    if (answered === undefined) throw new SelfTestProblem('la page de la borne n’a pas répondu aux demandes d’autorisation');
    return { permissions: answered.value };
  },
  verdict: ({ permissions }) => {
    const { granted, unanswered } = permissionProblems(permissions);
    const problems: string[] = [];
    if (granted.length > 0) problems.push(`la page de la borne a obtenu\u202F: ${frenchList(granted)}`);
    if (unanswered.length > 0) problems.push(`demandes restées sans réponse (une fenêtre de demande\u202F?)\u202F: ${frenchList(unanswered)}`);
    if (problems.length > 0) return outcome.failed(problems.join('\u202F; '));
    return outcome.passed('caméra, micro, position, notifications et presse-papiers refusés à la page de la borne');
  },
};
