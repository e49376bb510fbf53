/**
 * The staff bridge methods, built the same way in both shells from a shell-specific backend, the
 * PIN check and the session gate: `staffUnlock` opens the gate on a right PIN, `recordStatistic`
 * is always open (the renderer counts visits without a PIN), and every other staff method is
 * refused with `staff-session-closed` unless the session is open — each one counts as activity.
 */
import type { KioskMode } from '../bridge/app-info.ts';
import type { KioskHandlers } from '../bridge/dispatch.ts';
import type { SelfTestReport } from '../self-test/self-test-report.ts';
import type { VisitorStatisticEvent } from '../statistics/statistic-events.ts';
import type { StaffActionResult, StaffConfigReload, StaffHealth, StaffStatistics } from './staff-bridge.ts';
import type { StaffGate } from './staff-gate.ts';
import type { StaffUnlock } from './staff-unlock.ts';

/** The names of the staff bridge methods. */
export const staffMethodNames = [
  'staffUnlock',
  'staffTouch',
  'staffLeave',
  'staffSetMode',
  'getStaffHealth',
  'getStatistics',
  'exportStatistics',
  'staffEndVisit',
  'reloadConfig',
  'restartKiosk',
  'quitKiosk',
  'runSelfTest',
  'getSelfTestReport',
  'recordStatistic',
] as const;

/** The name of a staff bridge method. */
export type StaffMethodName = (typeof staffMethodNames)[number];

/** The handlers of the staff methods, to spread into a shell's `KioskHandlers`. */
export type StaffHandlers = Pick<KioskHandlers, StaffMethodName>;

/** What each shell does for the staff methods, once the gate has let the call through. */
export interface StaffBackend {
  health(): Promise<StaffHealth>;
  statistics(): StaffStatistics | Promise<StaffStatistics>;
  exportStatistics(): Promise<StaffActionResult>;
  /** Switches the mode and tells the renderer (`appInfoChanged`). */
  setMode(mode: KioskMode): void | Promise<void>;
  /** Tells the renderer to end the current visitor (`staff` event). */
  endVisit(): void;
  /** Reads the configuration again and tells the renderer (`configChanged`, `appInfoChanged`). */
  reloadConfig(): Promise<StaffConfigReload>;
  /** Starts a restart once the answer has been sent; or says why it cannot. */
  restart(): StaffActionResult;
  /** Starts quitting once the answer has been sent; or says why it cannot. */
  quit(): StaffActionResult;
  /**
   * Starts the self-test and answers at once; or says, in French, why it cannot (a visit is in
   * progress, a self-test is already running, this shell cannot run one).
   */
  runSelfTest(): StaffActionResult | Promise<StaffActionResult>;
  /** The last self-test report, or null. */
  selfTestReport(): SelfTestReport | null | Promise<SelfTestReport | null>;
  /** Counts one anonymous event. The bridge does not wait for the disk. */
  record(event: VisitorStatisticEvent): void | Promise<void>;
}

/**
 * A staff method: refused (by `gate.enter()` throwing `staff-session-closed`) unless the staff
 * session is open, counted as staff activity, then answered by `answer`.
 */
function gated<P, R>(gate: StaffGate, answer: (payload: P) => R): (payload: P) => R {
  return (payload) => {
    gate.enter();
    return answer(payload);
  };
}

/** Builds the staff methods from a backend, the PIN check and the gate. */
export function createStaffHandlers(backend: StaffBackend, unlock: StaffUnlock, gate: StaffGate): StaffHandlers {
  return {
    staffUnlock: async ({ pin }) => {
      const result = await unlock(pin);
      if (result.outcome === 'accepted') gate.open();
      return result;
    },
    staffTouch: gated(gate, () => null),
    staffLeave: gated(gate, () => {
      gate.leave();
      return null;
    }),
    staffSetMode: gated(gate, async ({ mode }) => {
      await backend.setMode(mode);
      return null;
    }),
    getStaffHealth: gated(gate, () => backend.health()),
    getStatistics: gated(gate, () => backend.statistics()),
    exportStatistics: gated(gate, () => backend.exportStatistics()),
    staffEndVisit: gated(gate, () => {
      backend.endVisit();
      return null;
    }),
    reloadConfig: gated(gate, () => backend.reloadConfig()),
    restartKiosk: gated(gate, () => backend.restart()),
    quitKiosk: gated(gate, () => backend.quit()),
    runSelfTest: gated(gate, () => backend.runSelfTest()),
    getSelfTestReport: gated(gate, () => backend.selfTestReport()),
    recordStatistic: (event) => {
      void Promise.resolve(backend.record(event)).catch(() => undefined);
      return null;
    },
  };
}
