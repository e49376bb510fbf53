import { vi } from 'vitest';
import type { PortalView, PortalWindow } from '../portal-view.ts';

/** A listener registered on a fake emitter. */
type Listener = (...args: unknown[]) => void;

/** The event object a fake emitter passes first: a `preventDefault` spy plus any fields given. */
export type FakeEvent = Record<string, unknown> & { preventDefault: ReturnType<typeof vi.fn> };

/** What each fake records, in order, across the objects of one portal (for order assertions). */
export type Journal = string[];

/** An emitter recording listeners; `emit` calls them with a fresh event object and the arguments. */
export class FakePortalEmitter {
  readonly listeners = new Map<string, Listener[]>();

  on = vi.fn((name: string, listener: Listener) => {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  });

  /** Emits `name` with an event carrying `fields` (e.g. `{ url }` for `will-navigate`); returns it. */
  emit(name: string, fields: Record<string, unknown> = {}, ...args: unknown[]): FakeEvent {
    const event: FakeEvent = { ...fields, preventDefault: vi.fn() };
    for (const listener of this.listeners.get(name) ?? []) listener(event, ...args);
    return event;
  }
}

/** A fake portal web contents. */
export class FakePortalContents extends FakePortalEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  destroyed = false;
  canGoBack = false;
  /** What `loadURL` returns; replace to make loads hang or fail. */
  loadResult: () => Promise<void> = () => Promise.resolve();

  constructor(
    readonly id: number,
    private readonly journal: Journal = [],
  ) {
    super();
  }

  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });

  loadURL = vi.fn((url: string) => {
    this.journal.push(`loadURL ${url}`);
    return this.loadResult();
  });

  reload = vi.fn();
  navigationHistory = { canGoBack: vi.fn(() => this.canGoBack), goBack: vi.fn() };
  insertText = vi.fn<(text: string) => Promise<void>>((text) => {
    this.journal.push(`insertText ${text}`);
    return this.insertResult();
  });
  /** What `insertText` returns; replace to make the insertion arrive later. */
  insertResult: () => Promise<void> = () => Promise.resolve();
  sendInputEvent = vi.fn((event: { type: string; keyCode: string }) => {
    this.journal.push(`input ${event.type} ${event.keyCode}`);
  });
  /** The isolated-world script run to let input events settle; resolves at once unless replaced. */
  settleResult: () => Promise<unknown> = () => Promise.resolve(undefined);
  executeJavaScriptInIsolatedWorld = vi.fn(() => {
    this.journal.push('settle input');
    return this.settleResult();
  });
  focused = true;
  focus = vi.fn(() => {
    this.journal.push('focus portal');
    this.focused = true;
  });
  isFocused = vi.fn(() => this.focused);
  closeDevTools = vi.fn();
  forcefullyCrashRenderer = vi.fn();

  close = vi.fn(() => {
    this.journal.push('close web contents');
    this.destroyed = true;
  });

  isDestroyed = vi.fn(() => this.destroyed);
}

/** The names of the session's clearing methods, in the order the wipe is expected to call them. */
export const sessionClearMethods = [
  'clearStorageData',
  'clearData',
  'clearAuthCache',
  'clearHostResolverCache',
  'closeAllConnections',
  'clearCache',
  'clearCodeCaches',
] as const;

type ClearMethod = (typeof sessionClearMethods)[number];

/** A fake portal session. */
export class FakePortalSession extends FakePortalEmitter {
  permissionRequestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void) | undefined;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | undefined;
  devicePermissionHandler: ((...args: unknown[]) => boolean) | undefined;
  certificateVerifyProc: ((request: { errorCode: number }, callback: (result: number) => void) => void) | undefined;
  beforeRequest:
    | { filter: { urls: string[]; types?: string[] }; listener: (details: { url: string; resourceType: string }, callback: (response: { cancel?: boolean }) => void) => void }
    | undefined;
  /** What each clearing method returns; replace one to make it hang or throw. */
  readonly clearResults = new Map<ClearMethod, () => Promise<void>>();

  constructor(private readonly journal: Journal = []) {
    super();
  }

  setPermissionRequestHandler = vi.fn((handler: FakePortalSession['permissionRequestHandler']) => {
    this.permissionRequestHandler = handler;
  });
  setPermissionCheckHandler = vi.fn((handler: FakePortalSession['permissionCheckHandler']) => {
    this.permissionCheckHandler = handler;
  });
  setDevicePermissionHandler = vi.fn((handler: FakePortalSession['devicePermissionHandler']) => {
    this.devicePermissionHandler = handler;
  });
  setCertificateVerifyProc = vi.fn((proc: FakePortalSession['certificateVerifyProc']) => {
    this.certificateVerifyProc = proc;
  });
  setDisplayMediaRequestHandler = vi.fn();
  setBluetoothPairingHandler = vi.fn();
  setSpellCheckerEnabled = vi.fn();
  /** The cookies the session holds; the wipe's `clearStorageData` empties them unless told otherwise. */
  storedCookies: { name: string }[] = [];
  /** When true, clearing leaves the cookies in place (a session that cannot be proven empty). */
  keepsCookies = false;
  cookies = { get: vi.fn(() => Promise.resolve([...this.storedCookies])) };
  webRequest = {
    onBeforeRequest: vi.fn((filter: NonNullable<FakePortalSession['beforeRequest']>['filter'], listener: NonNullable<FakePortalSession['beforeRequest']>['listener']) => {
      this.beforeRequest = { filter, listener };
    }),
  };

  private clearing(method: ClearMethod) {
    return vi.fn(() => {
      this.journal.push(method);
      const result = (this.clearResults.get(method) ?? (() => Promise.resolve()))();
      if (method === 'clearStorageData' && !this.keepsCookies) this.storedCookies = [];
      return result;
    });
  }

  clearStorageData = this.clearing('clearStorageData');
  clearData = this.clearing('clearData');
  clearAuthCache = this.clearing('clearAuthCache');
  clearHostResolverCache = this.clearing('clearHostResolverCache');
  closeAllConnections = this.clearing('closeAllConnections');
  clearCache = this.clearing('clearCache');
  clearCodeCaches = this.clearing('clearCodeCaches');

  /** Runs the web-request gate on one request; returns whether it was cancelled. */
  request(url: string, resourceType: string): boolean | undefined {
    let cancelled: boolean | undefined;
    this.beforeRequest?.listener({ url, resourceType }, (response) => {
      cancelled = response.cancel;
    });
    return cancelled;
  }
}

/**
 * A fake portal view with its contents, the session it was made with (a new one unless given: a
 * pooled session outlives its views), and the partition it was made for.
 */
export class FakePortalView {
  readonly webContents: FakePortalContents;
  readonly session: FakePortalSession;
  setBounds = vi.fn();
  setVisible = vi.fn();

  constructor(
    readonly partition: string,
    id: number,
    readonly journal: Journal = [],
    session?: FakePortalSession,
  ) {
    this.webContents = new FakePortalContents(id, journal);
    this.session = session ?? new FakePortalSession(journal);
  }

  /** This fake, typed as the portal sees a view. */
  asPortalView(): PortalView {
    return this as unknown as PortalView;
  }
}

/** A fake host window of a given content size. */
export class FakePortalWindow implements PortalWindow<PortalView> {
  readonly children: PortalView[] = [];

  constructor(
    public size: { width: number; height: number } = { width: 1080, height: 1920 },
    private readonly journal: Journal = [],
  ) {}

  addView = vi.fn((view: PortalView) => {
    this.journal.push('add view');
    this.children.push(view);
  });

  removeView = vi.fn((view: PortalView) => {
    this.journal.push('remove view');
    const index = this.children.indexOf(view);
    if (index !== -1) this.children.splice(index, 1);
  });

  contentSize = vi.fn(() => this.size);
}
