import type { App } from 'electron';

/**
 * Takes the single-instance lock. A second launch focuses the running kiosk instead.
 * Returns false when another instance holds the lock (this one must quit).
 */
export function setupSingleInstance(app: Pick<App, 'requestSingleInstanceLock' | 'on'>, focus: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', focus);
  return true;
}
