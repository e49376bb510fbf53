import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { SlipWindow, SlipWindowFactory } from './slip-window.ts';
import { secureWebPreferences } from '../secure-web-preferences.ts';

/** The in-memory session partition of the print windows (no `persist:`: nothing reaches the disk). */
export const slipPrintPartition = 'slip-print';

/**
 * The hidden print window's options. JavaScript is off (the slip has no script, and its own CSP
 * forbids any); the page is sandboxed, isolated and Node-free; it never shows. Preferred size mode
 * makes Chromium report the document's height after each layout, which is how the roll's page
 * height is measured without a script. The window is wide enough for the 80 mm roll (303 px) and
 * the A4 page (794 px); printing lays the page out at the paper size anyway.
 */
export function slipWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 820,
    height: 1200,
    useContentSize: true,
    paintWhenInitiallyHidden: true,
    skipTaskbar: true,
    focusable: false,
    webPreferences: {
      javascript: false,
      ...secureWebPreferences,
      disableDialogs: true,
      backgroundThrottling: false,
      enablePreferredSizeMode: true,
      partition: slipPrintPartition,
      zoomFactor: 1,
    },
  };
}

/** What building a real slip window takes: Electron's `BrowserWindow` class, injected. */
export interface ElectronSlipWindowDeps {
  readonly BrowserWindow: new (options: BrowserWindowConstructorOptions) => Pick<BrowserWindow, 'webContents' | 'destroy' | 'isDestroyed'>;
}

/**
 * Creates hidden slip windows with Electron. The page may not navigate or open windows (it has
 * no link and no script; this is a second lock). `loadURL` resolves on `did-finish-load` — after
 * the `load` event, so after the fonts the layout asked for — and rejects on `did-fail-load`.
 */
export function createElectronSlipWindowFactory(deps: ElectronSlipWindowDeps): SlipWindowFactory {
  return (): SlipWindow => {
    const window = new deps.BrowserWindow(slipWindowOptions());
    const contents = window.webContents;
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    return {
      load: (url) => contents.loadURL(url),
      onContentHeight: (listener) => {
        contents.on('preferred-size-changed', (_event, size) => listener(size.height));
      },
      print: (options, callback) => contents.print(options, callback),
      destroy: () => {
        if (!window.isDestroyed()) window.destroy();
      },
    };
  };
}
