/**
 * Staff mode in the main process: the statistics file and its recorder (under
 * `<userData>/statistics`), the PIN check against the configuration's hash, the staff session
 * (held here, closed after 2 minutes without a staff call), and the staff bridge methods. Electron
 * reaches it through the small functions of `MainStaffDeps`, so it runs in unit tests.
 */
import path from 'node:path';
import type { AppInfo, KioskMode } from '../../../common/bridge/app-info.ts';
import type { KioskEventName, KioskEvents } from '../../../common/bridge/contract.ts';
import type { ConfigSnapshot } from '../../../common/config/config-snapshot.ts';
import type { LanguageTexts } from '../../../common/guide/language-fallback.ts';
import type { SupportedLanguage } from '../../../common/guide/languages.ts';
import type { GuideSnapshot } from '../../../common/guide/load-guide.ts';
import type { PortalEvent } from '../../../common/portal/portal-types.ts';
import { reviewLanguages } from '../../../common/staff/language-review.ts';
import { knownHostNames } from '../../../common/statistics/counted-host.ts';
import { portalStatistic } from '../../../common/statistics/portal-statistic.ts';
import { staffHealth } from '../../../common/staff/staff-health.ts';
import type { StaffHealth, StaffStatistics } from '../../../common/staff/staff-bridge.ts';
import { configForRenderer } from '../../../common/staff/staff-config.ts';
import { createStaffGate, type Schedule, type StaffGate } from '../../../common/staff/staff-gate.ts';
import { createStaffHandlers, type StaffBackend, type StaffHandlers } from '../../../common/staff/staff-handlers.ts';
import { createStaffUnlock } from '../../../common/staff/staff-unlock.ts';
import { isGuideStatistic } from '../../../common/staff/visit-statistics.ts';
import { dayOf, type CalendarDay } from '../../../common/statistics/calendar-day.ts';
import type { Logger } from '../log.ts';
import { createStatisticsRecorder, type StatisticsRecorder } from '../statistics/statistics-recorder.ts';
import { createStatisticsStore, type StatisticsFs } from '../statistics/statistics-store.ts';
import type { StaffSelfTest } from '../self-test/self-test-service.ts';
import { verifyPin } from './pin-hash.ts';
import { probePortal, type ProbeFetch } from './portal-probe.ts';

/** Sends a shell event to the renderer. */
export type SendShellEvent = <E extends KioskEventName>(event: E, payload: KioskEvents[E]) => void;

/** What staff mode needs from the main process. */
export interface MainStaffDeps {
  readonly log: Logger;
  /** The app's data folder (`app.getPath('userData')`); statistics go to its `statistics/` folder. */
  readonly userData: string;
  /** The configuration in use (with its PIN hash). */
  readonly config: () => ConfigSnapshot;
  readonly guide: () => GuideSnapshot;
  /** One language's texts, as `getGuideTexts` loads them. */
  readonly languageTexts: (language: SupportedLanguage) => Promise<LanguageTexts>;
  readonly appInfo: () => AppInfo;
  /** Puts `mode` in use (the main process keeps it in its configuration snapshot). */
  readonly setMode: (mode: KioskMode) => void;
  /** Reads the configuration again and puts it in use. */
  readonly reloadConfig: () => Promise<ConfigSnapshot>;
  readonly send: SendShellEvent;
  /** The fetch of an in-memory session, for the portal probe. */
  readonly fetch: ProbeFetch;
  /** The printers the system knows; the slip printing wires it (none until then). */
  readonly printers?: () => Promise<string[]>;
  /** The printer the configuration chooses; the slip printing wires it. */
  readonly chosenPrinter?: () => string | undefined;
  /** Restarts the kiosk (`app.relaunch()` then `app.exit()`, after setting `quitting`). */
  readonly restart: () => void;
  /** Quits the kiosk (`app.quit()` after setting `quitting`). */
  readonly quit: () => void;
  /**
   * The self-test staff can start (`createSelfTestService`). Without it, "Lancer l’auto-test"
   * answers that this kiosk cannot run one.
   */
  readonly selfTest?: StaffSelfTest;
  /** Monotonic ms; `performance.now()` by default. */
  readonly now?: () => number;
  /** Today's calendar day; the local day of `new Date()` by default. */
  readonly today?: () => CalendarDay;
  readonly schedule?: Schedule;
  /** Runs a restart or quit once the answer is on its way; `setTimeout(…, 200)` by default. */
  readonly afterAnswer?: (action: () => void) => void;
  /** Checks a PIN against the stored hash; Node's scrypt by default. */
  readonly verify?: (pin: string, stored: string) => Promise<boolean>;
  readonly statisticsFs?: StatisticsFs;
}

/** Staff mode, set up. */
export interface MainStaff {
  /** The staff bridge methods, to spread into the main process's handlers. */
  readonly handlers: StaffHandlers;
  /**
   * Counts what the portal refused: a navigation (its host when the kiosk knows it, `_other`
   * otherwise) or a page's file chooser or print dialog. Other portal events count nothing.
   */
  readonly recordPortalEvent: (event: PortalEvent) => void;
  readonly recorder: StatisticsRecorder;
  readonly gate: StaffGate;
}

const defaultSchedule: Schedule = (callback, ms) => {
  const timer = setTimeout(callback, ms);
  return () => clearTimeout(timer);
};

/** What staff read when the self-test is not wired into this kiosk. */
export const selfTestUnavailableMessage = 'L’auto-test n’est pas disponible sur cette borne.';

/** Loads the statistics and builds staff mode. Never throws for a bad statistics file (it is set aside). */
export async function setupStaff(deps: MainStaffDeps): Promise<MainStaff> {
  const { log } = deps;
  const now = deps.now ?? (() => performance.now());
  const today = deps.today ?? (() => dayOf(new Date()));
  const afterAnswer = deps.afterAnswer ?? ((action: () => void) => void setTimeout(action, 200));
  const store = createStatisticsStore({
    folder: path.join(deps.userData, 'statistics'),
    today,
    log,
    ...(deps.statisticsFs === undefined ? {} : { fs: deps.statisticsFs }),
  });
  const loaded = await store.load();
  const recorder = createStatisticsRecorder({
    initial: loaded.statistics,
    store,
    today,
    enabled: () => deps.config().config.statistics,
    log,
  });
  const unlock = createStaffUnlock({
    now,
    storedHash: () => deps.config().config.staffPinHash,
    verify: deps.verify ?? verifyPin,
    log,
  });
  const gate = createStaffGate({
    now,
    schedule: deps.schedule ?? defaultSchedule,
    onClosed: (reason) => {
      log.info(`staff: session closed (${reason === 'idle' ? '2 minutes without a touch' : 'left'})`);
      if (reason === 'idle') deps.send('staff', { kind: 'session-closed' });
    },
  });

  const announce = (): void => {
    deps.send('configChanged', configForRenderer(deps.config()));
    deps.send('appInfoChanged', deps.appInfo());
  };

  const health = async (): Promise<StaffHealth> => {
    const snapshot = deps.config();
    const info = deps.appInfo();
    const guide = deps.guide();
    const [portal, printers, languages] = await Promise.all([
      probePortal(deps.fetch, snapshot.config.addresses.educonnect),
      (deps.printers ?? (async () => []))().catch(() => []),
      reviewLanguages(deps.languageTexts),
    ]);
    return staffHealth({
      info,
      config: snapshot,
      guide,
      portal,
      printers: { available: printers, chosen: deps.chosenPrinter?.() },
      languages,
      warnings: loaded.warning === undefined ? [] : [loaded.warning],
    });
  };

  const backend: StaffBackend = {
    health,
    statistics: (): StaffStatistics => ({ enabled: deps.config().config.statistics, ...recorder.overview() }),
    exportStatistics: async () => {
      const result = await store.exportCsv(recorder.current(), deps.config().config.statisticsExportFolder);
      return { ok: result.ok, message: result.message };
    },
    setMode: (mode) => {
      deps.setMode(mode);
      log.info(`staff: mode switched to ${mode}`);
      announce();
    },
    endVisit: () => {
      log.info('staff: ended the current visit');
      deps.send('staff', { kind: 'end-visit' });
    },
    reloadConfig: async () => {
      const snapshot = await deps.reloadConfig();
      announce();
      return { source: snapshot.source, problems: snapshot.problems };
    },
    restart: () => {
      log.info('staff: restart requested');
      afterAnswer(deps.restart);
      return { ok: true, message: 'La borne redémarre…' };
    },
    quit: () => {
      log.info('staff: quit requested');
      afterAnswer(deps.quit);
      return { ok: true, message: 'La borne se ferme…' };
    },
    runSelfTest: () => deps.selfTest?.start() ?? { ok: false, message: selfTestUnavailableMessage },
    selfTestReport: () => deps.selfTest?.last() ?? null,
    record: (event) => {
      if (isGuideStatistic(deps.guide().graph, event)) return recorder.record(event);
      log.warn(`statistics: dropped a ${event.kind} event naming nothing the guide knows`);
      return undefined;
    },
  };

  return {
    handlers: createStaffHandlers(backend, unlock, gate),
    recordPortalEvent: (event) => {
      const counted = portalStatistic(event, knownHostNames(deps.config().config));
      if (counted !== undefined) void recorder.record(counted);
    },
    recorder,
    gate,
  };
}
