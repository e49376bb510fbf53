import type { AppInfo } from '../bridge/app-info.ts';
import type { ConfigSnapshot } from '../config/config-snapshot.ts';
import type { GuideSnapshot } from '../guide/load-guide.ts';
import type { LanguageReview, PortalReachability, StaffHealth } from './staff-bridge.ts';

/** What a shell has found out about itself, for the staff screen's health section. */
export interface StaffHealthFacts {
  readonly info: Pick<AppInfo, 'version' | 'shell' | 'mode'>;
  readonly config: ConfigSnapshot;
  readonly guide: Pick<GuideSnapshot, 'source' | 'problems'>;
  readonly portal: PortalReachability;
  readonly printers: StaffHealth['printers'];
  readonly languages: readonly LanguageReview[];
  readonly warnings: readonly string[];
}

/**
 * The staff screen's health report, the same way in both shells: the configuration and the guide
 * by where they came from and their problems (never their contents beyond that), whether a staff
 * PIN is set, and what each shell probed.
 */
export function staffHealth(facts: StaffHealthFacts): StaffHealth {
  const { info, config, guide } = facts;
  return {
    version: info.version,
    shell: info.shell,
    mode: info.mode,
    portal: facts.portal,
    printers: facts.printers,
    config: {
      source: config.source,
      problems: config.problems,
      pinConfigured: config.config.staffPinHash !== undefined,
      exportFolder: config.config.statisticsExportFolder,
    },
    guide: { source: guide.source, problems: guide.problems },
    languages: facts.languages,
    warnings: facts.warnings,
  };
}
