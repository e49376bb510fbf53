/**
 * The kiosk's main process: the Electron side of the boot. `bootKiosk` (boot/boot-state.ts) calls
 * the steps below in Electron's order; each receives the parts created before it and returns its
 * own, so that the host window, the portal and every service are whole objects by the time anything
 * reads them.
 */
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, net, powerSaveBlocker, protocol, session, webContents, WebContentsView } from 'electron';
import { configForRenderer } from '../../common/staff/staff-config.ts';
import { selfTestConfig } from './self-test/self-test-config.ts';
import { selfTestSettings } from './self-test/self-test-settings.ts';
import { setupSelfTest, type MainSelfTest } from './self-test/setup-self-test.ts';
import { referentLogFile } from './staff/referent-log.ts';
import type { AppInfo } from '../../common/bridge/app-info.ts';
import type { ConfigSnapshot } from '../../common/config/config-snapshot.ts';
import type { LanguageTexts } from '../../common/guide/language-fallback.ts';
import { isSupportedLanguage } from '../../common/guide/languages.ts';
import type { GuideSnapshot } from '../../common/guide/load-guide.ts';
import { portalSettingsFor } from '../../common/demo-portal/portal-settings.ts';
import { appEntryUrl, appOrigin, type TrustedOrigin } from '../../common/security/app-origin.ts';
import { withKioskMode } from '../../common/staff/staff-config.ts';
import { registerAppScheme, setupAppProtocol } from './app-protocol.ts';
import { bootKiosk, type BootPartTypes, type BootSteps } from './boot/boot-state.ts';
import { createKioskHandlers } from './bridge-handlers.ts';
import { parseLaunchOptions } from './command-line.ts';
import { bundledConfigPath, loadConfig } from './config-loader.ts';
import { setupDailyRestart } from './daily-restart.ts';
import { createDemoFileReader, demoPortalFolderName } from './demo-portal/demo-portal-files.ts';
import { syncDemoPortal } from './demo-portal/demo-portal-session.ts';
import { gatedPassThrough } from './demo-portal/gated-pass-through.ts';
import { loadGuide, loadLanguageTexts } from './guide-loader.ts';
import { createHostWindow, loadHostPage } from './host-window.ts';
import { setupBridge } from './ipc/setup-bridge.ts';
import { setupAppLockdown } from './lockdown/app-lockdown.ts';
import { lockDownSession } from './lockdown/session-lockdown.ts';
import { createLogger } from './log.ts';
import { resolveAppPaths } from './paths.ts';
import { ElectronPortalHost } from './portal/electron-portal-host.ts';
import { createElectronPortalViewFactory, electronPortalWindow, type ElectronPortalView } from './portal/electron-portal-view.ts';
import { setupPortalIpc } from './portal/portal-ipc.ts';
import { setupDisplayAwake } from './power.ts';
import { slipPrintPartition } from './print/electron-slip-window.ts';
import { setupSlipPrinting, type SlipPrinting } from './print/setup-slip-printing.ts';
import type { SlipSources } from './print/slip-document.ts';
import { relaunchOptions } from './relaunch.ts';
import { createShellEventSender, type ShellEventSender } from './shell-events.ts';
import { setupSingleInstance } from './single-instance.ts';
import { createReferentLogSink, setupCrashLogging } from './staff/referent-log.ts';
import { setupStaff, type MainStaff } from './staff/setup-staff.ts';
import { VisitorPresence } from './visitor-presence.ts';
import { setupWebContentsHardening } from './web-contents-hardening.ts';

/** The in-memory session of the staff screen's portal probe (no cookie or cache on disk). */
const probePartition = 'staff-portal-probe';

/** After a visit, how long a restart the pool asked for waits for the next visitor not to come. */
const poolRestartDelayMs = 15_000;

/**
 * The web contents whose navigations a policy of their own decides (the portal's views). The
 * hardening asks at each navigation; an owner joins once it exists (no portal view exists before
 * the portal does).
 */
interface NavigationOwners {
  readonly add: (owns: (webContentsId: number) => boolean) => void;
}

/** The app-wide hardening, set up before ready. */
interface Hardening {
  readonly navigationOwners: NavigationOwners;
}

/** The configuration in use: staff mode, a reload or the self-test put another in use. */
interface ConfigInUse {
  readonly current: () => ConfigSnapshot;
  readonly use: (snapshot: ConfigSnapshot) => void;
}

/** How the kiosk ends; each way tells the host window's close guard that it is quitting. */
interface Lifecycle {
  readonly isQuitting: () => boolean;
  readonly restart: () => void;
  readonly quit: () => void;
  readonly exit: (code: number) => void;
}

/** What the kiosk runs with, once ready. */
interface Settings {
  readonly config: ConfigInUse;
  readonly guide: GuideSnapshot;
  readonly readLanguage: (language: string) => Promise<LanguageTexts>;
  readonly appInfo: () => AppInfo;
  readonly lifecycle: Lifecycle;
}

/** The host window, and its renderer's restarts (a crash or a hang) for what must end with them. */
interface HostWindow {
  readonly window: BrowserWindow;
  readonly onRendererRestart: (listener: () => void) => void;
}

/** What the bridge handlers call. */
interface Services {
  readonly sendShellEvent: ShellEventSender;
  readonly printing: SlipPrinting;
  readonly selfTest: MainSelfTest;
  readonly staff: MainStaff;
}

/** The bridge registered, and what it knows of the kiosk being in use. */
interface Bridge {
  readonly isIdle: () => boolean;
}

/** The parts of this kiosk's boot state. */
interface KioskParts extends BootPartTypes {
  readonly hardening: Hardening;
  readonly settings: Settings;
  readonly host: HostWindow;
  readonly portal: ElectronPortalHost<ElectronPortalView>;
  readonly services: Services;
  readonly bridge: Bridge;
}

// `--self-test`: the real kiosk proves itself, in a fresh data folder of its own (nothing of this
// PC's kiosk is read or changed; its single-instance lock is its own too). Before anything reads userData.
const launchSelfTest = selfTestSettings(process.argv, process.cwd());
if (launchSelfTest !== undefined) app.setPath('userData', mkdtempSync(path.join(os.tmpdir(), 'borne-self-test-')));

// The référent's log: <userData>/logs/kiosk.log (rotated by size) and standard error.
const log = createLogger(createReferentLogSink({ userData: app.getPath('userData') }));
const options = parseLaunchOptions({ argv: process.argv, env: process.env, isPackaged: app.isPackaged, platform: process.platform });
const paths = resolveAppPaths(__dirname, app.isPackaged, process.resourcesPath);
const entryUrl = options.devServerUrl ?? appEntryUrl;
const readText = (file: string): Promise<string> => readFile(file, 'utf8');
const readConfig = (): Promise<ConfigSnapshot> => loadConfig(readText, path.join(paths.resources, bundledConfigPath), options.config, log);

// No "swipe back" overscroll navigation anywhere.
app.commandLine.appendSwitch('overscroll-history-navigation', '0');

function trustedOrigins(): TrustedOrigin[] {
  if (options.devServerUrl === undefined) return [appOrigin];
  const dev = new URL(options.devServerUrl);
  return [appOrigin, { protocol: dev.protocol, host: dev.host }];
}

function hardenApp(): Hardening {
  Menu.setApplicationMenu(null);
  setupAppLockdown(app, log);
  // Decided at each navigation, not when a web contents is created: `web-contents-created` fires
  // inside the constructors, before anything here holds the new window or view.
  const owners: ((webContentsId: number) => boolean)[] = [];
  setupWebContentsHardening(app, { hasOwnNavigationPolicy: (contents) => owners.some((owns) => owns(contents.id)) }, log);
  app.on('window-all-closed', () => app.quit());
  return { navigationOwners: { add: (owns) => void owners.push(owns) } };
}

function createLifecycle(): Lifecycle {
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  return {
    isQuitting: () => quitting,
    restart: () => {
      quitting = true;
      app.relaunch(relaunchOptions(process.env));
      app.exit(0);
    },
    quit: () => {
      quitting = true;
      app.quit();
    },
    exit: (code) => {
      quitting = true;
      app.exit(code);
    },
  };
}

async function loadSettings(): Promise<Settings> {
  log.info(`start: Borne EduConnect ${app.getVersion()} (kiosk: ${String(options.kiosk)})`);
  if (options.ignoredConfigArguments) log.warn('config: --config and BORNE_CONFIG are ignored by an installed kiosk; it reads its fixed place');
  lockDownSession(session.defaultSession, log, 'host');
  lockDownSession(session.fromPartition(slipPrintPartition), log, 'print');
  lockDownSession(session.fromPartition(probePartition), log, 'probe');
  const loaded = await readConfig();
  let current = launchSelfTest === undefined ? loaded : selfTestConfig(loaded);
  const guide = await loadGuide(readText, paths.resources, log);
  const lifecycle = createLifecycle();
  setupCrashLogging({ process, app }, log);
  const config: ConfigInUse = {
    current: () => current,
    use: (snapshot) => {
      current = snapshot;
    },
  };
  return {
    config,
    guide,
    readLanguage: (language) => loadLanguageTexts(readText, paths.resources, language, guide, log),
    appInfo: () => ({ productName: 'Borne EduConnect', version: app.getVersion(), shell: 'electron', mode: config.current().config.mode, kiosk: options.kiosk }),
    lifecycle,
  };
}

function createKioskHostWindow(settings: Settings): HostWindow {
  const restartListeners: (() => void)[] = [];
  const window = createHostWindow({
    BrowserWindow,
    settings: { kiosk: options.kiosk, preloadPath: paths.hostPreload },
    log,
    isQuitting: () => settings.lifecycle.isQuitting(),
    onRendererRestart: () => {
      for (const listener of restartListeners) listener();
    },
  });
  app.on('second-instance', () => {
    window.webContents.focus();
  });
  return { window, onRendererRestart: (listener) => void restartListeners.push(listener) };
}

function createVisitorPortal({ hardening, settings, host }: { hardening: Hardening; settings: Settings; host: HostWindow }): ElectronPortalHost<ElectronPortalView> {
  const current = () => settings.config.current().config;
  // The demonstration mode's portal is the simulated one, on its reserved host; the others the school's.
  const portalSettings = () => portalSettingsFor(current());
  const readDemoFile = createDemoFileReader(path.join(paths.resources, demoPortalFolderName));
  const portal = new ElectronPortalHost({
    sessionOf: (partition) => session.fromPartition(partition),
    createView: createElectronPortalViewFactory({
      WebContentsView,
      fromPartition: (partition) => session.fromPartition(partition),
      preloadPath: paths.portalPreload,
    }),
    window: electronPortalWindow(host.window),
    allowedHosts: () => portalSettings().allowedHosts,
    resolveTarget: (target) => portalSettings().targets[target],
    logoutUrl: () => portalSettings().logoutUrl,
    beforeVisit: ({ partition }) => {
      const visitor = gatedPassThrough(session.fromPartition(partition), () => portalSettings().allowedHosts);
      const outcome = syncDemoPortal(visitor, portalSettings().demonstration, { readFile: readDemoFile });
      if (outcome === 'refused' || outcome === 'failed') log.warn(`portal: the demonstration portal was not set up (${outcome})`);
      else if (outcome !== 'unchanged') log.info(`portal: demonstration portal ${outcome}`);
    },
    timeLimit: () => ({ maxVisitSeconds: current().timeouts.maxVisitSeconds, countdownSeconds: current().timeouts.countdownSeconds }),
    log,
  });
  hardening.navigationOwners.add((id) => portal.ownsContents(id));
  // A restarted renderer ends the visit: nothing of it may survive into the reloaded page.
  host.onRendererRestart(() => void portal.destroy());
  return portal;
}

async function setupServices({ settings, host, portal }: { settings: Settings; host: HostWindow; portal: ElectronPortalHost<ElectronPortalView> }): Promise<Services> {
  const { config, guide, readLanguage, lifecycle } = settings;
  const sendShellEvent = createShellEventSender(() => host.window.webContents);
  const slipSources: SlipSources = {
    graph: () => guide.graph,
    frenchTexts: () => guide.texts,
    texts: async (language) => (isSupportedLanguage(language) ? (await readLanguage(language)).texts : undefined),
    config: () => config.current().config,
    now: () => new Date(),
  };
  const printing = setupSlipPrinting({
    BrowserWindow,
    ...slipSources,
    getPrinters: async () => host.window.webContents.getPrintersAsync(),
    printer: () => config.current().config.printer,
    log,
  });
  const userData = app.getPath('userData');
  const selfTest = setupSelfTest({
    kiosk: {
      BrowserWindow,
      hostWindow: () => host.window,
      portal: {
        // The view's web contents, Electron's object (the portal host types it narrowly).
        portalContents: () => {
          const id = portal.portalContentsId();
          return id === undefined ? undefined : webContents.fromId(id);
        },
        partitionsUsed: () => portal.partitionsUsed(),
        allowedHosts: () => portal.allowedHosts(),
        onEvent: (listener) => portal.onEvent(listener),
      },
      app,
      ipcMain,
      allWebContents: () => webContents.getAllWebContents(),
      printing,
      slipSources,
      configuredPrinter: () => config.current().config.printer?.name,
      paths: { hostPreload: paths.hostPreload, entryUrl, userData, logFile: referentLogFile(userData), executable: process.execPath },
    },
    environment: { packaged: app.isPackaged, platform: process.platform, kioskMode: options.kiosk },
    version: app.getVersion(),
    electronVersion: process.versions.electron,
    config: {
      current: config.current,
      use: (snapshot) => {
        config.use(snapshot);
        sendShellEvent('configChanged', configForRenderer(snapshot));
        sendShellEvent('appInfoChanged', settings.appInfo());
      },
    },
    log,
  });
  const staff = await setupStaff({
    selfTest: selfTest.staff,
    printers: () => printing.printerNames(),
    chosenPrinter: () => config.current().config.printer?.name,
    log,
    userData,
    config: config.current,
    guide: () => guide,
    languageTexts: readLanguage,
    appInfo: settings.appInfo,
    setMode: (mode) => config.use(withKioskMode(config.current(), mode)),
    reloadConfig: async () => {
      const snapshot = await readConfig();
      config.use(snapshot);
      return snapshot;
    },
    send: sendShellEvent,
    fetch: (url, init) => session.fromPartition(probePartition).fetch(url, init),
    restart: lifecycle.restart,
    quit: lifecycle.quit,
  });
  return { sendShellEvent, printing, selfTest, staff };
}

function registerBridge({ settings, host, portal, services }: { settings: Settings; host: HostWindow; portal: ElectronPortalHost<ElectronPortalView>; services: Services }): Bridge {
  const { printing, selfTest, staff, sendShellEvent } = services;
  const presence = new VisitorPresence();
  const isIdle = (): boolean => !presence.isPresent() && !portal.isBusy() && !staff.gate.isOpen() && !selfTest.isRunning();
  const handlers = presence.follow(
    createKioskHandlers({
      config: settings.config.current,
      appInfo: settings.appInfo,
      guide: () => settings.guide,
      languageTexts: settings.readLanguage,
      printing: () => printing,
      portal: () => portal,
      staff: staff.handlers,
    }),
  );
  setupBridge(ipcMain, {
    policy: { hostWebContentsId: () => host.window.webContents.id, trustedOrigins: trustedOrigins() },
    handlers: {
      ...handlers,
      endVisit: async (payload) => {
        const report = await handlers.endVisit(payload);
        // A partition that could not be proven empty was set aside: give it back by a restart,
        // before the next visitor if nobody comes meanwhile.
        if (portal.wantsRestart()) setTimeout(() => isIdle() && settings.lifecycle.restart(), poolRestartDelayMs);
        return report;
      },
    },
    log: (line) => log.warn(line),
  });
  portal.onEvent((event) => sendShellEvent('portal', event));
  portal.onEvent((event) => staff.recordPortalEvent(event));
  setupPortalIpc(ipcMain, portal, log);
  return { isIdle };
}

const steps: BootSteps<KioskParts> = {
  // The host window, once created, adds the focus a second launch asks for.
  takeSingleInstanceLock: () => setupSingleInstance(app, () => undefined),
  quit: () => app.quit(),
  registerSchemes: () => registerAppScheme(protocol),
  hardenApp,
  whenReady: () => app.whenReady(),
  loadSettings,
  handleProtocol: () => setupAppProtocol(protocol, net, paths.renderer),
  createHostWindow: ({ settings }) => createKioskHostWindow(settings),
  createPortal: createVisitorPortal,
  setupServices,
  registerBridge,
  startMaintenance: ({ settings, bridge }) => {
    setupDisplayAwake(powerSaveBlocker);
    setupDailyRestart({
      at: () => settings.config.current().config.dailyRestartAt,
      isIdle: bridge.isIdle,
      restart: settings.lifecycle.restart,
      now: () => new Date(),
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle),
      log,
    });
  },
  loadHostPage: ({ host }) => loadHostPage(host.window, entryUrl, log),
};

async function main(): Promise<void> {
  const state = await bootKiosk(steps);
  if (state === undefined || launchSelfTest === undefined) return;
  const code = await state.services.selfTest.runAtLaunch(launchSelfTest.reportPath, (text) => void process.stdout.write(text));
  state.settings.lifecycle.exit(code);
}

main().catch((error: unknown) => {
  log.error(`start: failed (${error instanceof Error ? error.message : 'unknown error'})`);
  app.exit(1);
});
