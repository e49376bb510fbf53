/**
 * The staff PIN pad's lock-out, as pure state: 5 wrong PINs in a row lock the pad for 5 minutes;
 * a right PIN resets the count; an attempt while locked is refused before the PIN is even checked.
 * Time is passed in (ms); nothing is read here.
 *
 * A host checks `pinGate()` first, verifies the PIN only when the gate is open, then records the
 * outcome with `recordPinOutcome()`. Verification is asynchronous (scrypt): the host must handle one
 * attempt at a time so that two quick attempts cannot both pass the gate on the same count.
 */

/** Wrong PINs in a row that lock the pad. */
export const maxPinFailures = 5;

/** How long the pad stays locked, in ms. */
export const pinLockoutMs = 5 * 60 * 1000;

/** The lock-out's state. */
export interface PinLockoutState {
  /** Wrong PINs in a row since the last right one (or the end of the last lock). */
  readonly failures: number;
  /** When the current lock ends (ms), or `undefined` when the pad is not locked. */
  readonly lockedUntil: number | undefined;
}

/** No wrong PIN yet. */
export const initialPinLockout: PinLockoutState = { failures: 0, lockedUntil: undefined };

/** Whether a PIN may be checked now. */
export type PinGate =
  | { readonly open: true; readonly attemptsLeft: number }
  | { readonly open: false; readonly lockedUntil: number };

function isLocked(state: PinLockoutState, now: number): state is PinLockoutState & { readonly lockedUntil: number } {
  return state.lockedUntil !== undefined && now < state.lockedUntil;
}

/** The state once an expired lock is lifted: a fresh count of attempts. */
function lifted(state: PinLockoutState, now: number): PinLockoutState {
  return state.lockedUntil !== undefined && now >= state.lockedUntil ? initialPinLockout : state;
}

/** Whether a PIN may be checked at `now`, and how many attempts are left before the lock. */
export function pinGate(state: PinLockoutState, now: number): PinGate {
  if (isLocked(state, now)) return { open: false, lockedUntil: state.lockedUntil };
  return { open: true, attemptsLeft: maxPinFailures - lifted(state, now).failures };
}

/**
 * The state after a checked PIN: right resets the count, wrong counts one more and locks the pad
 * at the fifth. An outcome recorded while locked (a host that skipped the gate) changes nothing.
 */
export function recordPinOutcome(state: PinLockoutState, correct: boolean, now: number): PinLockoutState {
  if (isLocked(state, now)) return state;
  if (correct) return initialPinLockout;
  const failures = lifted(state, now).failures + 1;
  return failures >= maxPinFailures ? { failures, lockedUntil: now + pinLockoutMs } : { failures, lockedUntil: undefined };
}

/** Whole seconds left in the lock at `now` (rounded up), 0 when the pad is not locked. */
export function lockSecondsLeft(state: PinLockoutState, now: number): number {
  return isLocked(state, now) ? Math.ceil((state.lockedUntil - now) / 1000) : 0;
}
