import type { PortalEvent } from '../../../common/portal/portal-types.ts';
import type { Logger } from '../log.ts';
import type { PortalWebContents } from './portal-view.ts';

/**
 * Load errors that are not failures of the page: `-3` (ERR_ABORTED: a navigation replaced by
 * another, or cancelled by the policy) and `-20` (ERR_BLOCKED_BY_CLIENT: refused by the portal's
 * own web-request gate, already reported as `blocked`).
 */
const notLoadFailures: ReadonlySet<number> = new Set([-3, -20]);

/** What the portal page tells its host, besides the events the renderer sees. */
export interface PortalPageWatcher {
  /** Told each event for the renderer. */
  readonly report: (event: PortalEvent) => void;
  /** Told the address the page itself (main frame) is at or tried to reach, to retry it later. */
  readonly mainFrameUrl: (url: string) => void;
  /** Told whether the page's renderer is frozen (unresponsive) or alive again. */
  readonly frozen: (frozen: boolean) => void;
  /**
   * Asked when the renderer is gone: true when the kiosk crashed it itself to restart a frozen page
   * (that crash belongs to the old page; the page loading since is not failed).
   */
  readonly ownCrash: () => boolean;
  readonly log: Logger;
}

/**
 * Follows the portal page: loading state and whether "Retour" can go back; main-frame load
 * failures; a crashed or frozen renderer. Reports no address, and logs none.
 */
export function watchPortalPage(contents: Pick<PortalWebContents, 'on' | 'navigationHistory'>, watcher: PortalPageWatcher): void {
  const loading = (isLoading: boolean): void =>
    watcher.report({ type: 'loading', loading: isLoading, canGoBack: contents.navigationHistory.canGoBack() });

  contents.on('did-start-loading', () => loading(true));
  contents.on('did-stop-loading', () => loading(false));
  contents.on('did-navigate', (_event, url) => watcher.mainFrameUrl(url));
  contents.on('did-fail-load', (_event, errorCode, _description, validatedUrl, isMainFrame) => {
    if (!isMainFrame) return;
    watcher.mainFrameUrl(validatedUrl);
    if (notLoadFailures.has(errorCode)) return;
    watcher.log.warn(`portal: the page failed to load (error ${String(errorCode)})`);
    watcher.report({ type: 'load-failed' });
  });
  contents.on('render-process-gone', (_event, details) => {
    if (watcher.ownCrash()) {
      watcher.log.info('portal: the frozen page was restarted');
      return;
    }
    watcher.log.error(`portal: the page's renderer is gone (${details.reason})`);
    watcher.frozen(false);
    watcher.report({ type: 'crashed' });
  });
  contents.on('unresponsive', () => {
    watcher.log.warn('portal: the page stopped responding');
    watcher.frozen(true);
    watcher.report({ type: 'crashed' });
  });
  contents.on('responsive', () => {
    watcher.log.info('portal: the page responds again');
    watcher.frozen(false);
  });
}
