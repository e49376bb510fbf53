import { chooseConfig, type ConfigSnapshot, type OverrideFile } from '../../common/config/config-snapshot.ts';
import type { ConfigOverride } from './command-line.ts';
import type { Logger } from './log.ts';

/** The bundled default configuration, relative to the resources folder. */
export const bundledConfigPath = 'school/lycee-du-parc.json';

/** Reads a text file; injected so the loader runs in unit tests without a disk. */
export type ReadText = (path: string) => Promise<string>;

/** True for the error a read of a missing file rejects with. */
function isMissingFile(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

/**
 * Loads the configuration: the override file when given and valid, else the bundled default.
 * An optional override (the fixed place of an installed kiosk) that does not exist is no problem.
 * Problems are logged by field name only (never values) and kept in the snapshot for staff.
 */
export async function loadConfig(
  readText: ReadText,
  bundledPath: string,
  override: ConfigOverride | undefined,
  log: Logger,
): Promise<ConfigSnapshot> {
  const bundledText = await readText(bundledPath);
  let file: OverrideFile = { kind: 'none' };
  if (override !== undefined) {
    try {
      file = { kind: 'read', text: await readText(override.path) };
    } catch (error) {
      file = override.optional && isMissingFile(error) ? { kind: 'none' } : { kind: 'unreadable' };
    }
  }
  const snapshot = chooseConfig(bundledText, file);
  for (const problem of snapshot.problems) {
    log.warn(`config: override rejected at "${problem.field || '(file)'}": expected ${problem.expected}`);
  }
  log.info(`config: using the ${snapshot.source} configuration`);
  return snapshot;
}
