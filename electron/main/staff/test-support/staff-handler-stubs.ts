/**
 * Stand-ins for the staff bridge methods, for tests that build a whole `KioskHandlers` but are
 * about something else (the IPC wrapper, say).
 */
import { vi } from 'vitest';
import { emptyDayCounters } from '../../../../common/statistics/statistics.ts';
import type { StaffHandlers } from '../../../../common/staff/staff-handlers.ts';

const emptySummary = { days: [], totals: emptyDayCounters };

/** Every staff method as a spy with a plausible answer. */
export function staffHandlerStubs() {
  return {
    staffUnlock: vi.fn(() => ({ outcome: 'rejected', attemptsLeft: 4 }) as const),
    staffTouch: vi.fn(() => null),
    staffLeave: vi.fn(() => null),
    staffSetMode: vi.fn(() => null),
    getStaffHealth: vi.fn(() => {
      throw new Error('not used in this test');
    }),
    getStatistics: vi.fn(() => ({ enabled: true, last7Days: emptySummary, last30Days: emptySummary })),
    exportStatistics: vi.fn(() => ({ ok: false, message: 'pas de dossier' })),
    staffEndVisit: vi.fn(() => null),
    reloadConfig: vi.fn(() => ({ source: 'bundled', problems: [] }) as const),
    restartKiosk: vi.fn(() => ({ ok: true, message: 'redémarrage' })),
    quitKiosk: vi.fn(() => ({ ok: true, message: 'fermeture' })),
    runSelfTest: vi.fn(() => ({ ok: true, message: 'auto-test lancé' })),
    getSelfTestReport: vi.fn(() => null),
    recordStatistic: vi.fn(() => null),
  } satisfies StaffHandlers;
}
