/**
 * The self-test in the browser preview: there is no Electron here, so none of the kiosk's checks
 * can run. The preview's report lists every check as "non vérifié", with that reason — honest,
 * never a pass.
 */
import { selfTestCatalog } from '../../../common/self-test/self-test-catalog.ts';
import { summarizeChecks, type SelfTestCheckResult, type SelfTestReport } from '../../../common/self-test/self-test-report.ts';

/** Why every check is skipped in the preview. */
export const previewSelfTestReason = 'aperçu navigateur : pas d’environnement Electron';

/** What staff read when they start the self-test in the preview. */
export const previewSelfTestMessage =
  'Aperçu dans le navigateur : aucune vérification de la borne n’est possible ici, le rapport les indique toutes « non vérifiées ». Lancez l’auto-test sur la borne elle-même.';

/** The preview's report: every check of the catalogue, skipped. */
export function previewSelfTestReport(version: string, now: Date): SelfTestReport {
  const checks: SelfTestCheckResult[] = selfTestCatalog.map((check) => ({
    id: check.id,
    title: check.title,
    description: check.description,
    verdict: 'skipped',
    reason: previewSelfTestReason,
    ms: 0,
  }));
  const at = now.toISOString();
  return {
    startedAt: at,
    finishedAt: at,
    version,
    platform: 'browser',
    packaged: false,
    electronVersion: null,
    checks,
    summary: summarizeChecks(checks),
    figures: {},
  };
}
