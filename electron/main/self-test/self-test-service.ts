/**
 * The self-test as staff start it from the staff screen: on the running kiosk, only from the
 * attract screen (no visit in progress), one run at a time, in the self-test configuration for
 * its duration. It answers at once — the run takes minutes and reloads the kiosk's page, which
 * would lose the answer — and keeps the last report for `getSelfTestReport`.
 */
import { selfTestRunningMessage, selfTestStartedMessage, selfTestVisitMessage } from '../../../common/self-test/self-test-messages.ts';
import type { SelfTestReport } from '../../../common/self-test/self-test-report.ts';
import type { StaffActionResult } from '../../../common/staff/staff-bridge.ts';
import type { Logger } from '../log.ts';

/** What staff mode uses of the self-test. */
export interface StaffSelfTest {
  /** Starts a run and answers at once, or says why it cannot, in French. */
  start(): Promise<StaffActionResult>;
  /** The last report, or null. */
  last(): SelfTestReport | null;
}

/** What the service needs. */
export interface SelfTestServiceDeps {
  /** True when the host page shows the attract screen (`onAttractScreen` of the kiosk surface). */
  readonly onAttractScreen: () => Promise<boolean>;
  /** Puts the self-test configuration in use; returns the function that puts the previous one back. */
  readonly useSelfTestConfiguration: () => () => void;
  /** Runs every check on the kiosk and builds the report (`runKioskSelfTest`). */
  readonly run: () => Promise<SelfTestReport>;
  /** Keeps the report where the référent can send it (`<userData>/self-test-report.json`). */
  readonly save: (report: SelfTestReport) => Promise<void>;
  readonly log: Logger;
}

/** The self-test service, with the run it may have in progress (for tests). */
export interface SelfTestService extends StaffSelfTest {
  /** The run in progress, if any. */
  current(): Promise<void> | undefined;
}

/** Creates the service. */
export function createSelfTestService(deps: SelfTestServiceDeps): SelfTestService {
  let last: SelfTestReport | null = null;
  let running: Promise<void> | undefined;

  const runOnce = async (): Promise<void> => {
    const restore = deps.useSelfTestConfiguration();
    try {
      const report = await deps.run();
      last = report;
      await deps.save(report).catch(() => deps.log.warn('self-test: the report could not be saved'));
    } catch (error) {
      deps.log.error(`self-test: the run failed (${error instanceof Error ? error.name : 'unknown error'})`);
    } finally {
      restore();
    }
  };

  return {
    start: async () => {
      if (running !== undefined) return { ok: false, message: selfTestRunningMessage };
      const onAttract = await deps.onAttractScreen().catch(() => false);
      if (!onAttract) return { ok: false, message: selfTestVisitMessage };
      if (running !== undefined) return { ok: false, message: selfTestRunningMessage };
      deps.log.info('staff: self-test started');
      running = runOnce().finally(() => {
        running = undefined;
      });
      return { ok: true, message: selfTestStartedMessage };
    },
    last: () => last,
    current: () => running,
  };
}
