/**
 * A portal page's file chooser and print dialog are refused: on the demo page `justificatif.html`,
 * its file input is clicked and `window.print()` called. The portal must report both refusals
 * (`refused` events) and the page must stay responsive — an open system dialog cannot be seen
 * from here, but a print dialog would freeze the page and a refusal would not be reported.
 */
import type { PortalRefusal } from '../../../../common/portal/portal-types.ts';
import { selfTestCheckInfo } from '../../../../common/self-test/self-test-catalog.ts';
import { demoPages } from '../demo-portal-pages.ts';
import { portalScripts } from '../page-scripts.ts';
import { frenchList, outcome, type SelfTestCheck } from '../self-test-check.ts';
import { endVisit, openVisit } from '../visits.ts';
import { pause, waitFor, within } from '../wait.ts';

/** What the check saw. */
export interface PortalRefusalsObservation {
  readonly fileInputFound: boolean;
  /** The refusals the portal reported. */
  readonly refused: readonly PortalRefusal[];
  readonly responsive: boolean;
}

/** The portal refusals check. */
export const portalRefusalsCheck: SelfTestCheck<PortalRefusalsObservation> = {
  ...selfTestCheckInfo('portal-refusals'),
  timeoutMs: 45_000,
  run: async (context) => {
    const { kiosk, signal } = context;
    await openVisit(context, demoPages.proof);
    const watch = kiosk.portal.watch();
    const refusals = (): PortalRefusal[] => watch.events().flatMap((event) => (event.type === 'refused' ? [event.what] : []));
    try {
      kiosk.portal.focus();
      const fileInputFound = (await within(kiosk.portal.evaluate(portalScripts.clickFileInput()), 2_000, kiosk.clock))?.value === true;
      await waitFor(() => refusals().includes('file-upload'), { clock: kiosk.clock, signal, timeoutMs: 2_000 });
      await within(kiosk.portal.evaluate(portalScripts.print()), 2_000, kiosk.clock);
      await waitFor(() => refusals().includes('print'), { clock: kiosk.clock, signal, timeoutMs: 2_000 });
      await pause(kiosk.clock, 500, signal);
      const responsive = (await within(kiosk.portal.evaluate(portalScripts.ping()), 2_000, kiosk.clock)) !== undefined;
      return { fileInputFound, refused: [...new Set(refusals())], responsive };
    } finally {
      watch.stop();
      await endVisit(kiosk);
    }
  },
  verdict: (observation) => {
    const problems: string[] = [];
    if (!observation.fileInputFound) problems.push('la page justificatif.html n’a pas de champ «\u202Ffichier\u202F»');
    else if (!observation.refused.includes('file-upload')) problems.push('le choix d’un fichier n’a pas été refusé');
    if (!observation.refused.includes('print')) problems.push('l’impression demandée par la page n’a pas été refusée');
    if (!observation.responsive) problems.push('la page du portail ne répond plus (une fenêtre du système est peut-être ouverte)');
    if (problems.length > 0) return outcome.failed(problems.join('\u202F; '));
    return outcome.passed(`choix de fichier et impression refusés (${frenchList(['fichier', 'impression'])} signalés), la page répond toujours`);
  },
};
