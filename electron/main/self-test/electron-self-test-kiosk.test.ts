// The kiosk surface over fakes of the Electron objects it touches, behaving as Electron does:
// listeners called in the order they were added, `preventDefault` setting `defaultPrevented`.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, WebContents } from 'electron';
import type { GuideGraph, GuideTexts } from '../../../common/guide/guide-schema.ts';
import type { PortalEvent } from '../../../common/portal/portal-types.ts';
import { createLogger } from '../log.ts';
import { createElectronSelfTestKiosk, type ElectronSelfTestKioskDeps } from './electron-self-test-kiosk.ts';

type Listener = (...args: unknown[]) => void;

/** An Electron-like emitter: `on`/`off`, and `fire` with an event whose `preventDefault` sets `defaultPrevented`. */
class Emitter {
  private readonly listeners = new Map<string, Listener[]>();
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  off(name: string, listener: Listener): this {
    this.listeners.set(name, (this.listeners.get(name) ?? []).filter((known) => known !== listener));
    return this;
  }
  fire(name: string, ...args: unknown[]): { defaultPrevented: boolean } {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    for (const listener of this.listeners.get(name) ?? []) listener(event, ...args);
    return event;
  }
  count(name: string): number {
    return this.listeners.get(name)?.length ?? 0;
  }
}

class FakeSession extends Emitter {
  cookies = { get: vi.fn(async () => [{ name: 'demo-visit' }]) };
  isPersistent = () => false;
  getStoragePath = () => null;
  getCacheSize = async () => 512;
  fetch = vi.fn(async () => new Response('<!doctype html>', { status: 200, headers: { 'Content-Security-Policy': "default-src 'none'", 'X-Content-Type-Options': 'nosniff' } }));
}

class FakeContents extends Emitter {
  readonly sent: unknown[] = [];
  readonly mainFrame = { url: 'app://kiosk/index.html', parent: null };
  constructor(readonly session: FakeSession) {
    super();
  }
  sendInputEvent = (event: unknown) => void this.sent.push(event);
  getURL = () => 'app://kiosk/index.html';
  isDestroyed = () => false;
}

const graph = JSON.parse(readFileSync(new URL('../../../resources/guide/guide.json', import.meta.url), 'utf8')) as GuideGraph;

function setup() {
  const hostSession = new FakeSession();
  const host = new FakeContents(hostSession);
  const portalSession = new FakeSession();
  const portal = new FakeContents(portalSession);
  const portalListeners = new Set<(event: PortalEvent) => void>();
  const emitted: unknown[][] = [];
  const printing = { printSlip: vi.fn(async () => ({ ok: false, reason: 'failed' }) as const), printerNames: async () => ['TM-T20'], endVisit: vi.fn() };
  const deps: ElectronSelfTestKioskDeps = {
    BrowserWindow: vi.fn() as unknown as ElectronSelfTestKioskDeps['BrowserWindow'],
    hostWindow: () => ({ webContents: host, isDestroyed: () => false, getContentSize: () => [1080, 1920] }) as unknown as BrowserWindow,
    portal: {
      portalContents: () => portal as unknown as WebContents,
      partitionsUsed: () => 3,
      allowedHosts: () => ['educonnect.demo.invalid'],
      onEvent: (listener) => {
        portalListeners.add(listener);
        return () => portalListeners.delete(listener);
      },
    },
    app: { getAppMetrics: () => [{ memory: { workingSetSize: 100_000 } }, { memory: { workingSetSize: 250_000 } }] as ReturnType<Electron.App['getAppMetrics']> },
    ipcMain: { emit: (...args: unknown[]) => emitted.push(args) > 0 },
    allWebContents: () => [host, portal] as unknown as WebContents[],
    printing,
    slipSources: { graph: () => graph, frenchTexts: () => ({}) as GuideTexts, texts: async () => undefined, config: () => ({}) as never, now: () => new Date() },
    configuredPrinter: () => 'TM-T20',
    paths: { hostPreload: '/app/preload-host.cjs', entryUrl: 'app://kiosk/index.html', userData: '/nowhere', logFile: '/nowhere/logs/kiosk.log', executable: '/app/borne' },
    log: createLogger(() => undefined),
  };
  return { kiosk: createElectronSelfTestKiosk(deps), host, portal, portalSession, portalListeners, emitted, printing, hostSession };
}

describe('the self-test’s kiosk surface over Electron', () => {
  it('fetches through the host session and gives header names in lower case', async () => {
    const { kiosk, hostSession } = setup();
    await expect(kiosk.host.fetch('app://kiosk/index.html')).resolves.toEqual({
      status: 200,
      headers: { 'content-security-policy': "default-src 'none'", 'x-content-type-options': 'nosniff', 'content-type': 'text/plain;charset=UTF-8' },
    });
    expect(hostSession.fetch).toHaveBeenCalledWith('app://kiosk/index.html');
  });

  it('sends a portal channel with the host window’s contents and main frame as the sender', () => {
    const { kiosk, host, emitted } = setup();
    kiosk.host.sendAsHost('portal:focus', { field: 'text' });
    expect(emitted).toEqual([['portal:focus', { sender: host, senderFrame: host.mainFrame }, { field: 'text' }]]);
  });

  it('presses a key down then up, with its modifiers', () => {
    const { kiosk, host } = setup();
    kiosk.host.pressKey({ keyCode: 'R', modifiers: ['control', 'shift'] });
    expect(host.sent).toEqual([
      { type: 'keyDown', keyCode: 'R', modifiers: ['control', 'shift'] },
      { type: 'keyUp', keyCode: 'R', modifiers: ['control', 'shift'] },
    ]);
  });

  it('watches the portal: its events, committed navigations, and downloads as cancelled by the hardening before it', async () => {
    const { kiosk, portal, portalSession, portalListeners } = setup();
    // The portal's hardening listens first, as it does from the start of the visit.
    portalSession.on('will-download', (event) => (event as { preventDefault: () => void }).preventDefault());
    const watch = kiosk.portal.watch();
    for (const listener of portalListeners) listener({ type: 'blocked', host: 'www.example.org' });
    portal.fire('did-frame-navigate', 'https://educonnect.demo.invalid/state.html', 200, 'OK', true, 1, 2);
    portal.fire('did-frame-navigate', 'about:blank', 200, 'OK', false, 1, 3);
    portalSession.fire('will-download');
    await new Promise((resolve) => setImmediate(resolve));
    expect(watch.events()).toEqual([{ type: 'blocked', host: 'www.example.org' }]);
    expect(watch.commits()).toEqual([
      { url: 'https://educonnect.demo.invalid/state.html', mainFrame: true },
      { url: 'about:blank', mainFrame: false },
    ]);
    expect(watch.downloads()).toEqual([{ prevented: true }]);
    watch.stop();
    expect(portal.count('did-frame-navigate')).toBe(0);
    expect(portalSession.count('will-download')).toBe(1);
    expect(portalListeners.size).toBe(0);
  });

  it('reads the portal session with a key that stays the same for the same session', async () => {
    const { kiosk } = setup();
    const first = await kiosk.portal.session();
    expect(first).toEqual({ key: 1, persistent: false, storagePath: null, cookieNames: ['demo-visit'], cacheBytes: 512 });
    expect((await kiosk.portal.session())?.key).toBe(1);
  });

  it('sums the working set of every process, and resets the slip allowance after a test print', async () => {
    const { kiosk, printing } = setup();
    expect(kiosk.metrics()).toMatchObject({ totalWorkingSetKb: 350_000, processes: 2 });
    expect(kiosk.metrics().mainRssBytes).toBeGreaterThan(0);
    await expect(kiosk.printSlip()).resolves.toEqual({ ok: false, reason: 'failed' });
    expect(printing.printSlip).toHaveBeenCalledWith({ path: expect.arrayContaining([graph.start, graph.recap]), language: 'fr' });
    expect(printing.endVisit).toHaveBeenCalledOnce();
    await expect(kiosk.printers()).resolves.toEqual({ configured: 'TM-T20', installed: ['TM-T20'] });
    await expect(kiosk.readLog()).resolves.toBe('');
    expect(kiosk.liveWebContents()).toBe(2);
  });
});
