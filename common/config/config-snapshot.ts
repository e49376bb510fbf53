import { parseSchoolConfig, type ConfigProblem, type SchoolConfig } from './school-config.ts';

/** Where the configuration in use came from. */
export type ConfigSource = 'bundled' | 'override';

/** The one validated configuration snapshot the renderer receives. */
export interface ConfigSnapshot {
  readonly config: SchoolConfig;
  readonly source: ConfigSource;
  /** Problems found in a rejected override file, shown to staff only. */
  readonly problems: readonly ConfigProblem[];
}

/** What the loader found for a local override file. */
export type OverrideFile =
  | { readonly kind: 'none' }
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'read'; readonly text: string };

/**
 * Chooses the configuration to run with: a valid override wins; an invalid or unreadable one is
 * reported and the bundled default is used. Throws only when the bundled default itself is
 * invalid, which the test suite rules out before any release.
 */
export function chooseConfig(bundledText: string, override: OverrideFile): ConfigSnapshot {
  const bundled = parseSchoolConfig(bundledText);
  if (!bundled.ok) {
    throw new Error(`Bundled configuration is invalid: ${bundled.problems.map((p) => p.field).join(', ')}`);
  }
  if (override.kind === 'none') return { config: bundled.config, source: 'bundled', problems: [] };
  if (override.kind === 'unreadable') {
    return {
      config: bundled.config,
      source: 'bundled',
      problems: [{ field: '', expected: 'un fichier de configuration lisible' }],
    };
  }
  const chosen = parseSchoolConfig(override.text);
  if (chosen.ok) return { config: chosen.config, source: 'override', problems: [] };
  return { config: bundled.config, source: 'bundled', problems: chosen.problems };
}
