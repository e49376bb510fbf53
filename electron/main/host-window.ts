import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { setupInputGuard } from './input-guard.ts';
import { kioskWindowOptions, mustRefuseClose, type KioskWindowSettings } from './kiosk-window.ts';
import type { Logger } from './log.ts';
import { setupRendererRecovery } from './renderer-recovery.ts';
import { lockNavigation } from './web-contents-hardening.ts';

/** The members of the host window used here. */
export type HostBrowserWindow = Pick<BrowserWindow, 'webContents' | 'on' | 'once' | 'show' | 'loadURL'>;

/** What creating the host window takes. */
export interface HostWindowDeps<W extends HostBrowserWindow> {
  /** Electron's `BrowserWindow` class (a fake in tests). */
  readonly BrowserWindow: new (options: BrowserWindowConstructorOptions) => W;
  readonly settings: KioskWindowSettings;
  readonly log: Logger;
  /** True once the app is quitting (a close is then allowed in kiosk mode). */
  readonly isQuitting: () => boolean;
  /** The renderer is being restarted (crash or hang): the visit must end, nothing of it may survive. */
  readonly onRendererRestart: () => void;
}

/**
 * Creates the host window, hidden, and hardens its web contents right here, on the object the
 * constructor returned: navigation locked, shortcuts swallowed, crash and hang recovery, close
 * refused in kiosk mode. Nothing of this may wait for a variable assigned after `new BrowserWindow()`.
 * Its page is loaded apart (`loadHostPage`), once every bridge handler the page may call is registered.
 */
export function createHostWindow<W extends HostBrowserWindow>(deps: HostWindowDeps<W>): W {
  const window = new deps.BrowserWindow(kioskWindowOptions(deps.settings));
  const contents = window.webContents;
  lockNavigation(contents, deps.log);
  setupInputGuard(contents);
  setupRendererRecovery(contents, deps.log, { onRestart: () => deps.onRendererRestart() });
  window.on('close', (event) => {
    if (mustRefuseClose({ kiosk: deps.settings.kiosk, quitting: deps.isQuitting() })) {
      deps.log.warn('window: refused to close in kiosk mode');
      event.preventDefault();
    }
  });
  window.once('ready-to-show', () => window.show());
  return window;
}

/** Loads the kiosk page (`app://kiosk/index.html`, or the dev server) into the host window, which shows once it is ready. */
export function loadHostPage(window: Pick<HostBrowserWindow, 'loadURL'>, entryUrl: string, log: Logger): void {
  window.loadURL(entryUrl).catch(() => log.error('window: the kiosk page did not load'));
}
