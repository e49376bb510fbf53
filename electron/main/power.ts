import type { PowerSaveBlocker } from 'electron';

/** Keeps the display awake while the kiosk runs. Returns the blocker id. */
export function setupDisplayAwake(powerSaveBlocker: Pick<PowerSaveBlocker, 'start'>): number {
  return powerSaveBlocker.start('prevent-display-sleep');
}
