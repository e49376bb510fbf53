/**
 * The kiosk's main process: one bootstrap that calls small `setupX()` modules in order. What the
 * modules share lives in one boot state, created once the configuration and the guide are loaded,
 * before anything that reads it; the host window and the portal, created last, are read through
 * optional fields that every reader checks.
 */
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, net, powerSaveBlocker, protocol, session, webContents, WebContentsView } from 'electron';
import { configForRenderer } from '../../common/staff/staff-config.ts';
import { selfTestConfig } from './self-test/self-test-config.ts';
import { selfTestSettings } from './self-test/self-test-settings.ts';
import { setupSelfTest } from './self-test/setup-self-test.ts';
import { referentLogFile } from './staff/referent-log.ts';
import type { AppInfo } from '../../common/bridge/app-info.ts';
import type { ConfigSnapshot } from '../../common/config/config-snapshot.ts';
import { isSupportedLanguage } from '../../common/guide/languages.ts';
import type { GuideSnapshot } from '../../common/guide/load-guide.ts';
import { portalSettingsFor } from '../../common/demo-portal/portal-settings.ts';
import { appEntryUrl, appOrigin, type TrustedOrigin } from '../../common/security/app-origin.ts';
import { withKioskMode } from '../../common/staff/staff-config.ts';
import { registerAppScheme, setupAppProtocol } from './app-protocol.ts';
import { createKioskHandlers } from './bridge-handlers.ts';
import { parseLaunchOptions } from './command-line.ts';
import { bundledConfigPath, loadConfig } from './config-loader.ts';
import { setupDailyRestart } from './daily-restart.ts';
import { createDemoFileReader, demoPortalFolderName } from './demo-portal/demo-portal-files.ts';
import { syncDemoPortal } from './demo-portal/demo-portal-session.ts';
import { gatedPassThrough } from './demo-portal/gated-pass-through.ts';
import { loadGuide, loadLanguageTexts } from './guide-loader.ts';
import { createHostWindow } from './host-window.ts';
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
import { setupSlipPrinting } from './print/setup-slip-printing.ts';
import { relaunchOptions } from './relaunch.ts';
import { createShellEventSender } from './shell-events.ts';
import { setupSingleInstance } from './single-instance.ts';
import { createReferentLogSink, setupCrashLogging } from './staff/referent-log.ts';
import { setupStaff } from './staff/setup-staff.ts';
import { VisitorPresence } from './visitor-presence.ts';
import { setupWebContentsHardening } from './web-contents-hardening.ts';

/** The in-memory session of the staff screen's portal probe (no cookie or cache on disk). */
const probePartition = 'staff-portal-probe';

/** After a visit, how long a restart the pool asked for waits for the next visitor not to come. */
const poolRestartDelayMs = 15_000;

/** What the modules share once the configuration and the guide are loaded. */
interface BootState {
  config: ConfigSnapshot;
  readonly guide: GuideSnapshot;
  /** The host window, once created. */
  host: BrowserWindow | undefined;
  /** The visitor portal, once created. */
  portal: ElectronPortalHost<ElectronPortalView> | undefined;
  quitting: boolean;
}

// `--self-test`: the real kiosk proves itself, in a fresh data folder of its own (nothing of this
// PC's kiosk is read or changed; its single-instance lock is its own too). Before anything reads userData.
const launchSelfTest = selfTestSettings(process.argv, process.cwd());
if (launchSelfTest !== undefined) app.setPath('userData', mkdtempSync(path.join(os.tmpdir(), 'borne-self-test-')));

// The référent's log: <userData>/logs/kiosk.log (rotated by size) and standard error.
const log = createLogger(createReferentLogSink({ userData: app.getPath('userData') }));
const options = parseLaunchOptions({ argv: process.argv, env: process.env, isPackaged: app.isPackaged, platform: process.platform });
const paths = resolveAppPaths(__dirname, app.isPackaged, process.resourcesPath);
const readText = (file: string): Promise<string> => readFile(file, 'utf8');
const readConfig = (): Promise<ConfigSnapshot> => loadConfig(readText, path.join(paths.resources, bundledConfigPath), options.config, log);

// Decided at each navigation, not when a web contents is created: `web-contents-created` fires
// inside the constructors, before anything here holds the new window or view.
let ownNavigationPolicy: (id: number) => boolean = () => false;

// No "swipe back" overscroll navigation anywhere.
app.commandLine.appendSwitch('overscroll-history-navigation', '0');

function trustedOrigins(): TrustedOrigin[] {
  if (options.devServerUrl === undefined) return [appOrigin];
  const dev = new URL(options.devServerUrl);
  return [appOrigin, { protocol: dev.protocol, host: dev.host }];
}

function appInfoOf(state: BootState): AppInfo {
  return { productName: 'Borne EduConnect', version: app.getVersion(), shell: 'electron', mode: state.config.config.mode, kiosk: options.kiosk };
}

function restart(state: BootState): void {
  state.quitting = true;
  app.relaunch(relaunchOptions(process.env));
  app.exit(0);
}

function createPortal(state: BootState, window: BrowserWindow): ElectronPortalHost<ElectronPortalView> {
  const current = () => state.config.config;
  // The demonstration mode's portal is the simulated one, on its reserved host; the others the school's.
  const settings = () => portalSettingsFor(current());
  const readDemoFile = createDemoFileReader(path.join(paths.resources, demoPortalFolderName));
  return new ElectronPortalHost({
    sessionOf: (partition) => session.fromPartition(partition),
    createView: createElectronPortalViewFactory({
      WebContentsView,
      fromPartition: (partition) => session.fromPartition(partition),
      preloadPath: paths.portalPreload,
    }),
    window: electronPortalWindow(window),
    allowedHosts: () => settings().allowedHosts,
    resolveTarget: (target) => settings().targets[target],
    logoutUrl: () => settings().logoutUrl,
    beforeVisit: ({ partition }) => {
      const visitor = gatedPassThrough(session.fromPartition(partition), () => settings().allowedHosts);
      const outcome = syncDemoPortal(visitor, settings().demonstration, { readFile: readDemoFile });
      if (outcome === 'refused' || outcome === 'failed') log.warn(`portal: the demonstration portal was not set up (${outcome})`);
      else if (outcome !== 'unchanged') log.info(`portal: demonstration portal ${outcome}`);
    },
    timeLimit: () => ({ maxVisitSeconds: current().timeouts.maxVisitSeconds, countdownSeconds: current().timeouts.countdownSeconds }),
    log,
  });
}

async function bootstrap(): Promise<void> {
  registerAppScheme(protocol);
  if (!setupSingleInstance(app, () => undefined)) {
    app.quit();
    return;
  }
  Menu.setApplicationMenu(null);
  setupAppLockdown(app, log);
  setupWebContentsHardening(app, { hasOwnNavigationPolicy: (contents) => ownNavigationPolicy(contents.id) }, log);
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();
  log.info(`start: Borne EduConnect ${app.getVersion()} (kiosk: ${String(options.kiosk)})`);
  if (options.ignoredConfigArguments) log.warn('config: --config and BORNE_CONFIG are ignored by an installed kiosk; it reads its fixed place');
  for (const [name, locked] of [
    ['host', session.defaultSession],
    ['print', session.fromPartition(slipPrintPartition)],
    ['probe', session.fromPartition(probePartition)],
  ] as const) {
    lockDownSession(locked, log, name);
  }

  const state: BootState = { config: launchSelfTest === undefined ? await readConfig() : selfTestConfig(await readConfig()), guide: await loadGuide(readText, paths.resources, log), host: undefined, portal: undefined, quitting: false };
  app.on('before-quit', () => {
    state.quitting = true;
  });
  app.on('second-instance', () => {
    state.host?.webContents.focus();
  });
  setupCrashLogging({ process, app }, log);
  const sendShellEvent = createShellEventSender(() => state.host?.webContents);
  const readLanguage = (language: string) => loadLanguageTexts(readText, paths.resources, language, state.guide, log);
  const printing = setupSlipPrinting({
    BrowserWindow,
    graph: () => state.guide.graph,
    frenchTexts: () => state.guide.texts,
    texts: async (language) => (isSupportedLanguage(language) ? (await readLanguage(language)).texts : undefined),
    config: () => state.config.config,
    now: () => new Date(),
    getPrinters: async () => state.host?.webContents.getPrintersAsync() ?? [],
    printer: () => state.config.config.printer,
    log,
  });
  const userData = app.getPath('userData');
  const announceConfig = (): void => {
    sendShellEvent('configChanged', configForRenderer(state.config));
    sendShellEvent('appInfoChanged', appInfoOf(state));
  };
  const selfTest = setupSelfTest({
    kiosk: {
      BrowserWindow,
      hostWindow: () => state.host,
      portal: {
        // The view's web contents as Electron's object (the portal host types it narrowly).
        portalContents: () => {
          const id = state.portal?.portalContentsId();
          return id === undefined ? undefined : webContents.fromId(id);
        },
        partitionsUsed: () => state.portal?.partitionsUsed() ?? 0,
        allowedHosts: () => state.portal?.allowedHosts() ?? [],
        onEvent: (listener) => state.portal?.onEvent(listener) ?? (() => undefined),
      },
      app,
      ipcMain,
      allWebContents: () => webContents.getAllWebContents(),
      printing,
      slipSources: {
        graph: () => state.guide.graph,
        frenchTexts: () => state.guide.texts,
        texts: async (language) => (isSupportedLanguage(language) ? (await readLanguage(language)).texts : undefined),
        config: () => state.config.config,
        now: () => new Date(),
      },
      configuredPrinter: () => state.config.config.printer?.name,
      paths: {
        hostPreload: paths.hostPreload,
        entryUrl: options.devServerUrl ?? appEntryUrl,
        userData,
        logFile: referentLogFile(userData),
        executable: process.execPath,
      },
    },
    environment: { packaged: app.isPackaged, platform: process.platform, kioskMode: options.kiosk },
    version: app.getVersion(),
    electronVersion: process.versions.electron,
    config: {
      current: () => state.config,
      use: (snapshot) => {
        state.config = snapshot;
        announceConfig();
      },
    },
    log,
  });
  const staff = await setupStaff({
    selfTest: selfTest.staff,
    printers: () => printing.printerNames(),
    chosenPrinter: () => state.config.config.printer?.name,
    log,
    userData: app.getPath('userData'),
    config: () => state.config,
    guide: () => state.guide,
    languageTexts: readLanguage,
    appInfo: () => appInfoOf(state),
    setMode: (mode) => {
      state.config = withKioskMode(state.config, mode);
    },
    reloadConfig: async () => (state.config = await readConfig()),
    send: sendShellEvent,
    fetch: (url, init) => session.fromPartition(probePartition).fetch(url, init),
    restart: () => restart(state),
    quit: () => {
      state.quitting = true;
      app.quit();
    },
  });
  setupAppProtocol(protocol, net, paths.renderer);

  const presence = new VisitorPresence();
  const isIdle = (): boolean => !presence.isPresent() && state.portal?.isBusy() !== true && !staff.gate.isOpen() && !selfTest.isRunning();
  const portal = (): ElectronPortalHost<ElectronPortalView> => {
    if (state.portal === undefined) throw new Error('The portal is not ready');
    return state.portal;
  };
  const handlers = presence.follow(
    createKioskHandlers({
      config: () => state.config,
      appInfo: () => appInfoOf(state),
      guide: () => state.guide,
      languageTexts: readLanguage,
      printing: () => printing,
      portal,
      staff: staff.handlers,
    }),
  );
  setupBridge(ipcMain, {
    policy: { hostWebContentsId: () => state.host?.webContents.id, trustedOrigins: trustedOrigins() },
    handlers: {
      ...handlers,
      endVisit: async (payload) => {
        const report = await handlers.endVisit(payload);
        // A partition that could not be proven empty was set aside: give it back by a restart,
        // before the next visitor if nobody comes meanwhile.
        if (state.portal?.wantsRestart() === true) setTimeout(() => isIdle() && restart(state), poolRestartDelayMs);
        return report;
      },
    },
    log: (line) => log.warn(line),
  });
  setupDisplayAwake(powerSaveBlocker);

  const host = createHostWindow({
    BrowserWindow,
    settings: { kiosk: options.kiosk, preloadPath: paths.hostPreload },
    entryUrl: options.devServerUrl ?? appEntryUrl,
    log,
    isQuitting: () => state.quitting,
    // A restarted renderer ends the visit: nothing of it may survive into the reloaded page.
    onRendererRestart: () => void state.portal?.destroy(),
  });
  state.host = host;
  const visitorPortal = createPortal(state, host);
  state.portal = visitorPortal;
  ownNavigationPolicy = (id) => visitorPortal.ownsContents(id);
  visitorPortal.onEvent((event) => sendShellEvent('portal', event));
  visitorPortal.onEvent((event) => staff.recordPortalEvent(event));
  setupPortalIpc(ipcMain, visitorPortal, log);
  setupDailyRestart({
    at: () => state.config.config.dailyRestartAt,
    isIdle,
    restart: () => restart(state),
    now: () => new Date(),
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    log,
  });

  if (launchSelfTest !== undefined) {
    const code = await selfTest.runAtLaunch(launchSelfTest.reportPath, (text) => void process.stdout.write(text));
    state.quitting = true;
    app.exit(code);
  }
}

bootstrap().catch((error: unknown) => {
  log.error(`start: failed (${error instanceof Error ? error.message : 'unknown error'})`);
  app.exit(1);
});
