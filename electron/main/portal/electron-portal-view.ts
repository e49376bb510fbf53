import type { BaseWindow, Session, WebContentsView, WebContentsViewConstructorOptions, WebPreferences } from 'electron';
import { secureWebPreferences } from '../secure-web-preferences.ts';
import type { PortalView, PortalViewFactory, PortalWindow } from './portal-view.ts';

/** A portal view backed by Electron's `WebContentsView` (kept to add it to the host window). */
export interface ElectronPortalView extends PortalView {
  readonly view: WebContentsView;
}

/** What building a real portal view takes: Electron's constructor and session lookup, injected. */
export interface ElectronPortalViewDeps {
  /** Electron's `WebContentsView` class. */
  readonly WebContentsView: new (options: WebContentsViewConstructorOptions) => WebContentsView;
  /** `session.fromPartition` (in-memory for a name without `persist:`), to hand the view the real session. */
  readonly fromPartition: (partition: string) => Session;
  /** Absolute path of the bundled portal preload (focus kind, activity and refusals only). */
  readonly preloadPath: string;
}

/**
 * The portal page's web preferences. Every security-relevant one is written out, even where
 * Electron's default agrees: sandboxed, isolated, no Node, no `<webview>`, no devtools, no
 * spellcheck, no drag-and-drop navigation, no overscroll bounce, and no native `alert`, `confirm`
 * or `prompt` dialog (a native window over a kiosk, outside its layout and its language).
 */
export function portalWebPreferences(session: Session, preloadPath: string): WebPreferences {
  return {
    session,
    preload: preloadPath,
    ...secureWebPreferences,
    safeDialogs: true,
    disableDialogs: true,
    scrollBounce: false,
    autoplayPolicy: 'user-gesture-required',
    enableWebSQL: false,
  };
}

/**
 * Creates portal views with Electron, each in the in-memory session of the partition it is given
 * (the pool's). A persistent partition is refused outright.
 */
export function createElectronPortalViewFactory(deps: ElectronPortalViewDeps): PortalViewFactory<ElectronPortalView> {
  return (partition) => {
    if (partition.startsWith('persist:')) throw new Error('The portal never uses a persistent partition.');
    const session = deps.fromPartition(partition);
    const view = new deps.WebContentsView({ webPreferences: portalWebPreferences(session, deps.preloadPath) });
    view.setBackgroundColor('#ffffff');
    view.setVisible(false);
    return {
      view,
      webContents: view.webContents,
      session,
      setBounds: (bounds) => view.setBounds(bounds),
      setVisible: (visible) => view.setVisible(visible),
    };
  };
}

/** The host window as the portal sees it: its content view and content size. */
export function electronPortalWindow(window: Pick<BaseWindow, 'contentView' | 'getContentSize'>): PortalWindow<ElectronPortalView> {
  return {
    addView: (portal) => window.contentView.addChildView(portal.view),
    removeView: (portal) => window.contentView.removeChildView(portal.view),
    contentSize: () => {
      const [width = 0, height = 0] = window.getContentSize();
      return { width, height };
    },
  };
}
