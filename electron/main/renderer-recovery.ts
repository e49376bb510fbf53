import type { WebContents } from 'electron';
import type { Logger } from './log.ts';

/** How long an unresponsive renderer may stay frozen before it is restarted. */
export const unresponsiveGraceMs = 10_000;

type RecoverableContents = Pick<WebContents, 'on' | 'reload' | 'isDestroyed' | 'forcefullyCrashRenderer'>;

/** What the recovery tells its owner, and the timers it uses. */
export interface RendererRecoveryOptions {
  /** Told once per restart, before the page loads again (the visit must end: nothing of it may survive). */
  readonly onRestart?: (reason: 'crashed' | 'unresponsive') => void;
  readonly timers?: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout };
}

/**
 * Restarts the host renderer when it crashes, and when it stays unresponsive past a grace period.
 *
 * A hung renderer is not helped by `reload()` alone: the reload is queued to the same frozen
 * process. Electron's way out is `forcefullyCrashRenderer()` followed at once by `reload()`, which
 * loads the page in a new process. The crash raises `render-process-gone` later, asynchronously;
 * that event is the recovery's own doing and must not reload a second time. Each recovery writes
 * one log line (the reason only).
 */
export function setupRendererRecovery(contents: RecoverableContents, log: Logger, options: RendererRecoveryOptions = {}): void {
  const timers = options.timers ?? globalThis;
  let frozen: ReturnType<typeof setTimeout> | undefined;
  let ownCrashes = 0;

  contents.on('render-process-gone', (_event, details) => {
    if (ownCrashes > 0) {
      ownCrashes -= 1;
      return;
    }
    if (contents.isDestroyed()) return;
    log.error(`renderer: process gone (${details.reason}); reloading`);
    options.onRestart?.('crashed');
    contents.reload();
  });
  contents.on('unresponsive', () => {
    if (frozen !== undefined) return;
    frozen = timers.setTimeout(() => {
      frozen = undefined;
      if (contents.isDestroyed()) return;
      log.error('renderer: unresponsive; restarting it in a new process');
      options.onRestart?.('unresponsive');
      ownCrashes += 1;
      contents.forcefullyCrashRenderer();
      contents.reload();
    }, unresponsiveGraceMs);
  });
  contents.on('responsive', () => {
    if (frozen === undefined) return;
    timers.clearTimeout(frozen);
    frozen = undefined;
  });
}
