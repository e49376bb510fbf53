import type { PortalTimers } from './portal-view.ts';

/** How a time-boxed step ended. */
export type TimeBoxOutcome = 'done' | 'failed' | 'timed-out';

/**
 * Runs `step` (sync, or returning a promise) for at most `ms` milliseconds. Never rejects and never waits longer: a step that
 * throws or rejects is `failed`, one that has not settled in time is `timed-out` (and left behind).
 */
export function timeBox(step: () => unknown, ms: number, timers: PortalTimers): Promise<TimeBoxOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: TimeBoxOutcome): void => {
      if (settled) return;
      settled = true;
      timers.clearTimeout(handle);
      resolve(outcome);
    };
    const handle = timers.setTimeout(() => finish('timed-out'), ms);
    try {
      Promise.resolve(step()).then(
        () => finish('done'),
        () => finish('failed'),
      );
    } catch {
      finish('failed');
    }
  });
}
