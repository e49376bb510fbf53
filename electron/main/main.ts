/**
 * The kiosk's main process: one bootstrap that calls small `setupX()` modules in order.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, net, powerSaveBlocker, protocol, session, WebContentsView } from 'electron';
import type { AppInfo } from '../../common/bridge/app-info.ts';
import type { ConfigSnapshot } from '../../common/config/config-snapshot.ts';
import type { GuideSnapshot } from '../../common/guide/load-guide.ts';
import { appEntryUrl, appOrigin, type TrustedOrigin } from '../../common/security/app-origin.ts';
import { registerAppScheme, setupAppProtocol } from './app-protocol.ts';
import { createKioskHandlers } from './bridge-handlers.ts';
import { parseLaunchOptions } from './command-line.ts';
import { bundledConfigPath, loadConfig } from './config-loader.ts';
import { loadGuide, loadLanguageTexts } from './guide-loader.ts';
import { setupInputGuard } from './input-guard.ts';
import { ElectronPortalHost } from './portal/electron-portal-host.ts';
import { createElectronPortalViewFactory, electronPortalWindow, type ElectronPortalView } from './portal/electron-portal-view.ts';
import { setupPortalIpc } from './portal/portal-ipc.ts';
import { createShellEventSender } from './shell-events.ts';
import { setupBridge } from './ipc/setup-bridge.ts';
import { kioskWindowOptions, mustRefuseClose } from './kiosk-window.ts';
import { createLogger } from './log.ts';
import { resolveAppPaths } from './paths.ts';
import { setupDisplayAwake } from './power.ts';
import { setupRendererRecovery } from './renderer-recovery.ts';
import { setupSingleInstance } from './single-instance.ts';
import { withKioskMode } from '../../common/staff/staff-config.ts';
import { createReferentLogSink, setupCrashLogging } from './staff/referent-log.ts';
import { setupStaff, type MainStaff } from './staff/setup-staff.ts';
import { isSupportedLanguage } from '../../common/guide/languages.ts';
import { setupSlipPrinting, type SlipPrinting } from './print/setup-slip-printing.ts';
import { setupWebContentsHardening } from './web-contents-hardening.ts';

// The référent's log: <userData>/logs/kiosk.log (rotated by size) and standard error.
const log = createLogger(createReferentLogSink({ userData: app.getPath('userData') }));
const options = parseLaunchOptions(process.argv, process.env, app.isPackaged);
const paths = resolveAppPaths(__dirname, app.isPackaged, process.resourcesPath);

let hostWindow: BrowserWindow | undefined;
let config: ConfigSnapshot | undefined;
let guide: GuideSnapshot | undefined;
let portal: ElectronPortalHost<ElectronPortalView> | undefined;
let quitting = false;
let staff: MainStaff | undefined;
const sendShellEvent = createShellEventSender(() => hostWindow?.webContents);

// No "swipe back" overscroll navigation anywhere; pinch-zoom is limited per portal page.
app.commandLine.appendSwitch('overscroll-history-navigation', '0');

function focusHost(): void {
  if (hostWindow === undefined) return;
  if (hostWindow.isMinimized()) hostWindow.restore();
  hostWindow.focus();
}

function trustedOrigins(): TrustedOrigin[] {
  if (options.devServerUrl === undefined) return [appOrigin];
  const dev = new URL(options.devServerUrl);
  return [appOrigin, { protocol: dev.protocol, host: dev.host }];
}

function appInfo(): AppInfo {
  return {
    productName: 'Borne EduConnect',
    version: app.getVersion(),
    shell: 'electron',
    mode: config?.config.mode ?? 'public',
    kiosk: options.kiosk,
  };
}

function createPortalHost(window: BrowserWindow): ElectronPortalHost<ElectronPortalView> {
  const current = () => (config as ConfigSnapshot).config;
  const host = new ElectronPortalHost({
    createView: createElectronPortalViewFactory({
      WebContentsView,
      fromPartition: (partition) => session.fromPartition(partition),
      preloadPath: paths.portalPreload,
    }),
    window: electronPortalWindow(window),
    allowedHosts: () => current().allowedHosts,
    resolveTarget: (target) => current().addresses[target],
    logoutUrl: () => current().addresses.educonnectLogout,
    log,
  });
  host.onEvent((event) => sendShellEvent('portal', event));
  host.onEvent((event) => staff?.recordPortalEvent(event));
  return host;
}

function createHostWindow(): BrowserWindow {
  const window = new BrowserWindow(kioskWindowOptions({ kiosk: options.kiosk, preloadPath: paths.hostPreload }));
  setupInputGuard(window.webContents);
  setupRendererRecovery(window.webContents, log);
  // A crashed renderer ends the visit: nothing of it may survive into the reloaded page.
  window.webContents.on('render-process-gone', () => {
    void portal?.destroy();
  });
  window.on('close', (event) => {
    if (mustRefuseClose({ kiosk: options.kiosk, quitting })) {
      log.warn('window: refused to close in kiosk mode');
      event.preventDefault();
    }
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.devServerUrl ?? appEntryUrl);
  return window;
}

async function bootstrap(): Promise<void> {
  registerAppScheme(protocol);
  if (!setupSingleInstance(app, focusHost)) {
    app.quit();
    return;
  }
  Menu.setApplicationMenu(null);
  setupWebContentsHardening(app, { isHostContents: (contents) => contents.id === hostWindow?.webContents.id }, log);
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();
  log.info(`start: Borne EduConnect ${app.getVersion()} (kiosk: ${String(options.kiosk)})`);
  config = await loadConfig(
    (file) => readFile(file, 'utf8'),
    path.join(paths.resources, bundledConfigPath),
    options.configPath,
    log,
  );
  guide = await loadGuide((file) => readFile(file, 'utf8'), paths.resources, log);
  setupCrashLogging({ process, app }, log);
  const readLanguage = (language: string) =>
    loadLanguageTexts((file) => readFile(file, 'utf8'), paths.resources, language, guide as GuideSnapshot, log);
  const printing: SlipPrinting = setupSlipPrinting({
    BrowserWindow,
    graph: () => (guide as GuideSnapshot).graph,
    frenchTexts: () => (guide as GuideSnapshot).texts,
    texts: async (language) => (isSupportedLanguage(language) ? (await readLanguage(language)).texts : undefined),
    config: () => (config as ConfigSnapshot).config,
    now: () => new Date(),
    getPrinters: async () => (hostWindow === undefined ? [] : hostWindow.webContents.getPrintersAsync()),
    printer: () => (config as ConfigSnapshot).config.printer,
    log,
  });
  staff = await setupStaff({
    printers: () => printing.printerNames(),
    chosenPrinter: () => (config as ConfigSnapshot).config.printer?.name,
    log,
    userData: app.getPath('userData'),
    config: () => config as ConfigSnapshot,
    guide: () => guide as GuideSnapshot,
    languageTexts: readLanguage,
    appInfo,
    setMode: (mode) => {
      config = withKioskMode(config as ConfigSnapshot, mode);
    },
    reloadConfig: async () =>
      (config = await loadConfig((file) => readFile(file, 'utf8'), path.join(paths.resources, bundledConfigPath), options.configPath, log)),
    send: sendShellEvent,
    // An in-memory session: the probe leaves no cookie or cache on disk.
    fetch: (url, init) => session.fromPartition('staff-portal-probe').fetch(url, init),
    restart: () => {
      quitting = true;
      app.relaunch();
      app.exit(0);
    },
    quit: () => {
      quitting = true;
      app.quit();
    },
  });
  setupAppProtocol(protocol, net, paths.renderer);
  setupBridge(ipcMain, {
    policy: { hostWebContentsId: () => hostWindow?.webContents.id, trustedOrigins: trustedOrigins() },
    handlers: createKioskHandlers({
      config: () => config as ConfigSnapshot,
      appInfo,
      guide: () => guide as GuideSnapshot,
      languageTexts: readLanguage,
      printing: () => printing,
      portal: () => {
        if (portal === undefined) throw new Error('The portal is not ready');
        return portal;
      },
      staff: staff.handlers,
    }),
    log: (line) => log.warn(line),
  });
  setupDisplayAwake(powerSaveBlocker);
  hostWindow = createHostWindow();
  portal = createPortalHost(hostWindow);
  setupPortalIpc(ipcMain, portal, log);
}

bootstrap().catch((error: unknown) => {
  log.error(`start: failed (${error instanceof Error ? error.message : 'unknown error'})`);
  app.exit(1);
});
