/**
 * What the staff bridge methods answer, and the staff events, for `common/bridge/contract.ts`.
 * Nothing here carries anything a visitor typed: names of files, languages, screens and hosts,
 * counters, and messages in French for the staff.
 */
import type { KioskMode, AppInfo } from '../bridge/app-info.ts';
import type { ConfigProblem } from '../config/school-config.ts';
import type { ConfigSource } from '../config/config-snapshot.ts';
import type { SupportedLanguage } from '../guide/languages.ts';
import type { GuideSource } from '../guide/load-guide.ts';
import type { GuideProblem } from '../guide/validate-guide.ts';
import type { StatisticsSummary } from '../statistics/statistics.ts';

/** Whether the EduConnect portal answered the kiosk's probe. */
export interface PortalReachability {
  readonly reachable: boolean;
  /** The address probed (the configuration's EduConnect address, or the preview's demo portal). */
  readonly address: string;
  /** What happened, in French ("répond (HTTP 200)", "pas de réponse en 5 s"…). */
  readonly detail: string;
}

/** A language of the guide and whether a native speaker has reviewed it. */
export interface LanguageReview {
  readonly language: SupportedLanguage;
  /** The language's name in itself. */
  readonly name: string;
  /** French is the source; the others say what their file's `meta.reviewedByNativeSpeaker` says. */
  readonly reviewed: boolean;
  /** Texts missing or broken in the file (French is shown for them). */
  readonly gaps: number;
}

/** Everything the staff screen shows about the kiosk's health. */
export interface StaffHealth {
  readonly version: string;
  readonly shell: AppInfo['shell'];
  readonly mode: KioskMode;
  readonly portal: PortalReachability;
  readonly printers: {
    /** The printers the system knows (empty until printing is wired). */
    readonly available: readonly string[];
    /** The printer the configuration chooses, when it names one. */
    readonly chosen: string | undefined;
  };
  readonly config: {
    readonly source: ConfigSource;
    /** Problems of a rejected override file (field and what was expected). */
    readonly problems: readonly ConfigProblem[];
    /** True when the configuration holds a staff PIN hash. */
    readonly pinConfigured: boolean;
    /** The statistics export folder, when configured. */
    readonly exportFolder: string | undefined;
  };
  readonly guide: { readonly source: GuideSource; readonly problems: readonly GuideProblem[] };
  readonly languages: readonly LanguageReview[];
  /** Other warnings for staff (a statistics file set aside…), in French. */
  readonly warnings: readonly string[];
}

/** The statistics of the last 7 and 30 days, for the staff screen's charts. */
export interface StaffStatistics {
  /** The configuration's `statistics` switch: when off, nothing new is counted. */
  readonly enabled: boolean;
  readonly last7Days: StatisticsSummary;
  readonly last30Days: StatisticsSummary;
}

/** The outcome of a staff action, with a message for staff in French. */
export interface StaffActionResult {
  readonly ok: boolean;
  readonly message: string;
}

/** What `reloadConfig` found. */
export interface StaffConfigReload {
  readonly source: ConfigSource;
  readonly problems: readonly ConfigProblem[];
}

/** What the shell tells the renderer about staff mode. */
export type StaffEvent =
  /** Staff ended the current visitor: the renderer ends the visit as `staff`. */
  | { readonly kind: 'end-visit' }
  /** The staff session closed on its own (2 minutes without a touch): the staff screen closes. */
  | { readonly kind: 'session-closed' };

/** The names staff see for each mode. */
export const kioskModeLabels: Readonly<Record<KioskMode, string>> = {
  public: 'Public (hall d’entrée)',
  staff: 'Accueil du secrétariat',
  demonstration: 'Démonstration (réunion de parents)',
};
