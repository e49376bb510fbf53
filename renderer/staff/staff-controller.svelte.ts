/**
 * The staff layer's state: closed, the PIN pad (shuffled digits, the answer to the last PIN), or
 * the staff screen. The staff screen closes itself after 2 minutes without a touch (the shell's
 * session closes too, and says so); the PIN pad after 30 seconds. The PIN itself is never kept
 * here: the pad hands it to `submit` and forgets it.
 */
import type { KioskApi } from '../../common/bridge/contract.ts';
import type { BridgeResult } from '../../common/bridge/result.ts';
import { shuffledPinDigits, type PinDigit, type RandomSource } from '../../common/staff/pin-pad.ts';
import type { Schedule } from '../../common/staff/staff-gate.ts';
import { closedStaffSession, reduceStaffSession, staffSessionDeadline, type StaffSession } from '../../common/staff/staff-session.ts';
import type { StaffUnlockResult } from '../../common/staff/staff-requests.ts';

/** The bridge methods the controller uses. */
export type StaffKiosk = Pick<KioskApi, 'staffUnlock' | 'staffTouch' | 'staffLeave'>;

/** How long the PIN pad stays open without a touch, in ms. */
export const pinPadIdleCloseMs = 30_000;

/** At most one `staffTouch` to the shell per this many ms. */
export const staffTouchIntervalMs = 10_000;

/** What the staff layer shows. */
export type StaffView =
  | { readonly kind: 'closed' }
  | {
      readonly kind: 'pin';
      readonly digits: readonly PinDigit[];
      /** A PIN is being checked. */
      readonly busy: boolean;
      /** The answer to the last PIN, in French. */
      readonly message: string | undefined;
      /** True once the pad is locked (5 wrong PINs). */
      readonly locked: boolean;
    }
  | { readonly kind: 'open' };

/** The message for a PIN the shell refused. */
export function unlockMessage(result: StaffUnlockResult): string | undefined {
  switch (result.outcome) {
    case 'accepted':
      return undefined;
    case 'rejected':
      return `Code incorrect. Encore ${String(result.attemptsLeft)} essai${result.attemptsLeft > 1 ? 's' : ''} avant le blocage.`;
    case 'locked': {
      const minutes = Math.max(1, Math.ceil(result.retryInSeconds / 60));
      return `Trop d’essais. Réessayez dans ${String(minutes)} minute${minutes > 1 ? 's' : ''}.`;
    }
  }
}

/** True when a bridge answer says the staff session is closed. */
export function isSessionClosed(result: BridgeResult<unknown>): boolean {
  return !result.ok && result.error.code === 'staff-session-closed';
}

/** What the controller needs besides the bridge. */
export interface StaffControllerOptions {
  /** Cryptographic randomness for the pad's order. */
  readonly random: RandomSource;
  /** Monotonic ms. */
  readonly now?: () => number;
  readonly schedule?: Schedule;
}

/** Runs the PIN pad and the staff screen's session in the renderer. */
export class StaffController {
  view: StaffView = $state.raw({ kind: 'closed' });
  readonly #kiosk: StaffKiosk;
  readonly #random: RandomSource;
  readonly #now: () => number;
  readonly #schedule: Schedule;
  #session: StaffSession = closedStaffSession;
  #cancelTimer: (() => void) | undefined;
  #lastTouchSent = Number.NEGATIVE_INFINITY;

  constructor(kiosk: StaffKiosk, options: StaffControllerOptions) {
    this.#kiosk = kiosk;
    this.#random = options.random;
    this.#now = options.now ?? (() => performance.now());
    this.#schedule =
      options.schedule ??
      ((callback, ms) => {
        const timer = setTimeout(callback, ms);
        return () => clearTimeout(timer);
      });
  }

  /** The gesture was made: shows the PIN pad with freshly shuffled digits. */
  openPad(): void {
    if (this.view.kind !== 'closed') return;
    this.view = { kind: 'pin', digits: shuffledPinDigits(this.#random), busy: false, message: undefined, locked: false };
    this.#arm(pinPadIdleCloseMs);
  }

  /** "Annuler" on the pad. */
  cancel(): void {
    if (this.view.kind === 'pin') this.#close();
  }

  /** Checks a PIN; the digits are shuffled again after a wrong one. */
  async submit(pin: string): Promise<void> {
    const view = this.view;
    if (view.kind !== 'pin' || view.busy || view.locked) return;
    this.view = { ...view, busy: true, message: undefined };
    const answer = await this.#kiosk.staffUnlock({ pin });
    if (this.view.kind !== 'pin') return;
    if (answer.ok && answer.value.outcome === 'accepted') {
      this.#session = reduceStaffSession(closedStaffSession, { type: 'unlocked', at: this.#now() });
      this.#lastTouchSent = this.#now();
      this.view = { kind: 'open' };
      this.#armSession();
      return;
    }
    const message = answer.ok ? unlockMessage(answer.value) : 'Code incorrect.';
    const locked = answer.ok && answer.value.outcome === 'locked';
    this.view = { kind: 'pin', digits: shuffledPinDigits(this.#random), busy: false, message, locked };
    this.#arm(pinPadIdleCloseMs);
  }

  /** A touch on the pad or the staff screen. */
  touch(): void {
    if (this.view.kind === 'pin') {
      this.#arm(pinPadIdleCloseMs);
      return;
    }
    if (this.view.kind !== 'open') return;
    const at = this.#now();
    this.#session = reduceStaffSession(this.#session, { type: 'touch', at });
    this.#armSession();
    if (at - this.#lastTouchSent >= staffTouchIntervalMs) {
      this.#lastTouchSent = at;
      void this.#kiosk.staffTouch().then((result) => {
        if (isSessionClosed(result)) this.closedByShell();
      });
    }
  }

  /** "Quitter le mode personnel". */
  leave(): void {
    if (this.view.kind !== 'open') return;
    this.#close();
    void this.#kiosk.staffLeave();
  }

  /** The shell closed the session (idle), or refused a call because it is closed. */
  closedByShell(): void {
    if (this.view.kind === 'open') this.#close();
  }

  /** Stops the timer (the component is going away). */
  dispose(): void {
    this.#cancelTimer?.();
    this.#cancelTimer = undefined;
  }

  #close(): void {
    this.#session = closedStaffSession;
    this.dispose();
    this.view = { kind: 'closed' };
  }

  #arm(ms: number): void {
    this.#cancelTimer?.();
    this.#cancelTimer = this.#schedule(() => {
      this.#cancelTimer = undefined;
      this.#onTimer();
    }, ms);
  }

  #armSession(): void {
    const deadline = staffSessionDeadline(this.#session);
    if (deadline === undefined) return;
    this.#arm(Math.max(0, deadline - this.#now()));
  }

  #onTimer(): void {
    if (this.view.kind === 'pin') {
      this.#close();
      return;
    }
    if (this.view.kind !== 'open') return;
    this.#session = reduceStaffSession(this.#session, { type: 'tick', at: this.#now() });
    if (this.#session.open) {
      this.#armSession();
      return;
    }
    this.#close();
    void this.#kiosk.staffLeave();
  }
}
