import { describe, expect, it, vi } from 'vitest';
import { createElectronPortalViewFactory, electronPortalWindow, portalWebPreferences } from './electron-portal-view.ts';

/** A fake `WebContentsView` class recording what it was built with. */
class FakeWebContentsView {
  static built: FakeWebContentsView[] = [];
  readonly webContents = { id: 3 };
  setBounds = vi.fn();
  setVisible = vi.fn();
  setBackgroundColor = vi.fn();

  constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
    FakeWebContentsView.built.push(this);
  }
}

function factory() {
  FakeWebContentsView.built = [];
  const sessions = new Map<string, { partition: string }>();
  const fromPartition = vi.fn((partition: string) => {
    const session = sessions.get(partition) ?? { partition };
    sessions.set(partition, session);
    return session;
  });
  const create = createElectronPortalViewFactory({
    WebContentsView: FakeWebContentsView as never,
    fromPartition: fromPartition as never,
    preloadPath: '/app/build/electron/preload-portal.cjs',
  });
  return { create, fromPartition };
}

describe('createElectronPortalViewFactory', () => {
  it('builds a hidden view on the session of the given in-memory partition', () => {
    const { create, fromPartition } = factory();
    const portal = create('portal-visitor-abc', {} as never);
    const built = FakeWebContentsView.built[0];
    expect(fromPartition).toHaveBeenCalledWith('portal-visitor-abc');
    expect(built?.options.webPreferences?.session).toEqual({ partition: 'portal-visitor-abc' });
    expect(built?.options.webPreferences?.partition).toBeUndefined();
    expect(portal.session).toBe(built?.options.webPreferences?.session);
    expect(portal.webContents).toBe(built?.webContents);
    expect(built?.setVisible).toHaveBeenCalledWith(false);
    portal.setBounds({ x: 1, y: 2, width: 3, height: 4 });
    portal.setVisible(true);
    expect(built?.setBounds).toHaveBeenCalledWith({ x: 1, y: 2, width: 3, height: 4 });
    expect(built?.setVisible).toHaveBeenLastCalledWith(true);
  });

  it('refuses a persistent partition', () => {
    const { create, fromPartition } = factory();
    expect(() => create('persist:portal', {} as never)).toThrow(/persistent/);
    expect(fromPartition).not.toHaveBeenCalled();
  });
});

describe('portalWebPreferences', () => {
  it('sandboxes the portal page and turns off everything a kiosk does not need', () => {
    const preferences = portalWebPreferences({} as never, '/preload.cjs');
    expect(preferences).toMatchObject({
      preload: '/preload.cjs',
      disableDialogs: true,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
      scrollBounce: false,
    });
  });
});

describe('electronPortalWindow', () => {
  it('adds and removes the view on the window content view and reads its content size', () => {
    const contentView = { addChildView: vi.fn(), removeChildView: vi.fn() };
    const window = electronPortalWindow({ contentView, getContentSize: () => [1080, 1920] } as never);
    const portal = { view: { name: 'view' } } as never;
    window.addView(portal);
    window.removeView(portal);
    expect(contentView.addChildView).toHaveBeenCalledWith({ name: 'view' });
    expect(contentView.removeChildView).toHaveBeenCalledWith({ name: 'view' });
    expect(window.contentSize()).toEqual({ width: 1080, height: 1920 });
  });
});
