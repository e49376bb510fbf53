/**
 * Staff mode in the browser preview: the same staff methods, PIN lock-out and session gate as the
 * kiosk (`common/staff/`), with statistics kept in memory only (the preview writes no file), the
 * PIN checked against the configuration's scrypt hash by `verifyPinInBrowser`, the demo portal as
 * the portal whose health is shown, a page reload as "restart", and no "quit".
 */
import type { AppInfo, KioskMode } from '../../../common/bridge/app-info.ts';
import type { KioskEventName } from '../../../common/bridge/contract.ts';
import type { ConfigSnapshot } from '../../../common/config/config-snapshot.ts';
import type { LanguageTexts } from '../../../common/guide/language-fallback.ts';
import type { SupportedLanguage } from '../../../common/guide/languages.ts';
import type { GuideSnapshot } from '../../../common/guide/load-guide.ts';
import type { PortalEvent } from '../../../common/portal/portal-types.ts';
import { reviewLanguages } from '../../../common/staff/language-review.ts';
import { knownHostNames } from '../../../common/statistics/counted-host.ts';
import { portalStatistic } from '../../../common/statistics/portal-statistic.ts';
import { staffHealth } from '../../../common/staff/staff-health.ts';
import type { PortalReachability, StaffHealth } from '../../../common/staff/staff-bridge.ts';
import { withKioskMode } from '../../../common/staff/staff-config.ts';
import { createStaffGate, type Schedule, type StaffGate } from '../../../common/staff/staff-gate.ts';
import { createStaffHandlers, type StaffBackend, type StaffHandlers } from '../../../common/staff/staff-handlers.ts';
import { createStaffUnlock } from '../../../common/staff/staff-unlock.ts';
import { isGuideStatistic } from '../../../common/staff/visit-statistics.ts';
import { dayOf } from '../../../common/statistics/calendar-day.ts';
import type { StatisticEvent } from '../../../common/statistics/statistic-events.ts';
import { emptyStatistics, recordStatistic, summarize, type Statistics } from '../../../common/statistics/statistics.ts';
import { fetchDemoPortalOrigin } from '../portal/demo-portal-origin.ts';
import { selfTestVisitMessage } from '../../../common/self-test/self-test-messages.ts';
import type { SelfTestReport } from '../../../common/self-test/self-test-report.ts';
import { verifyPinInBrowser } from './browser-pin.ts';
import { previewSelfTestMessage, previewSelfTestReport } from './preview-self-test.ts';

/** What the preview's staff mode needs from the preview bridge. */
export interface PreviewStaffDeps {
  readonly config: () => Promise<ConfigSnapshot>;
  /** Puts a snapshot in use (the mode staff chose). */
  readonly replaceConfig: (snapshot: ConfigSnapshot) => void;
  /** Fetches the configuration files again. */
  readonly reloadConfig: () => Promise<ConfigSnapshot>;
  readonly appInfo: () => Promise<AppInfo>;
  readonly guide: () => Promise<GuideSnapshot>;
  readonly languageTexts: (language: SupportedLanguage) => Promise<LanguageTexts>;
  readonly emit: (event: KioskEventName, payload: unknown) => void;
  /** Reloads the page ("restart" in the preview). */
  readonly reloadPage?: () => void;
  readonly now?: () => number;
  readonly today?: () => string;
  readonly schedule?: Schedule;
  readonly verify?: (pin: string, stored: string) => Promise<boolean>;
  /** Where the demo portal is; asked of the preview server by default. */
  readonly demoOrigin?: () => Promise<string>;
  /** True when the attract screen shows (no visit in progress); read from the page by default. */
  readonly onAttractScreen?: () => boolean;
  /** The wall clock, for the self-test report's date. */
  readonly wallClock?: () => Date;
}

/** Staff mode in the preview. */
export interface PreviewStaff {
  readonly handlers: StaffHandlers;
  /**
   * Counts what the demo portal refused: a navigation (its host when the kiosk knows it, `_other`
   * otherwise) or a page's file chooser or print dialog. Other portal events count nothing.
   */
  readonly recordPortalEvent: (event: PortalEvent) => Promise<void>;
  /** The statistics counted so far (in memory). */
  readonly statistics: () => Statistics;
  readonly gate: StaffGate;
}

/** The preview's message when staff try to quit. */
export const previewQuitMessage = 'Quitter n’est pas disponible dans l’aperçu.';

const browserSchedule: Schedule = (callback, ms) => {
  const timer = setTimeout(callback, ms);
  return () => clearTimeout(timer);
};

const logLine = (line: string): void => console.warn(`preview: ${line}`);

async function demoPortalHealth(origin: () => Promise<string>): Promise<PortalReachability> {
  try {
    const address = await origin();
    return { reachable: true, address, detail: 'portail de démonstration de l’aperçu, servi en local' };
  } catch {
    return { reachable: false, address: 'portail de démonstration', detail: 'le serveur de l’aperçu ne l’indique pas' };
  }
}

/** Builds the preview's staff mode. */
export function createPreviewStaff(deps: PreviewStaffDeps): PreviewStaff {
  const now = deps.now ?? (() => performance.now());
  const today = deps.today ?? (() => dayOf(new Date()));
  let statistics: Statistics = emptyStatistics;
  let pinHash: string | undefined;
  let selfTestReport: SelfTestReport | null = null;
  const onAttractScreen = deps.onAttractScreen ?? (() => document.querySelector('main.attract') !== null);
  const log = { info: (line: string) => logLine(line), warn: (line: string) => logLine(line) };

  const count = async (event: StatisticEvent): Promise<void> => {
    if (!(await deps.config()).config.statistics) return;
    statistics = recordStatistic(statistics, today(), event);
  };

  const unlock = createStaffUnlock({
    now,
    storedHash: () => pinHash,
    verify: deps.verify ?? ((pin, stored) => verifyPinInBrowser(pin, stored)),
    log,
  });
  const gate = createStaffGate({
    now,
    schedule: deps.schedule ?? browserSchedule,
    onClosed: (reason) => {
      if (reason === 'idle') deps.emit('staff', { kind: 'session-closed' });
    },
  });

  const announce = async (): Promise<void> => {
    deps.emit('configChanged', await deps.config());
    deps.emit('appInfoChanged', await deps.appInfo());
  };

  const health = async (): Promise<StaffHealth> => {
    const [snapshot, info, guide, portal, languages] = await Promise.all([
      deps.config(),
      deps.appInfo(),
      deps.guide(),
      demoPortalHealth(deps.demoOrigin ?? (() => fetchDemoPortalOrigin())),
      reviewLanguages(deps.languageTexts),
    ]);
    return staffHealth({
      info,
      config: snapshot,
      guide,
      portal,
      printers: { available: [], chosen: undefined },
      languages,
      warnings: ['Aperçu\u202F: les statistiques sont gardées en mémoire et disparaissent au rechargement de la page.'],
    });
  };

  const backend: StaffBackend = {
    health,
    statistics: async () => ({
      enabled: (await deps.config()).config.statistics,
      last7Days: summarize(statistics, today(), 7),
      last30Days: summarize(statistics, today(), 30),
    }),
    exportStatistics: async () => ({
      ok: false,
      message: 'L’aperçu n’écrit aucun fichier\u202F: sur la borne, l’export CSV va dans le dossier «\u202FstatisticsExportFolder\u202F» de la configuration.',
    }),
    setMode: async (mode: KioskMode) => {
      deps.replaceConfig(withKioskMode(await deps.config(), mode));
      await announce();
    },
    endVisit: () => deps.emit('staff', { kind: 'end-visit' }),
    reloadConfig: async () => {
      const snapshot = await deps.reloadConfig();
      await announce();
      return { source: snapshot.source, problems: snapshot.problems };
    },
    restart: () => {
      setTimeout(deps.reloadPage ?? (() => location.reload()), 200);
      return { ok: true, message: 'L’aperçu se recharge…' };
    },
    quit: () => ({ ok: false, message: previewQuitMessage }),
    runSelfTest: async () => {
      if (!onAttractScreen()) return { ok: false, message: selfTestVisitMessage };
      selfTestReport = previewSelfTestReport((await deps.appInfo()).version, (deps.wallClock ?? (() => new Date()))());
      return { ok: true, message: previewSelfTestMessage };
    },
    selfTestReport: () => selfTestReport,
    record: async (event) => {
      if (isGuideStatistic((await deps.guide()).graph, event)) await count(event);
    },
  };

  const handlers = createStaffHandlers(backend, unlock, gate);
  return {
    handlers: {
      ...handlers,
      // The hash is read before each attempt, so a reloaded configuration takes effect at once.
      staffUnlock: async (request) => {
        pinHash = (await deps.config()).config.staffPinHash;
        return handlers.staffUnlock(request);
      },
    },
    recordPortalEvent: async (event) => {
      const counted = portalStatistic(event, knownHostNames((await deps.config()).config));
      if (counted !== undefined) await count(counted);
    },
    statistics: () => statistics,
    gate,
  };
}
