import type { WebContents } from 'electron';
import type { Logger } from './log.ts';

/** How long an unresponsive renderer may stay frozen before it is reloaded. */
export const unresponsiveGraceMs = 10_000;

type RecoverableContents = Pick<WebContents, 'on' | 'reload' | 'isDestroyed'>;

/**
 * Reloads the host renderer when it crashes, and when it stays unresponsive past a grace period.
 * Each recovery writes one log line (the reason only).
 */
export function setupRendererRecovery(
  contents: RecoverableContents,
  log: Logger,
  timers: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout } = globalThis,
): void {
  let frozen: ReturnType<typeof setTimeout> | undefined;
  const reload = (reason: string): void => {
    if (contents.isDestroyed()) return;
    log.error(`renderer: ${reason}; reloading`);
    contents.reload();
  };
  contents.on('render-process-gone', (_event, details) => reload(`process gone (${details.reason})`));
  contents.on('unresponsive', () => {
    if (frozen !== undefined) return;
    frozen = timers.setTimeout(() => {
      frozen = undefined;
      reload('unresponsive');
    }, unresponsiveGraceMs);
  });
  contents.on('responsive', () => {
    if (frozen === undefined) return;
    timers.clearTimeout(frozen);
    frozen = undefined;
  });
}
