/**
 * The self-test's kiosk surface built from the real Electron objects of the running kiosk: the
 * host window, the portal host, the app, `ipcMain`, the slip printing. Type-checked against
 * `electron.d.ts`; it runs only where an Electron runtime does.
 */
import { readFile } from 'node:fs/promises';
import type { App, BrowserWindow, BrowserWindowConstructorOptions, IpcMain, Session, WebContents } from 'electron';
import type { Unsubscribe } from '../../../common/bridge/contract.ts';
import type { PortalEvent } from '../../../common/portal/portal-types.ts';
import { kioskWindowOptions } from '../kiosk-window.ts';
import type { Logger } from '../log.ts';
import type { SlipSources } from '../print/slip-document.ts';
import type { SlipPrinting } from '../print/setup-slip-printing.ts';
import type { PageScript } from './page-script.ts';
import { createPdfSlipPrinter } from './pdf-slip.ts';
import { readFuses } from './read-fuses.ts';
import type {
  KeyPress,
  PortalCommit,
  PortalSessionReadout,
  PortalWatch,
  SelfTestClock,
  SelfTestHost,
  SelfTestKiosk,
  SelfTestPortal,
  SelfTestProbe,
} from './self-test-kiosk.ts';
import { shortestSlipWalk } from './slip-walk.ts';
import { listUserData } from './user-data-listing.ts';
import { SelfTestProblem } from './visits.ts';

/** What the self-test needs of the portal host (`ElectronPortalHost`). */
export interface SelfTestPortalHost {
  /** The current visitor's view contents, or undefined without a visit. */
  portalContents(): WebContents | undefined;
  /** How many distinct partitions the portal ever created. */
  partitionsUsed(): number;
  /** The allow-list in use. */
  allowedHosts(): readonly string[];
  onEvent(listener: (event: PortalEvent) => void): Unsubscribe;
}

/** The Electron objects and paths the kiosk surface is built from. */
export interface ElectronSelfTestKioskDeps {
  /** Electron's `BrowserWindow` class: the probe window and the hidden PDF slip windows. */
  readonly BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  /** The host window (`hostWindow` of main), read at each use. */
  readonly hostWindow: () => BrowserWindow | undefined;
  readonly portal: SelfTestPortalHost;
  readonly app: Pick<App, 'getAppMetrics'>;
  readonly ipcMain: Pick<IpcMain, 'emit'>;
  /** `webContents.getAllWebContents`. */
  readonly allWebContents: () => WebContents[];
  /** The slip printing of main (`setupSlipPrinting`). */
  readonly printing: Pick<SlipPrinting, 'printSlip' | 'printerNames' | 'endVisit'>;
  /** Where slips take their ingredients from (the same functions main gives `setupSlipPrinting`). */
  readonly slipSources: SlipSources;
  /** The configuration's printer name, or undefined. */
  readonly configuredPrinter: () => string | undefined;
  readonly paths: {
    /** The bundled host preload (`paths.hostPreload`). */
    readonly hostPreload: string;
    /** The page the host window loads (`options.devServerUrl ?? appEntryUrl`). */
    readonly entryUrl: string;
    /** `app.getPath('userData')`. */
    readonly userData: string;
    /** The référent's log file (`referentLogFile(userData)`). */
    readonly logFile: string;
    /** `process.execPath`: the executable whose fuses are read. */
    readonly executable: string;
  };
  readonly log: Logger;
}

/** The real clock. */
export const systemSelfTestClock: SelfTestClock = {
  now: () => performance.now(),
  sinceLaunchMs: () => performance.now(),
  wall: () => new Date(),
  sleep: (ms, cancel) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      cancel?.addEventListener('abort', () => clearTimeout(timer), { once: true });
    }),
};

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new SelfTestProblem(what);
  return value;
}

/** Sends a key down then up, as a keyboard plugged into the kiosk would. */
function press(contents: WebContents, key: KeyPress): void {
  const modifiers = key.modifiers === undefined ? [] : [...key.modifiers];
  contents.sendInputEvent({ type: 'keyDown', keyCode: key.keyCode, modifiers });
  contents.sendInputEvent({ type: 'keyUp', keyCode: key.keyCode, modifiers });
}

function hostSide(deps: ElectronSelfTestKioskDeps): SelfTestHost {
  const window = (): BrowserWindow => required(deps.hostWindow(), 'la fenêtre de la borne n’existe pas');
  const contents = (): WebContents => window().webContents;
  return {
    url: () => contents().getURL(),
    evaluate: <T>(script: PageScript<T>) => contents().executeJavaScript(script.source, true) as Promise<T>,
    pressKey: (key) => press(contents(), key),
    isDevToolsOpened: () => contents().isDevToolsOpened(),
    zoomFactor: () => contents().getZoomFactor(),
    crash: () => contents().forcefullyCrashRenderer(),
    reloadKioskPage: () => {
      contents()
        .loadURL(deps.paths.entryUrl)
        .catch(() => deps.log.warn('self-test: the kiosk page did not finish loading'));
    },
    isFullScreen: () => window().isFullScreen(),
    isKiosk: () => window().isKiosk(),
    isDestroyed: () => deps.hostWindow()?.isDestroyed() ?? true,
    contentSize: () => {
      const [width = 0, height = 0] = window().getContentSize();
      return { width, height };
    },
    fetch: async (url) => {
      const response = await contents().session.fetch(url);
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        headers[name.toLowerCase()] = value;
      });
      await response.body?.cancel();
      return { status: response.status, headers };
    },
    sendAsHost: (channel, ...args) => {
      const sender = contents();
      deps.ipcMain.emit(channel, { sender, senderFrame: sender.mainFrame }, ...args);
    },
  };
}

function portalSide(deps: ElectronSelfTestKioskDeps): SelfTestPortal {
  const sessionKeys = new WeakMap<Session, number>();
  let nextKey = 1;
  const keyOf = (session: Session): number => {
    let key = sessionKeys.get(session);
    if (key === undefined) {
      key = nextKey;
      nextKey += 1;
      sessionKeys.set(session, key);
    }
    return key;
  };
  const contents = (): WebContents => required(deps.portal.portalContents(), 'le portail n’est pas ouvert');
  return {
    isOpen: () => deps.portal.portalContents() !== undefined,
    url: () => deps.portal.portalContents()?.getURL(),
    load: (url) => contents().loadURL(url),
    focus: () => contents().focus(),
    evaluate: <T>(script: PageScript<T>) => contents().executeJavaScript(script.source, true) as Promise<T>,
    press: ({ x, y }) => {
      const target = contents();
      target.sendInputEvent({ type: 'mouseDown', x, y, button: 'left', clickCount: 1 });
      target.sendInputEvent({ type: 'mouseUp', x, y, button: 'left', clickCount: 1 });
    },
    crash: () => contents().forcefullyCrashRenderer(),
    session: async (): Promise<PortalSessionReadout | undefined> => {
      const current = deps.portal.portalContents();
      if (current === undefined) return undefined;
      const { session } = current;
      return {
        key: keyOf(session),
        persistent: session.isPersistent(),
        storagePath: session.getStoragePath(),
        cookieNames: (await session.cookies.get({})).map((cookie) => cookie.name),
        cacheBytes: await session.getCacheSize(),
      };
    },
    allowedHosts: () => deps.portal.allowedHosts(),
    partitionsUsed: () => deps.portal.partitionsUsed(),
    watch: (): PortalWatch => {
      const events: PortalEvent[] = [];
      const commits: PortalCommit[] = [];
      const downloads: { prevented: boolean }[] = [];
      const stopEvents = deps.portal.onEvent((event) => events.push(event));
      const watched = deps.portal.portalContents();
      const onCommit = (_event: unknown, url: string, _code: number, _status: string, isMainFrame: boolean): void => {
        commits.push({ url, mainFrame: isMainFrame });
      };
      // Read once every listener has run: the portal's own hardening cancels the download.
      const onDownload = (event: Electron.Event): void => {
        setImmediate(() => downloads.push({ prevented: event.defaultPrevented }));
      };
      watched?.on('did-frame-navigate', onCommit);
      watched?.session.on('will-download', onDownload);
      return {
        events: () => events,
        commits: () => commits,
        downloads: () => downloads,
        stop: () => {
          stopEvents();
          if (watched !== undefined && !watched.isDestroyed()) watched.off('did-frame-navigate', onCommit);
          watched?.session.off('will-download', onDownload);
        },
      };
    },
  };
}

/** Builds the kiosk surface the self-test's checks act through. */
export function createElectronSelfTestKiosk(deps: ElectronSelfTestKioskDeps): SelfTestKiosk {
  const printToPdf = createPdfSlipPrinter({ BrowserWindow: deps.BrowserWindow, sources: deps.slipSources, log: deps.log });
  return {
    host: hostSide(deps),
    portal: portalSide(deps),
    openProbeWindow: async (): Promise<SelfTestProbe> => {
      const probe = new deps.BrowserWindow({
        ...kioskWindowOptions({ kiosk: false, preloadPath: deps.paths.hostPreload }),
        show: false,
        width: 480,
        height: 640,
        skipTaskbar: true,
        focusable: false,
      });
      try {
        await probe.webContents.loadURL(deps.paths.entryUrl);
      } catch (error) {
        probe.destroy();
        throw error;
      }
      return {
        evaluate: <T>(script: PageScript<T>) => probe.webContents.executeJavaScript(script.source, true) as Promise<T>,
        close: () => {
          if (!probe.isDestroyed()) probe.destroy();
        },
      };
    },
    liveWebContents: () => deps.allWebContents().filter((contents) => !contents.isDestroyed()).length,
    userDataListing: () => listUserData(deps.paths.userData),
    readLog: () => readFile(deps.paths.logFile, 'utf8').catch(() => ''),
    metrics: () => {
      const processes = deps.app.getAppMetrics();
      return {
        mainRssBytes: process.memoryUsage().rss,
        totalWorkingSetKb: processes.reduce((sum, metric) => sum + metric.memory.workingSetSize, 0),
        processes: processes.length,
      };
    },
    printToPdf,
    printers: async () => ({ configured: deps.configuredPrinter(), installed: await deps.printing.printerNames().catch(() => []) }),
    printSlip: async () => {
      const walk = required(shortestSlipWalk(deps.slipSources.graph()), 'le guide n’a pas de parcours jusqu’au récapitulatif');
      try {
        return await deps.printing.printSlip({ path: walk, language: 'fr' });
      } finally {
        deps.printing.endVisit();
      }
    },
    fuses: () => readFuses(deps.paths.executable),
    clock: systemSelfTestClock,
  };
}
