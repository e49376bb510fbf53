/**
 * The small interfaces through which the controlled portal reaches Electron: the portal's web
 * contents and session, its view, and the host window. Real Electron objects fit them (see
 * `electron-portal-view.ts`); unit tests pass fakes (see `test-support/fake-portal.ts`).
 */
import type { Rectangle, Session, WebContents } from 'electron';

/** The members of the portal's web contents the main process uses. */
export type PortalWebContents = Pick<
  WebContents,
  | 'id'
  | 'on'
  | 'setWindowOpenHandler'
  | 'loadURL'
  | 'reload'
  | 'navigationHistory'
  | 'insertText'
  | 'sendInputEvent'
  | 'executeJavaScriptInIsolatedWorld'
  | 'focus'
  | 'isFocused'
  | 'closeDevTools'
  | 'forcefullyCrashRenderer'
  | 'close'
  | 'isDestroyed'
>;

/** The members of the portal's session the main process uses (hardening, wiping, proving it empty). */
export type PortalSession = Pick<
  Session,
  | 'on'
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setDisplayMediaRequestHandler'
  | 'setBluetoothPairingHandler'
  | 'setCertificateVerifyProc'
  | 'setSpellCheckerEnabled'
  | 'webRequest'
  | 'clearStorageData'
  | 'clearData'
  | 'clearAuthCache'
  | 'clearHostResolverCache'
  | 'closeAllConnections'
  | 'clearCache'
  | 'clearCodeCaches'
> & { readonly cookies: Pick<Session['cookies'], 'get'> };

/** One visitor's portal: a view over the host window, its web contents and its own session. */
export interface PortalView {
  readonly webContents: PortalWebContents;
  readonly session: PortalSession;
  /** Lays the view over the host window, in device-independent pixels. */
  setBounds(bounds: Rectangle): void;
  /** Shows or hides the view without destroying it. */
  setVisible(visible: boolean): void;
}

/** Creates a portal view whose web contents use `session`, the in-memory session of `partition`. */
export type PortalViewFactory<V extends PortalView = PortalView> = (partition: string, session: PortalSession) => V;

/** The in-memory session of a partition (`session.fromPartition`; never `persist:`). */
export type PortalSessionSource = (partition: string) => PortalSession;

/** The host window, as the portal sees it. */
export interface PortalWindow<V extends PortalView = PortalView> {
  /** Adds the view on top of the window's content. */
  addView(view: V): void;
  /** Removes the view from the window (a no-op when it is not there). */
  removeView(view: V): void;
  /** The size of the window's content area, in device-independent pixels. */
  contentSize(): { readonly width: number; readonly height: number };
}

/** A clock and timers, injected so tests can drive time. */
export interface PortalTimers {
  /** Milliseconds since an arbitrary origin; only differences are used. */
  now(): number;
  /** Calls `callback` once after `ms` milliseconds; returns a handle for `clearTimeout`. */
  setTimeout(callback: () => void, ms: number): unknown;
  /** Cancels a timer set with `setTimeout`. */
  clearTimeout(handle: unknown): void;
}

/** The process's own clock and timers (read at call time, so test fake timers apply). */
export const systemTimers: PortalTimers = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
