/**
 * The shell side of the staff PIN pad, shared by the Electron main process and the browser
 * preview: the lock-out gate, then the hash check, one attempt at a time. Log lines say what
 * happened (wrong PIN, pad locked, unlocked), never the PIN.
 */
import { initialPinLockout, lockSecondsLeft, maxPinFailures, pinGate, recordPinOutcome, type PinLockoutState } from './pin-lockout.ts';
import type { StaffUnlockResult } from './staff-requests.ts';

/** Where the unlock check writes its lines (the référent's log). */
export interface StaffLog {
  info(line: string): void;
  warn(line: string): void;
}

/** What the unlock check needs. */
export interface StaffUnlockDeps {
  /** Monotonic milliseconds (`performance.now()`). */
  readonly now: () => number;
  /** The configured PIN hash, or `undefined` when none is configured. */
  readonly storedHash: () => string | undefined;
  /** Checks a PIN against a stored hash (`verifyPin` in main, `verifyPinInBrowser` in the preview). */
  readonly verify: (pin: string, stored: string) => Promise<boolean>;
  readonly log: StaffLog;
}

/** Checks PINs typed on the staff pad, one at a time. */
export type StaffUnlock = (pin: string) => Promise<StaffUnlockResult>;

/**
 * Creates the PIN check. Attempts are queued, so two quick taps cannot both pass the gate on the
 * same count. Without a configured hash every PIN is refused exactly like a wrong one (and counts
 * towards the lock), so the pad reveals nothing; the log says why for the référent.
 */
export function createStaffUnlock(deps: StaffUnlockDeps): StaffUnlock {
  let state: PinLockoutState = initialPinLockout;
  let queue: Promise<unknown> = Promise.resolve();

  const attempt = async (pin: string): Promise<StaffUnlockResult> => {
    const gate = pinGate(state, deps.now());
    if (!gate.open) return { outcome: 'locked', retryInSeconds: lockSecondsLeft(state, deps.now()) };
    const stored = deps.storedHash();
    if (stored === undefined) deps.log.warn('staff: no PIN hash in the configuration; staff mode cannot be entered');
    const correct = stored !== undefined && (await deps.verify(pin, stored));
    const now = deps.now();
    state = recordPinOutcome(state, correct, now);
    if (correct) {
      deps.log.info('staff: unlocked');
      return { outcome: 'accepted' };
    }
    if (state.lockedUntil !== undefined) {
      deps.log.warn(`staff: ${String(maxPinFailures)} wrong PINs in a row; PIN pad locked`);
      return { outcome: 'locked', retryInSeconds: lockSecondsLeft(state, now) };
    }
    deps.log.info(`staff: wrong PIN (${String(state.failures)} in a row)`);
    return { outcome: 'rejected', attemptsLeft: maxPinFailures - state.failures };
  };

  return (pin) => {
    const result = queue.then(() => attempt(pin));
    queue = result.catch(() => undefined);
    return result;
  };
}
