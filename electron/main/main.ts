/**
 * The kiosk's main process: one bootstrap that calls small `setupX()` modules in order.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, net, powerSaveBlocker, protocol } from 'electron';
import type { AppInfo } from '../../common/bridge/app-info.ts';
import type { ConfigSnapshot } from '../../common/config/config-snapshot.ts';
import type { GuideSnapshot } from '../../common/guide/load-guide.ts';
import { appEntryUrl, appOrigin, type TrustedOrigin } from '../../common/security/app-origin.ts';
import { registerAppScheme, setupAppProtocol } from './app-protocol.ts';
import { createKioskHandlers } from './bridge-handlers.ts';
import { parseLaunchOptions } from './command-line.ts';
import { bundledConfigPath, loadConfig } from './config-loader.ts';
import { loadGuide } from './guide-loader.ts';
import { setupInputGuard } from './input-guard.ts';
import { setupBridge } from './ipc/setup-bridge.ts';
import { kioskWindowOptions, mustRefuseClose } from './kiosk-window.ts';
import { createLogger } from './log.ts';
import { resolveAppPaths } from './paths.ts';
import { setupDisplayAwake } from './power.ts';
import { setupRendererRecovery } from './renderer-recovery.ts';
import { setupSingleInstance } from './single-instance.ts';
import { setupWebContentsHardening } from './web-contents-hardening.ts';

const log = createLogger();
const options = parseLaunchOptions(process.argv, process.env, app.isPackaged);
const paths = resolveAppPaths(__dirname, app.isPackaged, process.resourcesPath);

let hostWindow: BrowserWindow | undefined;
let config: ConfigSnapshot | undefined;
let guide: GuideSnapshot | undefined;
let quitting = false;

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

function createHostWindow(): BrowserWindow {
  const window = new BrowserWindow(kioskWindowOptions({ kiosk: options.kiosk, preloadPath: paths.hostPreload }));
  setupInputGuard(window.webContents);
  setupRendererRecovery(window.webContents, log);
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
  setupAppProtocol(protocol, net, paths.renderer);
  setupBridge(ipcMain, {
    policy: { hostWebContentsId: () => hostWindow?.webContents.id, trustedOrigins: trustedOrigins() },
    handlers: createKioskHandlers({
      config: () => config as ConfigSnapshot,
      appInfo,
      guide: () => guide as GuideSnapshot,
    }),
    log: (line) => log.warn(line),
  });
  setupDisplayAwake(powerSaveBlocker);
  hostWindow = createHostWindow();
}

bootstrap().catch((error: unknown) => {
  log.error(`start: failed (${error instanceof Error ? error.message : 'unknown error'})`);
  app.exit(1);
});
