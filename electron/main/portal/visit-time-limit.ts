import type { PortalTimers } from './portal-view.ts';

/** The longest visit and the final countdown before it, in seconds. */
export interface VisitTimeLimitSettings {
  readonly maxVisitSeconds: number;
  readonly countdownSeconds: number;
}

/** What the limit tells its owner. */
export interface VisitTimeLimitListener {
  /** The final countdown starts: this many seconds are left. */
  readonly countdown: (secondsLeft: number) => void;
  /** The longest visit is reached: the visit must end now. */
  readonly reached: () => void;
}

/**
 * The longest a visit with the portal may last, whatever the activity: a page's script, or anything
 * else that keeps a visit looking active, cannot keep a parent's signed-in session open for the
 * next visitor. The shell enforces it itself; the renderer only shows the countdown.
 */
export class VisitTimeLimit {
  private handles: unknown[] = [];

  constructor(
    private readonly settings: VisitTimeLimitSettings,
    private readonly timers: PortalTimers,
    private readonly listener: VisitTimeLimitListener,
  ) {}

  /** Starts counting from now. */
  start(): void {
    this.stop();
    const maxMs = this.settings.maxVisitSeconds * 1_000;
    const countdownMs = Math.min(this.settings.countdownSeconds * 1_000, maxMs);
    this.handles = [
      this.timers.setTimeout(() => this.listener.countdown(Math.round(countdownMs / 1_000)), maxMs - countdownMs),
      this.timers.setTimeout(() => this.listener.reached(), maxMs),
    ];
  }

  /** Stops counting (the visit ended). */
  stop(): void {
    for (const handle of this.handles) this.timers.clearTimeout(handle);
    this.handles = [];
  }
}
