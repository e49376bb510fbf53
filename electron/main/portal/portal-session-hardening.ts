import { hostOf, isAllowedUrl } from '../../../common/navigation-policy.ts';
import type { Logger } from '../log.ts';
import type { PortalSession, PortalWebContents } from './portal-view.ts';

/** A refused navigation: only its host (never a path or query), and whether it was the page itself. */
export interface BlockedNavigation {
  /** The refused address's host, or `''` when it has none (`data:`, `javascript:`…). */
  readonly host: string;
  /** True for the page itself (main frame, redirect, popup); false for a frame inside it. */
  readonly mainFrame: boolean;
}

/** What the hardening needs besides the objects it hardens. */
export interface PortalHardeningOptions {
  /** The allow-list of hosts, read at each decision (the configuration may be reloaded). */
  readonly allowedHosts: () => readonly string[];
  /** Told about each refused navigation. */
  readonly onBlocked: (blocked: BlockedNavigation) => void;
  readonly log: Logger;
}

/** The parts of the portal's web contents the hardening touches. */
export type HardenedPortalContents = Pick<
  PortalWebContents,
  'on' | 'setWindowOpenHandler' | 'loadURL' | 'closeDevTools' | 'setVisualZoomLevelLimits'
>;

/** The parts of the portal's session the hardening touches. */
export type HardenedPortalSession = Pick<
  PortalSession,
  | 'on'
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setCertificateVerifyProc'
  | 'setSpellCheckerEnabled'
  | 'webRequest'
>;

/** `setCertificateVerifyProc` results: defer to Chromium's own verification, or refuse. */
const useChromiumVerification = -3;
const refuseCertificate = -2;

/**
 * Empty documents a page may put in its own frames. They load nothing from the network and run
 * only what their (allowed) parent writes into them, so frames — never the page itself — may use them.
 */
const emptyFrameDocuments: ReadonlySet<string> = new Set(['about:blank', 'about:srcdoc']);

/**
 * Hardens one visitor's portal (issue 4 item 2): permission requests, checks and device access
 * denied; downloads cancelled; certificate errors refused; spellcheck off; devtools closed if ever
 * opened; pinch-zoom off; new windows denied, an allowed popup address being loaded in the same
 * view instead; `will-navigate`, `will-frame-navigate` and `will-redirect` cancelled for addresses
 * outside the allow-list; and a web-request gate refusing main- and sub-frame requests outside it.
 * Overscroll is turned off by the view's web preferences (`scrollBounce`) and the app switch
 * `overscroll-history-navigation=0`.
 */
export function hardenPortalSession(
  portal: { readonly webContents: HardenedPortalContents; readonly session: HardenedPortalSession },
  options: PortalHardeningOptions,
): void {
  const { webContents: contents, session } = portal;
  const { log } = options;
  const isAllowed = (url: string): boolean => isAllowedUrl(url, options.allowedHosts());
  const isAllowedInFrame = (url: string, mainFrame: boolean): boolean =>
    isAllowed(url) || (!mainFrame && emptyFrameDocuments.has(url));
  const block = (url: string, mainFrame: boolean, what: string): void => {
    const host = hostOf(url) ?? '';
    log.warn(`portal: refused ${what} to ${host === '' ? 'an address without a host' : host}`);
    options.onBlocked({ host, mainFrame });
  };

  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn(`portal: denied a permission request (${permission})`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => {
    log.warn('portal: cancelled a download');
    event.preventDefault();
  });
  session.setCertificateVerifyProc((request, callback) => {
    callback(request.errorCode === 0 ? useChromiumVerification : refuseCertificate);
  });
  session.setSpellCheckerEnabled(false);
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'], types: ['mainFrame', 'subFrame'] }, (details, callback) => {
    const mainFrame = details.resourceType === 'mainFrame';
    const allowed = isAllowedInFrame(details.url, mainFrame);
    if (!allowed) block(details.url, mainFrame, 'a request');
    callback({ cancel: !allowed });
  });

  contents.on('certificate-error', (event, url, _error, _certificate, callback) => {
    log.warn(`portal: refused a certificate error for ${hostOf(url) ?? 'an address without a host'}`);
    event.preventDefault();
    callback(false);
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowed(url)) {
      contents.loadURL(url).catch(() => log.warn('portal: a popup address opened in the view did not finish loading'));
    } else {
      block(url, true, 'a new window');
    }
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (isAllowed(event.url)) return;
    event.preventDefault();
    block(event.url, true, 'a navigation');
  });
  contents.on('will-frame-navigate', (event) => {
    if (isAllowedInFrame(event.url, event.isMainFrame)) return;
    event.preventDefault();
    block(event.url, event.isMainFrame, 'a frame navigation');
  });
  contents.on('will-redirect', (event) => {
    if (isAllowed(event.url)) return;
    event.preventDefault();
    block(event.url, event.isMainFrame, 'a redirect');
  });
  contents.on('devtools-opened', () => {
    log.warn('portal: closed the devtools');
    contents.closeDevTools();
  });
  const noPinchZoom = (): void => {
    contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
  };
  noPinchZoom();
  contents.on('did-finish-load', noPinchZoom);
}
