/**
 * A portal page can neither download a file (a demo link with `download`) nor get the camera,
 * the microphone, the position, notifications or the clipboard: each request is refused at once.
 */
import { selfTestCheckInfo } from '../../../../common/self-test/self-test-catalog.ts';
import { demoPages } from '../demo-portal-pages.ts';
import { portalScripts, requestPermissions, type PermissionAnswers } from '../page-scripts.ts';
import { frenchList, outcome, type SelfTestCheck } from '../self-test-check.ts';
import { endVisit, openVisit, SelfTestProblem } from '../visits.ts';
import { pause, within } from '../wait.ts';
import { permissionProblems } from './permission-answers.ts';

/** What the check saw. */
export interface DownloadsPermissionsObservation {
  /** Downloads that started (`will-download`), and how many were let through. */
  readonly downloadsStarted: number;
  readonly downloadsAllowed: number;
  readonly permissions: PermissionAnswers;
}

/** The downloads and permissions check. */
export const downloadsPermissionsCheck: SelfTestCheck<DownloadsPermissionsObservation> = {
  ...selfTestCheckInfo('downloads-permissions'),
  timeoutMs: 45_000,
  run: async (context) => {
    const { kiosk, signal } = context;
    await openVisit(context, demoPages.login);
    const watch = kiosk.portal.watch();
    try {
      kiosk.portal.focus();
      await within(kiosk.portal.evaluate(portalScripts.clickDownloadLink(demoPages.home)), 2_000, kiosk.clock);
      await pause(kiosk.clock, 1_500, signal);
      const answered = await within(kiosk.portal.evaluate(requestPermissions()), 10_000, kiosk.clock);
      if (answered === undefined) throw new SelfTestProblem('la page du portail n’a pas répondu aux demandes d’autorisation');
      const downloads = watch.downloads();
      return {
        downloadsStarted: downloads.length,
        downloadsAllowed: downloads.filter((download) => !download.prevented).length,
        permissions: answered.value,
      };
    } finally {
      watch.stop();
      await endVisit(kiosk);
    }
  },
  verdict: (observation) => {
    const problems: string[] = [];
    if (observation.downloadsAllowed > 0) problems.push('un téléchargement demandé par la page n’a pas été annulé');
    const { granted, unanswered } = permissionProblems(observation.permissions);
    if (granted.length > 0) problems.push(`la page a obtenu\u202F: ${frenchList(granted)}`);
    if (unanswered.length > 0) problems.push(`demandes restées sans réponse (une fenêtre de demande\u202F?)\u202F: ${frenchList(unanswered)}`);
    if (problems.length > 0) return outcome.failed(problems.join('\u202F; '));
    const download = observation.downloadsStarted > 0 ? 'téléchargement annulé' : 'aucun téléchargement n’a commencé';
    return outcome.passed(`${download}\u202F; caméra, micro, position, notifications et presse-papiers refusés`);
  },
};
