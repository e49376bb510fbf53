import type { Logger } from './log.ts';

/** How often a restart that found a visitor looks again. */
export const restartRetryMs = 60_000;

/** How long after its time a restart may still happen; later, it waits for the next day. */
export const restartWindowMs = 3 * 60 * 60 * 1_000;

/** The next moment (local time) at `hhmm` strictly after `now`. */
export function nextRestartAt(now: Date, hhmm: string): Date {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hours, minutes, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next;
}

/** What the daily restart needs; `Handle` is what its `setTimeout` returns. */
export interface DailyRestartDeps<Handle> {
  /** The configured time of day (`HH:MM`), or null when turned off; read at each scheduling. */
  readonly at: () => string | null;
  /** True when nobody is using the kiosk (no visit, no portal, no staff session). */
  readonly isIdle: () => boolean;
  readonly restart: () => void;
  readonly now: () => Date;
  readonly setTimeout: (callback: () => void, ms: number) => Handle;
  readonly clearTimeout: (handle: Handle) => void;
  readonly log: Logger;
}

/**
 * Restarts the kiosk once a day at a quiet hour, between visitors only: a long run accumulates
 * what Electron never gives back (browser contexts, caches, fragmented memory). When a visitor is
 * there at that time, it looks again every minute, for a few hours at most. Returns a function
 * that stops it.
 */
export function setupDailyRestart<Handle>(deps: DailyRestartDeps<Handle>): () => void {
  let handle: Handle | undefined;
  let stopped = false;

  const schedule = (): void => {
    const at = deps.at();
    if (stopped || at === null) return;
    const due = nextRestartAt(deps.now(), at);
    handle = deps.setTimeout(() => attempt(due), due.getTime() - deps.now().getTime());
  };

  const attempt = (due: Date): void => {
    if (stopped) return;
    if (deps.isIdle()) {
      deps.log.info('restart: the daily restart between visitors');
      deps.restart();
      return;
    }
    if (deps.now().getTime() - due.getTime() < restartWindowMs) {
      handle = deps.setTimeout(() => attempt(due), restartRetryMs);
      return;
    }
    deps.log.warn('restart: the kiosk was busy all through the quiet hours; the daily restart waits for tomorrow');
    schedule();
  };

  schedule();
  return () => {
    stopped = true;
    if (handle !== undefined) deps.clearTimeout(handle);
  };
}
