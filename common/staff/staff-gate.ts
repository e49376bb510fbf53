/**
 * The shell's hold on the staff session (`staff-session.ts` with one timer): opened by a right PIN,
 * kept open by every staff call, closed when staff leave or after 2 minutes without one. Every
 * staff method but `staffUnlock` and `recordStatistic` passes through `enter()` first, so nothing
 * a staff method does can be reached without the PIN.
 */
import { BridgeRefusal } from '../bridge/result.ts';
import { closedStaffSession, reduceStaffSession, staffSessionDeadline, type StaffSession, type StaffSessionEvent } from './staff-session.ts';

/** Runs `callback` after `ms`; returns the function that cancels it. */
export type Schedule = (callback: () => void, ms: number) => () => void;

/** Why the session closed. */
export type StaffCloseReason = 'idle' | 'left';

/** What the gate needs. */
export interface StaffGateDeps {
  /** Monotonic milliseconds. */
  readonly now: () => number;
  readonly schedule: Schedule;
  /** Told once each time the session closes. */
  readonly onClosed: (reason: StaffCloseReason) => void;
}

/** The staff session as the shell holds it. */
export interface StaffGate {
  /** A right PIN was entered. */
  open(): void;
  isOpen(): boolean;
  /** Counts a staff call as activity; throws a `staff-session-closed` refusal when closed. */
  enter(): void;
  /** Staff leave. */
  leave(): void;
  /** Stops the timer. */
  dispose(): void;
}

/** The refusal every staff method answers while the session is closed. */
export function staffSessionClosed(): BridgeRefusal {
  return new BridgeRefusal('staff-session-closed', 'Le mode personnel est fermé : saisissez le code.');
}

/** Creates the gate, closed. */
export function createStaffGate(deps: StaffGateDeps): StaffGate {
  let session: StaffSession = closedStaffSession;
  let cancel: (() => void) | undefined;

  const apply = (event: StaffSessionEvent, reason: StaffCloseReason): void => {
    const before = session;
    session = reduceStaffSession(session, event);
    if (before.open && !session.open) deps.onClosed(reason);
    arm();
  };

  function arm(): void {
    cancel?.();
    cancel = undefined;
    const deadline = staffSessionDeadline(session);
    if (deadline === undefined) return;
    cancel = deps.schedule(() => apply({ type: 'tick', at: deps.now() }, 'idle'), Math.max(0, deadline - deps.now()));
  }

  const tick = (): void => apply({ type: 'tick', at: deps.now() }, 'idle');

  return {
    open: () => apply({ type: 'unlocked', at: deps.now() }, 'left'),
    isOpen() {
      tick();
      return session.open;
    },
    enter() {
      tick();
      if (!session.open) throw staffSessionClosed();
      apply({ type: 'touch', at: deps.now() }, 'idle');
    },
    leave: () => apply({ type: 'leave' }, 'left'),
    dispose() {
      cancel?.();
      cancel = undefined;
    },
  };
}
