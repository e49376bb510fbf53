import type { App, WebContents } from 'electron';
import type { Logger } from './log.ts';

/** What the global hardening needs to know about the host window. */
export interface HardeningPolicy {
  /** True for the host window's own web contents (navigation of it is always refused). */
  readonly isHostContents: (contents: Pick<WebContents, 'id'>) => boolean;
}

type HardenedContents = Pick<WebContents, 'id' | 'on' | 'setWindowOpenHandler'>;

/**
 * Hardens one web contents: no new window, no `<webview>`, and the host window never navigates
 * away from the page it was loaded with (the portal view gets its own allow-list later).
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
  if (policy.isHostContents(contents)) {
    contents.on('will-navigate', (event) => {
      log.warn('hardening: refused a navigation of the host window');
      event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      log.warn('hardening: refused a redirect of the host window');
      event.preventDefault();
    });
  }
}

/** Applies `hardenWebContents` to every web contents the app ever creates. */
export function setupWebContentsHardening(app: Pick<App, 'on'>, policy: HardeningPolicy, log: Logger): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, policy, log));
}
