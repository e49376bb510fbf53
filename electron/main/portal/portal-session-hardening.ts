import { hostOf, isAllowedUrl } from '../../../common/navigation-policy.ts';
import { lockDownSession } from '../lockdown/session-lockdown.ts';
import { loggedHost } from '../lockdown/logged-host.ts';
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
  /** The allow-list of hosts, read at each decision (the configuration or the mode may change). */
  readonly allowedHosts: () => readonly string[];
  /** Told about each refused navigation. */
  readonly onBlocked: (blocked: BlockedNavigation) => void;
  readonly log: Logger;
}

/** The parts of the portal's web contents the hardening touches. */
export type HardenedPortalContents = Pick<PortalWebContents, 'on' | 'setWindowOpenHandler' | 'loadURL' | 'closeDevTools'>;

/** The parts of the portal's session the hardening touches. */
export type HardenedPortalSession = Pick<
  PortalSession,
  | 'on'
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setDisplayMediaRequestHandler'
  | 'setBluetoothPairingHandler'
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

function decisions(options: PortalHardeningOptions) {
  const isAllowed = (url: string): boolean => isAllowedUrl(url, options.allowedHosts());
  const isAllowedInFrame = (url: string, mainFrame: boolean): boolean =>
    isAllowed(url) || (!mainFrame && emptyFrameDocuments.has(url));
  const block = (url: string, mainFrame: boolean, what: string): void => {
    const host = hostOf(url) ?? '';
    options.log.warn(`portal: refused ${what} to ${loggedHost(host)}`);
    options.onBlocked({ host, mainFrame });
  };
  return { isAllowed, isAllowedInFrame, block };
}

/**
 * Hardens one portal session, once for its whole life (sessions are reused from a pool, and
 * Electron keeps a session until the app quits, so nothing here may hold on to a visit or a view):
 * every Electron default closed (`lockDownSession`: permissions, devices, downloads, spellcheck),
 * certificate errors refused, and a web-request gate refusing main- and sub-frame requests outside
 * the allow-list.
 */
export function hardenPortalSession(session: HardenedPortalSession, options: PortalHardeningOptions): void {
  const { isAllowedInFrame, block } = decisions(options);
  lockDownSession(session, options.log, 'portal');
  session.setCertificateVerifyProc((request, callback) => {
    callback(request.errorCode === 0 ? useChromiumVerification : refuseCertificate);
  });
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'], types: ['mainFrame', 'subFrame'] }, (details, callback) => {
    const mainFrame = details.resourceType === 'mainFrame';
    const allowed = isAllowedInFrame(details.url, mainFrame);
    if (!allowed) block(details.url, mainFrame, 'a request');
    callback({ cancel: !allowed });
  });
}

/**
 * Hardens one visitor's portal page: certificate errors refused; devtools closed if ever opened;
 * new windows denied, an allowed popup address being loaded in the same view instead;
 * `will-navigate`, `will-frame-navigate` and `will-redirect` cancelled for addresses outside the
 * allow-list. Native dialogs are off in the view's web preferences; overscroll is turned off by
 * `scrollBounce` and the app switch `overscroll-history-navigation=0`; pinch-zoom is off by default.
 */
export function hardenPortalContents(contents: HardenedPortalContents, options: PortalHardeningOptions): void {
  const { isAllowed, isAllowedInFrame, block } = decisions(options);
  const { log } = options;
  contents.on('certificate-error', (event, url, _error, _certificate, callback) => {
    log.warn(`portal: refused a certificate error for ${loggedHost(hostOf(url) ?? '')}`);
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
}
