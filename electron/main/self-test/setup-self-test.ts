/**
 * The self-test in the main process: the kiosk surface built from Electron's objects, the staff
 * screen's «Auto-test» service (in the self-test configuration for the run), and the `--self-test`
 * run at launch. Main calls `setupSelfTest()` once; everything here reads main's state through the
 * functions it is given.
 */
import path from 'node:path';
import type { ConfigSnapshot } from '../../../common/config/config-snapshot.ts';
import { selfTestReportFileName } from '../../../common/self-test/self-test-report.ts';
import type { Logger } from '../log.ts';
import { createElectronSelfTestKiosk, type ElectronSelfTestKioskDeps } from './electron-self-test-kiosk.ts';
import { runKioskSelfTest, runLaunchSelfTest, type KioskSelfTestDeps } from './launch-self-test.ts';
import { selfTestConfig } from './self-test-config.ts';
import { writeSelfTestReport } from './self-test-output.ts';
import { createSelfTestService, type SelfTestService } from './self-test-service.ts';
import { onAttractScreen } from './visits.ts';

/** What the self-test takes from main. */
export interface SetupSelfTestDeps {
  /** The Electron objects and paths of the kiosk surface. */
  readonly kiosk: Omit<ElectronSelfTestKioskDeps, 'log'>;
  /** Where it runs. */
  readonly environment: KioskSelfTestDeps['environment'];
  readonly version: string;
  readonly electronVersion: string;
  /** The configuration in use, and how to put another in use and tell the renderer. */
  readonly config: {
    readonly current: () => ConfigSnapshot;
    readonly use: (snapshot: ConfigSnapshot) => void;
  };
  readonly log: Logger;
}

/** The self-test, set up. */
export interface MainSelfTest {
  /** The staff screen's «Auto-test». */
  readonly staff: SelfTestService;
  /** True while a run is in progress: nothing may restart the kiosk then. */
  readonly isRunning: () => boolean;
  /** The `--self-test` run: writes the report, prints the summary, resolves with the exit code. */
  readonly runAtLaunch: (reportPath: string, print: (text: string) => void) => Promise<number>;
}

/** Builds the self-test from main's objects. */
export function setupSelfTest(deps: SetupSelfTestDeps): MainSelfTest {
  const kiosk = createElectronSelfTestKiosk({ ...deps.kiosk, log: deps.log });
  const runDeps: KioskSelfTestDeps = {
    kiosk,
    environment: deps.environment,
    version: deps.version,
    electronVersion: deps.electronVersion,
    log: deps.log,
  };
  let launchRun = false;
  const staff = createSelfTestService({
    onAttractScreen: () => onAttractScreen(kiosk),
    useSelfTestConfiguration: () => {
      const saved = deps.config.current();
      deps.config.use(selfTestConfig(saved));
      return () => deps.config.use(saved);
    },
    run: () => runKioskSelfTest(runDeps, false),
    save: (report) => writeSelfTestReport(path.join(deps.kiosk.paths.userData, selfTestReportFileName), report),
    log: deps.log,
  });
  return {
    staff,
    isRunning: () => launchRun || staff.current() !== undefined,
    runAtLaunch: async (reportPath, print) => {
      launchRun = true;
      return runLaunchSelfTest({ ...runDeps, reportPath, print });
    },
  };
}
