import { describe, expect, it, vi } from 'vitest';
import { createHostWindow, loadHostPage } from './host-window.ts';
import { createLogger } from './log.ts';
import { FakeElectron, type FakeWindowContents } from './test-support/fake-electron-windows.ts';
import { setupWebContentsHardening } from './web-contents-hardening.ts';

/**
 * The boot order of `electron-main.ts`: the global hardening is set up before the app is ready, the
 * host window is created after, and the portal registers its views once their constructor returned.
 */
function boot() {
  const electron = new FakeElectron();
  const lines: string[] = [];
  const log = createLogger((line) => lines.push(line));
  const portalContents = new Set<number>();
  setupWebContentsHardening(electron.app as never, { hasOwnNavigationPolicy: (contents) => portalContents.has(contents.id) }, log);
  const onRendererRestart = vi.fn();
  const host = createHostWindow({
    BrowserWindow: electron.BrowserWindow as never,
    settings: { kiosk: true, preloadPath: '/app/preload-host.cjs' },
    log,
    isQuitting: () => false,
    onRendererRestart,
  });
  return { electron, host, lines, portalContents, onRendererRestart };
}

describe('the host window, created as Electron creates it', () => {
  it('fires web-contents-created inside the constructor, before the caller has the window', () => {
    const { electron, host } = boot();
    expect(electron.created).toEqual([host.webContents.id]);
  });

  it('is never navigated or redirected away from its page, by every hardening that sees it', () => {
    const { host } = boot();
    const contents = host.webContents as unknown as FakeWindowContents;
    const navigate = contents.emitEvent('will-navigate', { url: 'https://evil.example/', isMainFrame: true });
    const redirect = contents.emitEvent('will-redirect', { url: 'https://evil.example/', isMainFrame: true });
    // Both the lock installed where the window is created and the global hook refuse it.
    expect(navigate.preventDefault).toHaveBeenCalledTimes(2);
    expect(redirect.preventDefault).toHaveBeenCalledTimes(2);
  });

  it('loads the kiosk page only when asked, and shows the window once it is ready', () => {
    const { host, lines } = boot();
    expect(host.loadURL).not.toHaveBeenCalled();
    loadHostPage(host, 'app://kiosk/index.html', createLogger((line) => lines.push(line)));
    expect(host.loadURL).toHaveBeenCalledWith('app://kiosk/index.html');
    (host as unknown as { emit: (name: string) => void }).emit('ready-to-show');
    expect(host.show).toHaveBeenCalledOnce();
  });

  it('refuses to close in kiosk mode', () => {
    const { host, lines } = boot();
    const close = (host as unknown as { emit: (name: string) => { preventDefault: ReturnType<typeof vi.fn> } }).emit('close');
    expect(close.preventDefault).toHaveBeenCalledOnce();
    expect(lines.join('\n')).toContain('refused to close');
  });

  it('ends the visit when its renderer is restarted after a crash', () => {
    const { host, onRendererRestart } = boot();
    (host.webContents as unknown as { emit: (name: string, details: unknown) => void }).emit('render-process-gone', { reason: 'crashed', exitCode: 1 });
    expect(onRendererRestart).toHaveBeenCalledOnce();
  });
});

describe('the global hardening, decided at event time', () => {
  it('refuses the navigation of any other window, whoever created it and when', () => {
    const { electron } = boot();
    const other = new electron.BrowserWindow({});
    expect(other.webContents.emitEvent('will-navigate', { url: 'https://evil.example/', isMainFrame: true }).preventDefault).toHaveBeenCalledOnce();
    expect(other.webContents.emitEvent('will-frame-navigate', { url: 'https://evil.example/', isMainFrame: false }).preventDefault).toHaveBeenCalledOnce();
    expect(other.webContents.emitEvent('will-frame-navigate', { url: 'https://evil.example/', isMainFrame: true }).preventDefault).not.toHaveBeenCalled();
  });

  it('leaves a portal view to its own allow-list, although it was registered after its constructor returned', () => {
    const { electron, portalContents } = boot();
    const view = new electron.WebContentsView();
    portalContents.add(view.webContents.id);
    const url = 'https://educonnect.education.gouv.fr/';
    expect(view.webContents.emitEvent('will-navigate', { url, isMainFrame: true }).preventDefault).not.toHaveBeenCalled();
    expect(view.webContents.emitEvent('will-redirect', { url, isMainFrame: true }).preventDefault).not.toHaveBeenCalled();
    expect(view.webContents.emitEvent('will-frame-navigate', { url, isMainFrame: false }).preventDefault).not.toHaveBeenCalled();
  });

  it('denies new windows, <webview> and the Bluetooth device picker everywhere', () => {
    const { electron } = boot();
    const view = new electron.WebContentsView();
    expect(view.webContents.windowOpenHandler?.({ url: 'https://educonnect.education.gouv.fr/' })).toEqual({ action: 'deny' });
    expect(view.webContents.emit('will-attach-webview').preventDefault).toHaveBeenCalledOnce();
    const choose = vi.fn();
    const picker = view.webContents.emit('select-bluetooth-device', [{ deviceId: 'a', deviceName: 'Casque' }], choose);
    expect(picker.preventDefault).toHaveBeenCalledOnce();
    expect(choose).toHaveBeenCalledWith('');
  });
});
