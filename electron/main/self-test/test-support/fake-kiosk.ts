/**
 * A fake of the running kiosk for the self-test's checks, behaving as the real one does: the host
 * page and its bridge (calls answered as main answers them), the renderer's visit and its idle
 * countdown on the fake clock, a pool of portal partitions whose stores the demo pages seed and
 * the end of a visit wipes, the allow-list enforced on every navigation (`isAllowedUrl` on the
 * address the browser resolves), the portal's events, the log. `faults` break one behaviour at a
 * time, so the checks' tests can show a broken kiosk is caught.
 */
import { kioskMethodNames } from '../../../../common/bridge/contract.ts';
import { isAllowedUrl, hostOf } from '../../../../common/navigation-policy.ts';
import type { KeyboardInput, PortalEvent, WipeReport } from '../../../../common/portal/portal-types.ts';
import { appEntryUrl } from '../../../../common/security/app-origin.ts';
import { contentSecurityPolicy } from '../../../../common/security/content-security-policy.ts';
import type { PrintResult } from '../../../../common/slip/slip-bridge.ts';
import { a4SizeMm, rollWidthMm } from '../../../../common/slip/slip-format.ts';
import { thankYouMs } from '../../../../common/visitor/visitor-lifecycle.ts';
import { demoPortalHost } from '../demo-portal-pages.ts';
import { expectedFuses } from '../expected-fuses.ts';
import type { PageScript } from '../page-script.ts';
import { markName, storeNames, type PermissionAnswers, type StoreMarks } from '../page-scripts.ts';
import { pointsPerMm } from '../pdf-pages.ts';
import type {
  FetchedResponse,
  FuseReading,
  PortalCommit,
  PortalWatch,
  SelfTestClock,
  SelfTestKiosk,
  SelfTestProbe,
  UserDataEntry,
} from '../self-test-kiosk.ts';
import { minimalPdf } from './minimal-pdf.ts';

/** One behaviour of the kiosk broken on purpose. */
export interface FakeKioskFaults {
  readonly hostCsp: string | null;
  readonly exposeRequire: boolean;
  readonly extraBridgeMethod: string;
  readonly probeTrusted: boolean;
  readonly acceptHostPortalMessages: boolean;
  readonly persistentPartitions: boolean;
  readonly leakStores: boolean;
  readonly newPartitionPerVisit: boolean;
  readonly rssLeakPerVisitBytes: number;
  readonly writeUserDataOnVisit: boolean;
  readonly followRefusedNavigation: boolean;
  readonly allowDownloads: boolean;
  readonly grantPortalPermissions: boolean;
  readonly grantHostPermissions: boolean;
  readonly reorderBackspace: boolean;
  readonly logTypedText: boolean;
  readonly hostCrashNoReload: boolean;
  readonly reloadOnShortcut: boolean;
  readonly countSynthetic: boolean;
  readonly noFileRefusal: boolean;
  readonly hostNavigates: boolean;
  readonly hangBlocksHost: boolean;
  readonly twoPageRoll: boolean;
  readonly countdownNeverShows: boolean;
  /** The portal preload recognises no page (the catalog failed to load, or the preload did not run). */
  readonly noPageRecognition: boolean;
}

/** The demo pages the fake's preload recognises, by file name, as catalog page ids. */
const fakeRecognisedPages: Readonly<Record<string, string>> = { 'connexion.html': 'login', 'dates-naissance.html': 'birth-dates' };

/** How the fake kiosk is set up. */
export interface FakeKioskOptions {
  readonly faults?: Partial<FakeKioskFaults>;
  readonly printer?: { readonly configured?: string; readonly installed?: readonly string[]; readonly result?: PrintResult };
  readonly fuses?: Readonly<Record<string, FuseReading>>;
  readonly timeouts?: { readonly idleSeconds: number; readonly countdownSeconds: number };
  /** Milliseconds from the process start to the fake's time 0. */
  readonly launchMs?: number;
  /** The browser's own housekeeping file changes at every listing. */
  readonly housekeeping?: boolean;
  /** The host window is full screen and locked. */
  readonly kioskMode?: boolean;
  /** How many partitions the portal's pool holds (3 unless told); they are reused in turn. */
  readonly poolSize?: number;
}

/** The allow-list of demonstration mode: the demo portal only. */
const allowedHosts = [demoPortalHost];

/** Where every visit opens in demonstration mode: the demo home page. */
const demoHome = `https://${demoPortalHost}/`;

/** The fields of each demo page, by selector. */
const pageFields: Readonly<Record<string, readonly string[]>> = {
  '/activation.html': ['#nom', '#prenom', '#mobile'],
  '/connexion.html': ['#identifiant', '#mot-de-passe'],
  '/justificatif.html': ['input[type="file"]'],
};

/** The stores the demo home page leaves its flag in (sessionStorage lives with the view, not the partition). */
const demoFlag = 'demo-visit';

interface Partition {
  readonly key: number;
  /** What its stores hold, as `store:name` (`cookie:demo-visit`, `indexedDB:borne-self-test-…`). */
  readonly stores: Set<string>;
}

interface Visit {
  readonly partition: Partition;
  /** The view's sessionStorage names. */
  readonly sessionStorage: Set<string>;
  url: string;
  focused: string | undefined;
  readonly values: Map<string, string>;
  pendingText: string;
  hung: boolean;
}

type Renderer = { kind: 'attract' } | { kind: 'visit'; startedAt: number } | { kind: 'thanks'; until: number };

const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

/**
 * The fake clock: `sleep` moves time on at once, after the tasks already queued — unless its wait
 * was cancelled first (the other side of a race won), in which case time does not move.
 */
export class FakeClock implements SelfTestClock {
  time = 0;

  constructor(private readonly launchMs: number) {}

  now = (): number => this.time;
  sinceLaunchMs = (): number => this.launchMs + this.time;
  wall = (): Date => new Date(Date.UTC(2025, 8, 2, 8, 0, 0) + this.time);
  sleep = (ms: number, cancel?: AbortSignal): Promise<void> =>
    new Promise<void>((resolve) => {
      setImmediate(() => {
        if (cancel?.aborted === true) return;
        this.time += ms;
        resolve();
      });
    });
}

/** The fake kiosk, with what it did for the tests to read. */
export class FakeKiosk implements SelfTestKiosk {
  readonly clock: FakeClock;
  readonly lines: string[] = [];
  readonly faults: Partial<FakeKioskFaults>;
  private readonly options: FakeKioskOptions;
  private readonly listeners = new Set<(event: PortalEvent) => void>();
  private readonly commitListeners = new Set<(commit: PortalCommit) => void>();
  private readonly downloadListeners = new Set<(download: { prevented: boolean }) => void>();
  private readonly partitions: Partition[] = [];
  private nextPartition = 0;
  private visit: Visit | undefined;
  private renderer: Renderer = { kind: 'attract' };
  private pageDownUntil: number | undefined;
  private pageGone = false;
  private marker: string | null = null;
  private hostUrl = appEntryUrl;
  private probes = 0;
  private visits = 0;
  private listings = 0;
  private readonly written: UserDataEntry[] = [];
  readonly pressedKeys: string[] = [];

  constructor(options: FakeKioskOptions = {}) {
    this.options = options;
    this.faults = options.faults ?? {};
    this.clock = new FakeClock(options.launchMs ?? 2_500);
  }

  // The host window.
  readonly host = {
    url: (): string => this.hostUrl,
    evaluate: <T>(script: PageScript<T>): Promise<T> => this.hostEvaluate(script) as Promise<T>,
    pressKey: (key: { keyCode: string }): void => {
      this.pressedKeys.push(key.keyCode);
      if (this.faults.reloadOnShortcut === true && key.keyCode === 'F5') this.marker = null;
    },
    isDevToolsOpened: (): boolean => false,
    zoomFactor: (): number => 1,
    crash: (): void => {
      this.log('ERROR renderer: process gone (crashed); reloading');
      this.marker = null;
      this.destroyPortal();
      this.renderer = { kind: 'attract' };
      if (this.faults.hostCrashNoReload === true) this.pageGone = true;
      else this.pageDownUntil = this.clock.now() + 1_500;
    },
    reloadKioskPage: (): void => {
      this.hostUrl = appEntryUrl;
      this.marker = null;
      this.renderer = { kind: 'attract' };
      this.pageGone = false;
      this.pageDownUntil = this.clock.now() + 500;
    },
    isFullScreen: (): boolean => this.options.kioskMode ?? true,
    isKiosk: (): boolean => this.options.kioskMode ?? true,
    isDestroyed: (): boolean => false,
    contentSize: () => ({ width: 1080, height: 1920 }),
    fetch: async (url: string): Promise<FetchedResponse> => {
      if (url !== appEntryUrl) return { status: 404, headers: {} };
      const csp = this.faults.hostCsp === undefined ? contentSecurityPolicy() : this.faults.hostCsp;
      return { status: 200, headers: csp === null ? {} : { 'content-security-policy': csp } };
    },
    sendAsHost: (channel: string, ...args: unknown[]): void => {
      if (this.faults.acceptHostPortalMessages === true && this.visit !== undefined) {
        if (channel === 'portal:focus') this.emit({ type: 'focus', field: 'text' });
        if (channel === 'portal:activity') this.emit({ type: 'activity' });
        if (channel === 'portal:refused') this.emit({ type: 'refused', what: (args[0] as { what: 'print' }).what });
        return;
      }
      this.log('WARN portal: dropped a message from another sender');
    },
  };

  // The current visitor's portal.
  readonly portal = {
    isOpen: (): boolean => this.visit !== undefined,
    url: (): string | undefined => this.visit?.url,
    load: async (url: string): Promise<void> => {
      const visit = this.visit;
      if (visit === undefined) throw new Error('no portal');
      if (!isAllowedUrl(url, allowedHosts)) throw new Error('ERR_BLOCKED_BY_CLIENT');
      this.commit(visit, url, true);
      // The demo pages the real preload recognises, as it reports them: catalog ids only.
      const recognised = this.faults.noPageRecognition === true ? undefined : fakeRecognisedPages[url.split('/').at(-1) ?? ''];
      if (recognised !== undefined) this.emit({ type: 'recognised', page: recognised, field: null });
    },
    focus: (): void => undefined,
    evaluate: <T>(script: PageScript<T>): Promise<T> => this.portalEvaluate(script) as Promise<T>,
    press: (): void => {
      if (this.visit !== undefined && !this.visit.hung) this.emit({ type: 'activity' });
    },
    crash: (): void => {
      if (this.visit === undefined) return;
      this.log('ERROR portal: the page\'s renderer is gone (crashed)');
      this.emit({ type: 'crashed' });
    },
    session: async () => {
      const visit = this.visit;
      if (visit === undefined) return undefined;
      const persistent = this.faults.persistentPartitions === true;
      return {
        key: visit.partition.key,
        persistent,
        storagePath: persistent ? '/data/Partitions/portal' : null,
        cookieNames: [...visit.partition.stores].filter((entry) => entry.startsWith('cookie:')).map((entry) => entry.slice('cookie:'.length)),
        cacheBytes: 0,
      };
    },
    allowedHosts: (): readonly string[] => allowedHosts,
    partitionsUsed: (): number => this.partitions.length,
    watch: (): PortalWatch => {
      const events: PortalEvent[] = [];
      const commits: PortalCommit[] = [];
      const downloads: { prevented: boolean }[] = [];
      const onEvent = (event: PortalEvent): void => void events.push(event);
      const onCommit = (commit: PortalCommit): void => void commits.push(commit);
      const onDownload = (download: { prevented: boolean }): void => void downloads.push(download);
      this.listeners.add(onEvent);
      this.commitListeners.add(onCommit);
      this.downloadListeners.add(onDownload);
      return {
        events: () => events,
        commits: () => commits,
        downloads: () => downloads,
        stop: () => {
          this.listeners.delete(onEvent);
          this.commitListeners.delete(onCommit);
          this.downloadListeners.delete(onDownload);
        },
      };
    },
  };

  openProbeWindow = async (): Promise<SelfTestProbe> => {
    this.probes += 1;
    let open = true;
    return {
      evaluate: async <T>(script: PageScript<T>): Promise<T> => {
        if (!open) throw new Error('probe closed');
        if (script.name !== 'call-every-method') throw new Error(`the probe does not know ${script.name}`);
        const methods = script.args.methods as readonly string[];
        for (const method of methods) if (method !== 'runSelfTest') this.log('WARN bridge: refused a call from an untrusted sender');
        return Object.fromEntries(methods.map((method) => [method, this.faults.probeTrusted === true ? 'ok' : 'forbidden-sender'])) as T;
      },
      close: () => {
        if (open) this.probes -= 1;
        open = false;
      },
    };
  };

  liveWebContents = (): number => 1 + (this.visit === undefined ? 0 : 1) + this.probes;

  userDataListing = async (): Promise<readonly UserDataEntry[]> => {
    this.listings += 1;
    const log = this.lines.join('\n');
    return [
      { path: 'logs', directory: true, size: 0, modifiedMs: 0 },
      { path: 'logs/kiosk.log', directory: false, size: log.length, modifiedMs: this.lines.length },
      { path: 'statistics', directory: true, size: 0, modifiedMs: 0 },
      { path: 'Local State', directory: false, size: 100, modifiedMs: this.options.housekeeping === true ? this.listings : 0 },
      ...this.written,
    ];
  };

  readLog = async (): Promise<string> => this.lines.join('\n');

  metrics = () => ({
    mainRssBytes: 200 * 1024 * 1024 + this.visits * (this.faults.rssLeakPerVisitBytes ?? 0),
    totalWorkingSetKb: 450_000,
    processes: 6,
  });

  printToPdf = async (format: 'roll' | 'a4'): Promise<Uint8Array> => {
    if (format === 'a4') return minimalPdf([{ width: a4SizeMm.width * pointsPerMm, height: a4SizeMm.height * pointsPerMm }]);
    const page = { width: rollWidthMm * pointsPerMm, height: 240 * pointsPerMm };
    return minimalPdf(this.faults.twoPageRoll === true ? [page, page] : [page]);
  };

  printers = async () => ({ configured: this.options.printer?.configured, installed: this.options.printer?.installed ?? [] });

  printSlip = async (): Promise<PrintResult> => this.options.printer?.result ?? { ok: true, remaining: 2 };

  fuses = async (): Promise<Readonly<Record<string, FuseReading>>> =>
    this.options.fuses ?? Object.fromEntries(Object.entries(expectedFuses).map(([name, on]) => [name, on ? 'enabled' : 'disabled']));

  /** The number of visits ended so far. */
  get visitsEnded(): number {
    return this.visits;
  }

  private log(line: string): void {
    this.lines.push(`2025-09-02T08:00:00.000Z ${line}`);
  }

  private emit(event: PortalEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  private timeouts() {
    return this.options.timeouts ?? { idleSeconds: 20, countdownSeconds: 5 };
  }

  /** Moves the renderer along its visit: countdown, end (the portal wiped), thanks, attract. */
  private rendererNow(): Renderer {
    const now = this.clock.now();
    const renderer = this.renderer;
    if (renderer.kind === 'visit') {
      const { idleSeconds, countdownSeconds } = this.timeouts();
      const endsAt = renderer.startedAt + (idleSeconds + countdownSeconds) * 1000;
      if (this.faults.countdownNeverShows !== true && now >= endsAt) {
        this.wipe();
        this.renderer = { kind: 'thanks', until: endsAt + thankYouMs };
      }
    }
    if (this.renderer.kind === 'thanks' && now >= this.renderer.until) this.renderer = { kind: 'attract' };
    return this.renderer;
  }

  private hostEvaluate(script: PageScript<unknown>): Promise<unknown> {
    if (this.pageGone) return Promise.reject(new Error('Render frame was disposed'));
    if (this.pageDownUntil !== undefined) {
      if (this.clock.now() < this.pageDownUntil) return Promise.reject(new Error('Render frame was disposed'));
      this.pageDownUntil = undefined;
    }
    if (this.faults.hangBlocksHost === true && this.visit?.hung === true) return never();
    const renderer = this.rendererNow();
    switch (script.name) {
      case 'host-screen': {
        const countdown = renderer.kind === 'visit' && this.clock.now() >= renderer.startedAt + this.timeouts().idleSeconds * 1000 && this.faults.countdownNeverShows !== true;
        return Promise.resolve({ attract: renderer.kind === 'attract', countdown, ready: true });
      }
      case 'host-globals': {
        const methods = [...kioskMethodNames, 'on', ...(this.faults.extraBridgeMethod === undefined ? [] : [this.faults.extraBridgeMethod])];
        return Promise.resolve({ url: this.hostUrl, require: this.faults.exposeRequire === true ? 'function' : 'undefined', process: 'undefined', methods });
      }
      case 'set-marker':
        this.marker = script.args.token as string;
        return Promise.resolve(true);
      case 'read-marker':
        return Promise.resolve(this.marker);
      case 'start-visit':
        if (renderer.kind !== 'attract') return Promise.resolve(false);
        this.renderer = { kind: 'visit', startedAt: this.clock.now() };
        return Promise.resolve(true);
      case 'set-location':
        if (this.faults.hostNavigates === true) this.hostUrl = script.args.url as string;
        else this.log('WARN hardening: refused a navigation of the host window');
        return Promise.resolve(true);
      case 'request-permissions':
        return Promise.resolve(this.permissions(this.faults.grantHostPermissions === true));
      case 'call-bridge':
        return Promise.resolve(this.bridge(script.args.method as string, script.args.payload));
      default:
        return Promise.reject(new Error(`the fake host page does not know ${script.name}`));
    }
  }

  private bridge(method: string, payload: unknown): unknown {
    switch (method) {
      case 'getConfig':
        return { ok: true, value: { config: { timeouts: this.timeouts() } } };
      case 'portalOpen':
        if (this.visit === undefined) this.startVisit();
        return { ok: true, value: null };
      case 'portalType':
        this.type(payload as KeyboardInput);
        return { ok: true, value: null };
      case 'endVisit':
        return { ok: true, value: this.wipe() };
      default:
        return { ok: false, error: { code: 'unknown-method', message: 'Unknown bridge method' } };
    }
  }

  private partitionFor(): Partition {
    if (this.faults.newPartitionPerVisit === true || this.partitions.length < (this.options.poolSize ?? 3)) {
      const partition: Partition = { key: this.partitions.length + 1, stores: new Set() };
      this.partitions.push(partition);
      return partition;
    }
    const partition = this.partitions[this.nextPartition % this.partitions.length] as Partition;
    this.nextPartition += 1;
    return partition;
  }

  private startVisit(): void {
    const visit: Visit = { partition: this.partitionFor(), sessionStorage: new Set(), url: 'about:blank', focused: undefined, values: new Map(), pendingText: '', hung: false };
    this.visit = visit;
    this.log('INFO portal: a new visitor portal was created');
    this.commit(visit, demoHome, true);
  }

  private commit(visit: Visit, url: string, mainFrame: boolean): void {
    if (mainFrame) {
      visit.url = url;
      visit.focused = undefined;
      visit.values.clear();
      const path = new URL(url).pathname;
      if (path === '/' || path === '/index.html') this.store(visit, ['cookie', 'localStorage', 'sessionStorage', 'indexedDB'], demoFlag);
    }
    for (const listener of this.commitListeners) listener({ url, mainFrame });
  }

  /** A navigation the page starts: the allow-list decides, on the address the browser resolves. */
  private pageNavigation(visit: Visit, address: string): void {
    let resolved: string;
    try {
      resolved = new URL(address, visit.url).href;
    } catch {
      throw new Error("SyntaxError: Failed to set the 'href' property on 'Location'");
    }
    if (/^(javascript|data|file|about|chrome|view-source|filesystem|blob|mailto|ws|wss|ftp):/i.test(resolved)) return;
    if (isAllowedUrl(resolved, allowedHosts) || this.faults.followRefusedNavigation === true) {
      this.commit(visit, resolved, true);
      return;
    }
    this.log(`WARN portal: refused a navigation to ${hostOf(resolved) ?? 'an address without a host'}`);
    this.emit({ type: 'blocked', host: hostOf(resolved) ?? '' });
  }

  private flushTyping(visit: Visit): void {
    if (visit.pendingText === '' || visit.focused === undefined) return;
    visit.values.set(visit.focused, (visit.values.get(visit.focused) ?? '') + visit.pendingText);
    visit.pendingText = '';
  }

  private type(input: KeyboardInput): void {
    const visit = this.visit;
    if (visit?.focused === undefined) return;
    const field = visit.focused;
    if (input.kind === 'text') {
      if (this.faults.logTypedText === true) this.log(`INFO portal: typed ${input.text}`);
      // With the fault, each text lands only when the next input arrives — and a key overtakes it.
      if (this.faults.reorderBackspace === true) {
        this.flushTyping(visit);
        visit.pendingText = input.text;
      } else visit.values.set(field, (visit.values.get(field) ?? '') + input.text);
      return;
    }
    if (input.key === 'Backspace') visit.values.set(field, (visit.values.get(field) ?? '').slice(0, -1));
    this.flushTyping(visit);
  }

  private permissions(grant: boolean): PermissionAnswers {
    const answer = grant ? 'granted' : 'denied:NotAllowedError';
    return { camera: answer, microphone: answer, geolocation: grant ? 'granted' : 'denied:code-1', notifications: grant ? 'granted' : 'denied:denied', clipboardRead: answer };
  }

  private store(visit: Visit, stores: readonly string[], name: string): void {
    for (const store of stores) {
      if (store === 'sessionStorage') visit.sessionStorage.add(name);
      else visit.partition.stores.add(`${store}:${name}`);
    }
  }

  private marks(visit: Visit, name: string): StoreMarks {
    return Object.fromEntries(
      storeNames.map((store) => [store, store === 'sessionStorage' ? visit.sessionStorage.has(name) : visit.partition.stores.has(`${store}:${name}`)]),
    ) as unknown as StoreMarks;
  }

  private portalEvaluate(script: PageScript<unknown>): Promise<unknown> {
    const visit = this.visit;
    if (visit === undefined) return Promise.reject(new Error('no portal'));
    if (visit.hung) return never();
    this.flushTyping(visit);
    const path = new URL(visit.url).pathname;
    const fields = pageFields[path] ?? [];
    switch (script.name) {
      case 'mark-stores': {
        const name = markName(script.args.token as string);
        this.store(visit, storeNames, name);
        return Promise.resolve(this.marks(visit, name));
      }
      case 'find-marks':
        return Promise.resolve(this.marks(visit, markName(script.args.token as string)));
      case 'focus-field': {
        const selector = script.args.selector as string;
        if (!fields.includes(selector)) return Promise.resolve(false);
        visit.focused = selector;
        visit.values.set(selector, '');
        return Promise.resolve(true);
      }
      case 'read-field': {
        const selector = script.args.selector as string;
        const value = visit.values.get(selector);
        return Promise.resolve(fields.includes(selector) && value !== undefined ? { length: value.length, matches: value === script.args.expected } : { length: null, matches: false });
      }
      case 'set-location':
        try {
          this.pageNavigation(visit, script.args.url as string);
        } catch (error) {
          return Promise.reject(error instanceof Error ? error : new Error('navigation'));
        }
        return Promise.resolve(true);
      case 'open-window':
      case 'click-blank-link': {
        const url = script.args.url as string;
        if (isAllowedUrl(url, allowedHosts)) this.commit(visit, url, true);
        else this.emit({ type: 'blocked', host: hostOf(url) ?? '' });
        return Promise.resolve(true);
      }
      case 'add-frame': {
        const url = script.args.url as string;
        if (isAllowedUrl(url, allowedHosts) || this.faults.followRefusedNavigation === true) this.commit(visit, url, false);
        return Promise.resolve(true);
      }
      case 'click-download-link':
        for (const listener of this.downloadListeners) listener({ prevented: this.faults.allowDownloads !== true });
        return Promise.resolve(true);
      case 'request-permissions':
        return Promise.resolve(this.permissions(this.faults.grantPortalPermissions === true));
      case 'click-file-input':
        if (!fields.includes('input[type="file"]')) return Promise.resolve(false);
        if (this.faults.noFileRefusal !== true) this.emit({ type: 'refused', what: 'file-upload' });
        return Promise.resolve(true);
      case 'print':
        this.emit({ type: 'refused', what: 'print' });
        return Promise.resolve(true);
      case 'ping':
        return Promise.resolve(1);
      case 'hang':
        visit.hung = true;
        return never();
      case 'synthetic-activity':
        if (this.faults.countSynthetic === true) this.emit({ type: 'activity' });
        return Promise.resolve(4);
      default:
        return Promise.reject(new Error(`the fake portal page does not know ${script.name}`));
    }
  }

  private destroyPortal(): void {
    this.visit = undefined;
  }

  private wipe(): WipeReport {
    const visit = this.visit;
    if (visit === undefined) return { steps: [], totalMs: 0 };
    this.visit = undefined;
    this.visits += 1;
    if (this.faults.leakStores !== true) visit.partition.stores.clear();
    if (this.faults.writeUserDataOnVisit === true) {
      this.written.push({ path: `Partitions/portal-visitor-${String(visit.partition.key)}/Cookies`, directory: false, size: 4096, modifiedMs: this.visits });
    }
    this.log(`INFO portal: visit wiped in 40 ms${visit.hung ? ' (not done: sign-out)' : ''}`);
    const names = ['sign-out', 'view', 'web-contents', 'storage', 'browsing-data', 'auth-cache', 'host-resolver-cache', 'connections', 'cache'];
    return { steps: names.map((store) => ({ store, ok: !(visit.hung && store === 'sign-out'), ms: 4 })), totalMs: 40 };
  }
}

/** A check context on a fake kiosk. */
export function fakeContext(kiosk: FakeKiosk, environment: Partial<{ packaged: boolean; atLaunch: boolean; kioskMode: boolean }> = {}) {
  return {
    kiosk,
    environment: { packaged: false, platform: 'linux', atLaunch: true, kioskMode: true, ...environment },
    signal: new AbortController().signal,
  };
}
