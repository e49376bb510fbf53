/**
 * The staff side of the configuration snapshot: the copy the renderer may see (without the PIN
 * hash, which would let anyone with the renderer's memory try every PIN offline), and the snapshot
 * with the mode staff chose.
 */
import type { KioskMode } from '../bridge/app-info.ts';
import type { ConfigSnapshot } from '../config/config-snapshot.ts';

/** The snapshot without the staff PIN hash: what the Electron shell sends to the renderer. */
export function configForRenderer(snapshot: ConfigSnapshot): ConfigSnapshot {
  if (snapshot.config.staffPinHash === undefined) return snapshot;
  const config = { ...snapshot.config };
  delete config.staffPinHash;
  return { ...snapshot, config };
}

/** The snapshot with `mode` in use (staff switched it); the file itself is not changed. */
export function withKioskMode(snapshot: ConfigSnapshot, mode: KioskMode): ConfigSnapshot {
  return snapshot.config.mode === mode ? snapshot : { ...snapshot, config: { ...snapshot.config, mode } };
}
