/**
 * A real slip, printed silently to the configured printer when one is configured and installed
 * on this machine; otherwise the check is not done, and says why.
 */
import type { PrintResult } from '../../../../common/slip/slip-bridge.ts';
import { selfTestCheckInfo } from '../../../../common/self-test/self-test-catalog.ts';
import { outcome, type SelfTestCheck } from '../self-test-check.ts';

/** What the check saw. */
export type SlipPrinterObservation =
  | { readonly kind: 'none-configured' }
  | { readonly kind: 'not-installed'; readonly printer: string }
  | { readonly kind: 'printed'; readonly printer: string; readonly result: PrintResult; readonly ms: number };

/** Why a slip did not print, in French. */
const failureLabels: Readonly<Record<Extract<PrintResult, { ok: false }>['reason'], string>> = {
  'no-printer': 'aucune imprimante configurée',
  'printer-missing': 'imprimante introuvable',
  failed: 'l’impression a échoué (imprimante hors ligne, sans papier, ou erreur du pilote)',
  timeout: 'l’imprimante n’a pas répondu à temps',
  limit: 'nombre maximal de fiches atteint',
};

/** The slip printer check. */
export const slipPrinterCheck: SelfTestCheck<SlipPrinterObservation> = {
  ...selfTestCheckInfo('slip-printer'),
  timeoutMs: 45_000,
  run: async ({ kiosk }) => {
    const printers = await kiosk.printers();
    if (printers.configured === undefined) return { kind: 'none-configured' };
    if (!printers.installed.includes(printers.configured)) return { kind: 'not-installed', printer: printers.configured };
    const start = kiosk.clock.now();
    const result = await kiosk.printSlip();
    return { kind: 'printed', printer: printers.configured, result, ms: Math.round(kiosk.clock.now() - start) };
  },
  verdict: (observation) => {
    switch (observation.kind) {
      case 'none-configured':
        return outcome.skipped('aucune imprimante n’est configurée («\u202Fprinter\u202F» dans la configuration)');
      case 'not-installed':
        return outcome.skipped(`l’imprimante «\u202F${observation.printer}\u202F» de la configuration n’est pas installée sur ce poste`);
      case 'printed':
        return observation.result.ok
          ? outcome.passed(`une fiche imprimée sur «\u202F${observation.printer}\u202F»\u202F: vérifiez qu’elle est sortie`)
          : outcome.failed(`«\u202F${observation.printer}\u202F»\u202F: ${failureLabels[observation.result.reason]}`);
    }
  },
  figures: (observation) => (observation.kind === 'printed' && observation.result.ok ? { printMs: observation.ms } : undefined),
};
