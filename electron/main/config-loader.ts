import { chooseConfig, type ConfigSnapshot, type OverrideFile } from '../../common/config/config-snapshot.ts';
import type { Logger } from './log.ts';

/** The bundled default configuration, relative to the resources folder. */
export const bundledConfigPath = 'school/lycee-du-parc.json';

/** Reads a text file; injected so the loader runs in unit tests without a disk. */
export type ReadText = (path: string) => Promise<string>;

/**
 * Loads the configuration: the override file when given and valid, else the bundled default.
 * Problems are logged by field name only (never values) and kept in the snapshot for staff.
 */
export async function loadConfig(
  readText: ReadText,
  bundledPath: string,
  overridePath: string | undefined,
  log: Logger,
): Promise<ConfigSnapshot> {
  const bundledText = await readText(bundledPath);
  let override: OverrideFile = { kind: 'none' };
  if (overridePath !== undefined) {
    try {
      override = { kind: 'read', text: await readText(overridePath) };
    } catch {
      override = { kind: 'unreadable' };
    }
  }
  const snapshot = chooseConfig(bundledText, override);
  for (const problem of snapshot.problems) {
    log.warn(`config: override rejected at "${problem.field || '(file)'}": expected ${problem.expected}`);
  }
  log.info(`config: using the ${snapshot.source} configuration`);
  return snapshot;
}
