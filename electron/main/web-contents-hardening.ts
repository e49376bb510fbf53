import type { App, WebContents } from 'electron';
import type { Logger } from './log.ts';

/** What the global hardening asks about a web contents, at the moment of each event. */
export interface HardeningPolicy {
  /**
   * True for a web contents whose navigations are decided by a policy of its own (a visitor's
   * portal view and its allow-list). Every other web contents — the host window, the print windows,
   * any other — is never navigated by its page.
   *
   * Asked inside each listener, never when the contents is created: Electron fires
   * `web-contents-created` synchronously inside `new BrowserWindow()` / `new WebContentsView()`,
   * before the caller has the object, so nothing assigned after the constructor is known then.
   */
  readonly hasOwnNavigationPolicy: (contents: Pick<WebContents, 'id'>) => boolean;
}

type HardenedContents = Pick<WebContents, 'id' | 'on' | 'setWindowOpenHandler'>;

/**
 * Hardens one web contents: no new window, no `<webview>`, no Bluetooth device picker, and —
 * unless it has a navigation policy of its own — no navigation or redirect away from the page it
 * was loaded with (`loadURL` from the main process does not raise these events).
 */
export function hardenWebContents(contents: HardenedContents, policy: HardeningPolicy, log: Logger): void {
  contents.setWindowOpenHandler(() => {
    log.warn('hardening: refused a new window');
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    log.warn('hardening: refused a <webview>');
    event.preventDefault();
  });
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    log.warn('hardening: cancelled a Bluetooth device picker');
    event.preventDefault();
    callback('');
  });
  contents.on('will-navigate', (event) => {
    if (policy.hasOwnNavigationPolicy(contents)) return;
    log.warn('hardening: refused a navigation of a kiosk page');
    event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (policy.hasOwnNavigationPolicy(contents)) return;
    log.warn('hardening: refused a redirect of a kiosk page');
    event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame || policy.hasOwnNavigationPolicy(contents)) return;
    log.warn('hardening: refused a frame inside a kiosk page');
    event.preventDefault();
  });
}

/** Applies `hardenWebContents` to every web contents the app ever creates. */
export function setupWebContentsHardening(app: Pick<App, 'on'>, policy: HardeningPolicy, log: Logger): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, policy, log));
}

/**
 * Locks one web contents' navigation directly, where it is created (the host window): whatever the
 * global hardening decides, the page that holds the privileged preload never leaves its page.
 */
export function lockNavigation(contents: Pick<WebContents, 'on'>, log: Logger): void {
  contents.on('will-navigate', (event) => {
    log.warn('hardening: refused a navigation of the host window');
    event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    log.warn('hardening: refused a redirect of the host window');
    event.preventDefault();
  });
}
