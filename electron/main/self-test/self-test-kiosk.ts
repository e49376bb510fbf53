/**
 * The one surface the self-test's checks act through: exactly what they need of the running
 * kiosk, each member saying which Electron API it maps to. `electron-self-test-kiosk.ts` builds
 * it from the real objects; the checks' tests use `test-support/fake-kiosk.ts`.
 */
import type { PortalEvent } from '../../../common/portal/portal-types.ts';
import type { PrintResult } from '../../../common/slip/slip-bridge.ts';
import type { SlipFormat } from '../../../common/slip/slip-format.ts';
import type { PageScript } from './page-script.ts';

/** A key sent as `webContents.sendInputEvent` sends it (`keyDown` then `keyUp`). */
export interface KeyPress {
  /** An Electron key code: `F5`, `R`, `Plus`, `Escape`… */
  readonly keyCode: string;
  readonly modifiers?: readonly ('control' | 'shift' | 'alt' | 'meta')[];
}

/** A mouse press at a point of a page, as `webContents.sendInputEvent` sends it (down then up). */
export interface MousePress {
  readonly x: number;
  readonly y: number;
}

/** What a fetch through the host window's session answered. */
export interface FetchedResponse {
  readonly status: number;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
}

/** The kiosk's host window and its page. */
export interface SelfTestHost {
  /** `webContents.getURL()`. */
  url(): string;
  /** `webContents.executeJavaScript(script.source, true)` in the host page. */
  evaluate<T>(script: PageScript<T>): Promise<T>;
  /** `webContents.sendInputEvent` of a key down and up — a keyboard plugged into the kiosk. */
  pressKey(key: KeyPress): void;
  /** `webContents.isDevToolsOpened()`. */
  isDevToolsOpened(): boolean;
  /** `webContents.getZoomFactor()`. */
  zoomFactor(): number;
  /** `webContents.forcefullyCrashRenderer()`. */
  crash(): void;
  /**
   * `webContents.loadURL(<the kiosk's entry page>)`: a fresh page, back to the attract screen,
   * even if the page had been sent elsewhere.
   */
  reloadKioskPage(): void;
  /** `BrowserWindow.isFullScreen()`. */
  isFullScreen(): boolean;
  /** `BrowserWindow.isKiosk()`. */
  isKiosk(): boolean;
  /** `BrowserWindow.isDestroyed()`. */
  isDestroyed(): boolean;
  /** `BrowserWindow.getContentSize()`, in device-independent pixels. */
  contentSize(): { readonly width: number; readonly height: number };
  /** `webContents.session.fetch(url)`: through the same protocol handlers as the page. */
  fetch(url: string): Promise<FetchedResponse>;
  /**
   * `ipcMain.emit(channel, event, ...args)` with the host window's web contents and main frame as
   * the sender: what a compromised host page could send on a channel meant for the portal.
   */
  sendAsHost(channel: string, ...args: unknown[]): void;
}

/** A hidden window with the host preload on `app://kiosk/index.html`, as another page would be. */
export interface SelfTestProbe {
  /** `webContents.executeJavaScript(script.source, true)` in the probe's page. */
  evaluate<T>(script: PageScript<T>): Promise<T>;
  /** `BrowserWindow.destroy()`. */
  close(): void;
}

/** The current visitor's portal session, as far as the self-test reads it (no content). */
export interface PortalSessionReadout {
  /** A number standing for the `Session` object, the same each time the same session is read. */
  readonly key: number;
  /** `session.isPersistent()`. */
  readonly persistent: boolean;
  /** `session.getStoragePath()`: null for an in-memory session. */
  readonly storagePath: string | null;
  /** The names of `session.cookies.get({})` (names only: the self-test looks for its own mark). */
  readonly cookieNames: readonly string[];
  /** `session.getCacheSize()`, in bytes. */
  readonly cacheBytes: number;
}

/** A navigation the portal's page or one of its frames committed (`did-frame-navigate`; not error pages). */
export interface PortalCommit {
  readonly url: string;
  readonly mainFrame: boolean;
}

/** What the portal did while a watch was on. */
export interface PortalWatch {
  /** The portal host's events (`ElectronPortalHost.onEvent`). */
  events(): readonly PortalEvent[];
  /** The navigations committed in the portal contents that was current when the watch began. */
  commits(): readonly PortalCommit[];
  /** Each `will-download` of that portal's session, and whether it was cancelled. */
  downloads(): readonly { readonly prevented: boolean }[];
  stop(): void;
}

/** The current visitor's portal (the lead's `ElectronPortalHost.portalContents()`). */
export interface SelfTestPortal {
  /** True while a visitor's portal exists. */
  isOpen(): boolean;
  /** `portalContents().getURL()`, or undefined without a portal. */
  url(): string | undefined;
  /** `portalContents().loadURL(url)`: resolves when the page has loaded, rejects when it did not. */
  load(url: string): Promise<void>;
  /** `portalContents().focus()`. */
  focus(): void;
  /** `portalContents().executeJavaScript(script.source, true)` in the portal page. */
  evaluate<T>(script: PageScript<T>): Promise<T>;
  /** `portalContents().sendInputEvent` of a mouse down and up. */
  press(point: MousePress): void;
  /** `portalContents().forcefullyCrashRenderer()`. */
  crash(): void;
  /** The portal's session, read (`portalContents().session`); undefined without a portal. */
  session(): Promise<PortalSessionReadout | undefined>;
  /** `ElectronPortalHost.allowedHosts()`: the allow-list in use. */
  allowedHosts(): readonly string[];
  /** `ElectronPortalHost.partitionsUsed()`: how many distinct partitions the portal ever created. */
  partitionsUsed(): number;
  /** Starts recording what the portal does (events, committed navigations, downloads). */
  watch(): PortalWatch;
}

/** One file or folder under the app's data folder. */
export interface UserDataEntry {
  /** Relative to the data folder, with `/` separators. */
  readonly path: string;
  readonly directory: boolean;
  readonly size: number;
  readonly modifiedMs: number;
}

/** The kiosk's memory, as the operating system reports it. */
export interface SelfTestMetrics {
  /** `process.memoryUsage().rss` of the main (browser) process, in bytes. */
  readonly mainRssBytes: number;
  /** The sum of `app.getAppMetrics()[].memory.workingSetSize` over every process, in kilobytes. */
  readonly totalWorkingSetKb: number;
  /** How many processes `app.getAppMetrics()` lists. */
  readonly processes: number;
}

/** The printers as the kiosk sees them. */
export interface PrinterReadout {
  /** The configuration's printer name, or undefined when none is configured. */
  readonly configured: string | undefined;
  /** The printers installed on this machine (`webContents.getPrintersAsync()` names). */
  readonly installed: readonly string[];
}

/** One fuse of the executable, as `@electron/fuses` reads it. */
export type FuseReading = 'enabled' | 'disabled' | 'removed' | 'inherit';

/** The clock the checks wait and measure with. */
export interface SelfTestClock {
  /** Monotonic milliseconds (`performance.now()`). */
  now(): number;
  /** Milliseconds since the main process started (`performance.now()` from the process's time origin). */
  sinceLaunchMs(): number;
  /** The wall clock (`new Date()`), for the report's dates only. */
  wall(): Date;
  /** Waits `ms` milliseconds (`setTimeout`); an aborted `cancel` ends the wait early (it then never resolves). */
  sleep(ms: number, cancel?: AbortSignal): Promise<void>;
}

/** Everything the checks act through. */
export interface SelfTestKiosk {
  readonly host: SelfTestHost;
  readonly portal: SelfTestPortal;
  /** Opens a hidden `BrowserWindow` with the HOST preload on `app://kiosk/index.html`. */
  openProbeWindow(): Promise<SelfTestProbe>;
  /** `webContents.getAllWebContents()` that are not destroyed: windows, views, probes. */
  liveWebContents(): number;
  /** Every file and folder under `app.getPath('userData')`, with sizes and modification times. */
  userDataListing(): Promise<readonly UserDataEntry[]>;
  /** The text of the référent's log file (`<userData>/logs/kiosk.log`). */
  readLog(): Promise<string>;
  metrics(): SelfTestMetrics;
  /**
   * Prints a recap slip through the kiosk's own print pipeline, to a PDF instead of a printer
   * (`webContents.printToPDF` in the hidden slip window); the PDF's bytes.
   */
  printToPdf(format: SlipFormat): Promise<Uint8Array>;
  printers(): Promise<PrinterReadout>;
  /** Prints one recap slip silently to the configured printer (`SlipPrinting.printSlip`), then resets the allowance. */
  printSlip(): Promise<PrintResult>;
  /** The fuses of the running executable (`getCurrentFuseWire(process.execPath)`), by electron-builder name. */
  fuses(): Promise<Readonly<Record<string, FuseReading>>>;
  readonly clock: SelfTestClock;
}
