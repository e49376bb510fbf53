/**
 * The kiosk's self-test report: what each check found, in French for the référent, and the
 * figures it measured. Written as `self-test-report.json` by the Electron shell, shown on the
 * staff screen, built (every Electron check "non vérifié") by the browser preview. Pure: no
 * Electron, no Node. Nothing here carries what a visitor typed or a page's content: check ids,
 * French sentences written by the checks, numbers.
 */

/** What a check concluded. `skipped` means "could not be checked on this machine" — never a pass. */
export type SelfTestVerdict = 'passed' | 'failed' | 'skipped';

/** A check's conclusion and why, in French. */
export interface SelfTestOutcome {
  readonly verdict: SelfTestVerdict;
  /** Why, in French, for the référent ("non empaqueté", "la page est restée sur …"). */
  readonly reason: string;
}

/** One check of the report. */
export interface SelfTestCheckResult {
  readonly id: string;
  /** Short French title ("Fenêtre de la borne"). */
  readonly title: string;
  /** What the check verifies, in plain French for the référent. */
  readonly description: string;
  readonly verdict: SelfTestVerdict;
  readonly reason: string;
  /** How long the check took, in milliseconds. */
  readonly ms: number;
  /** Measured numbers (milliseconds, bytes, counts), by name. */
  readonly figures?: Readonly<Record<string, number>>;
}

/** How many checks ended each way. */
export interface SelfTestSummary {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
}

/** The whole report. */
export interface SelfTestReport {
  /** When the run started and finished (ISO 8601). */
  readonly startedAt: string;
  readonly finishedAt: string;
  /** The kiosk's version (`app.getVersion()`, or the preview's). */
  readonly version: string;
  /** `process.platform` (`win32`, `linux`…), or `browser` in the preview. */
  readonly platform: string;
  /** True when the kiosk runs from its installed package (fuses can be read). */
  readonly packaged: boolean;
  /** The Electron version, or `null` in the preview (there is none). */
  readonly electronVersion: string | null;
  readonly checks: readonly SelfTestCheckResult[];
  readonly summary: SelfTestSummary;
  /** Every check's figures, prefixed by the check's id (`launch-time.launchToAttractMs`). */
  readonly figures: Readonly<Record<string, number>>;
}

/** The counts of each verdict. */
export function summarizeChecks(checks: readonly Pick<SelfTestCheckResult, 'verdict'>[]): SelfTestSummary {
  return {
    passed: checks.filter((check) => check.verdict === 'passed').length,
    failed: checks.filter((check) => check.verdict === 'failed').length,
    skipped: checks.filter((check) => check.verdict === 'skipped').length,
  };
}

/** Every check's figures in one flat record, each name prefixed by its check's id. */
export function collectFigures(checks: readonly Pick<SelfTestCheckResult, 'id' | 'figures'>[]): Record<string, number> {
  const figures: Record<string, number> = {};
  for (const check of checks) {
    for (const [name, value] of Object.entries(check.figures ?? {})) figures[`${check.id}.${name}`] = value;
  }
  return figures;
}

/** True when the report proves the kiosk sound: no check failed, and at least one really ran. */
export function selfTestSucceeded(report: Pick<SelfTestReport, 'summary'>): boolean {
  return report.summary.failed === 0 && report.summary.passed > 0;
}

/** The process exit code of a self-test run: 0 only when no check failed and at least one passed. */
export function selfTestExitCode(report: Pick<SelfTestReport, 'summary'>): number {
  return selfTestSucceeded(report) ? 0 : 1;
}

/** The mark of each verdict in the printed summary. */
export const verdictMarks: Readonly<Record<SelfTestVerdict, string>> = { passed: '✔', failed: '✘', skipped: '–' };

/** The French word of each verdict on the staff screen. */
export const verdictLabels: Readonly<Record<SelfTestVerdict, string>> = {
  passed: 'réussi',
  failed: 'en échec',
  skipped: 'non vérifié',
};

/** The name of the file the report is written to. */
export const selfTestReportFileName = 'self-test-report.json';

/**
 * The short summary printed for the référent: one line per check (mark, title, reason), then
 * either «Tout est en ordre» or how many checks failed and what to send to the support.
 */
export function formatSelfTestSummary(report: SelfTestReport): string {
  const lines = report.checks.map((check) => `${verdictMarks[check.verdict]} ${check.title} — ${check.reason}`);
  const { failed, passed, skipped } = report.summary;
  lines.push('');
  if (failed > 0) {
    lines.push(`${String(failed)} vérification${failed > 1 ? 's' : ''} en échec\u202F: envoyez le fichier ${selfTestReportFileName} au support.`);
  } else if (passed === 0) {
    lines.push(`Aucune vérification n’a pu être faite sur ce poste\u202F: envoyez le fichier ${selfTestReportFileName} au support.`);
  } else {
    lines.push(`Tout est en ordre (${String(passed)} réussie${passed > 1 ? 's' : ''}, ${String(skipped)} non vérifiée${skipped > 1 ? 's' : ''}).`);
  }
  return `${lines.join('\n')}\n`;
}
