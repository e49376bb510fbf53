/**
 * The longest visit, as the preview shell enforces it (the Electron shell does the same in its
 * main process): from the first portal opened in a visit, whatever the activity, the final
 * countdown starts `countdownSeconds` before `maxVisitSeconds`, and at `maxVisitSeconds` the
 * portal is ended. Two timers, cleared when the portal is destroyed.
 */

/** The configured limits, in seconds (`config.timeouts`). */
export interface VisitTimeLimits {
  readonly maxVisitSeconds: number;
  readonly countdownSeconds: number;
}

/** The timers the limit runs on (a window's, faked in tests). */
export interface LimitTimers {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number | undefined): void;
}

/** What happens when the limit is near and when it is reached. */
export interface VisitTimeLimitHandlers {
  /** The final countdown starts: this many seconds are left (more than 0). */
  readonly countdown: (secondsLeft: number) => void;
  /** The longest visit is reached: the portal must end now. */
  readonly reached: () => void;
}

/**
 * Starts the limit now; returns the function that clears it. The countdown is never longer than
 * the visit itself, and always at least one second.
 */
export function startVisitTimeLimit(limits: VisitTimeLimits, timers: LimitTimers, handlers: VisitTimeLimitHandlers): () => void {
  const totalMs = Math.max(1, limits.maxVisitSeconds) * 1000;
  const countdownMs = Math.min(Math.max(1, limits.countdownSeconds) * 1000, totalMs);
  let countdownTimer: number | undefined = timers.setTimeout(() => {
    countdownTimer = undefined;
    handlers.countdown(Math.ceil(countdownMs / 1000));
  }, totalMs - countdownMs);
  let reachedTimer: number | undefined = timers.setTimeout(() => {
    reachedTimer = undefined;
    handlers.reached();
  }, totalMs);
  return () => {
    timers.clearTimeout(countdownTimer);
    timers.clearTimeout(reachedTimer);
    countdownTimer = undefined;
    reachedTimer = undefined;
  };
}
