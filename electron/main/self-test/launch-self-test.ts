/**
 * Running the self-test on the kiosk: the checks on the kiosk surface, with the environment and
 * version of this run. At launch (`--self-test`) the report is also written to its file, the
 * summary printed for the référent, and the exit code given back for `app.exit`.
 */
import { formatSelfTestSummary, selfTestExitCode, type SelfTestReport } from '../../../common/self-test/self-test-report.ts';
import type { Logger } from '../log.ts';
import { selfTestChecks } from './checks/index.ts';
import { runSelfTest } from './run-self-test.ts';
import type { RunnableCheck, SelfTestEnvironment } from './self-test-check.ts';
import type { SelfTestKiosk } from './self-test-kiosk.ts';
import { writeSelfTestReport, type ReportFs } from './self-test-output.ts';
import { settleKiosk } from './visits.ts';

/** What a run on the kiosk needs. */
export interface KioskSelfTestDeps {
  readonly kiosk: SelfTestKiosk;
  /** Where it runs; `atLaunch` is set by the caller. */
  readonly environment: Omit<SelfTestEnvironment, 'atLaunch'>;
  /** `app.getVersion()`. */
  readonly version: string;
  /** `process.versions.electron`. */
  readonly electronVersion: string;
  readonly log: Logger;
  /** The checks; all of them unless told (tests). */
  readonly checks?: readonly RunnableCheck[];
}

/** Runs every check on the kiosk. `atLaunch` is true for `--self-test`, false when staff started it. */
export function runKioskSelfTest(deps: KioskSelfTestDeps, atLaunch: boolean): Promise<SelfTestReport> {
  return runSelfTest({
    checks: deps.checks ?? selfTestChecks,
    kiosk: deps.kiosk,
    environment: { ...deps.environment, atLaunch },
    version: deps.version,
    electronVersion: deps.electronVersion,
    settle: settleKiosk,
    log: deps.log,
  });
}

/** What the launch run needs besides the kiosk. */
export interface LaunchSelfTestDeps extends KioskSelfTestDeps {
  /** Where the report goes (`selfTestSettings(argv).reportPath`). */
  readonly reportPath: string;
  /** Prints the summary (standard output). */
  readonly print: (text: string) => void;
  readonly fs?: ReportFs;
}

/**
 * The `--self-test` run: every check, the report written, the summary printed. Resolves with the
 * exit code: 0 only when no check failed and at least one passed; 1 otherwise, and also when the
 * report could not be written (a run nobody can read proves nothing).
 */
export async function runLaunchSelfTest(deps: LaunchSelfTestDeps): Promise<number> {
  const report = await runKioskSelfTest(deps, true);
  let written = true;
  try {
    await writeSelfTestReport(deps.reportPath, report, deps.fs);
  } catch {
    written = false;
    deps.log.error('self-test: the report file could not be written');
  }
  deps.print(formatSelfTestSummary(report));
  deps.print(written ? `Rapport\u202F: ${deps.reportPath}\n` : `Le rapport n’a pas pu être écrit dans ${deps.reportPath}.\n`);
  return written ? selfTestExitCode(report) : 1;
}
