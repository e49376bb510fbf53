import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PortalBounds, PortalEvent, PortalTarget } from '../../../common/portal/portal-types.ts';
import { createLogger } from '../log.ts';
import { ElectronPortalHost, portalPartitionPrefix } from './electron-portal-host.ts';
import type { PortalTimers, PortalView } from './portal-view.ts';
import { FakePortalSession, FakePortalView, FakePortalWindow, type Journal, sessionClearMethods } from './test-support/fake-portal.ts';

const allowedHosts = [
  'educonnect.education.gouv.fr',
  'app.franceconnect.gouv.fr',
  '*.ent.auvergnerhonealpes.fr',
  '*.index-education.net',
];

const targets: Record<PortalTarget, string> = {
  educonnect: 'https://educonnect.education.gouv.fr/',
  entLogin: 'https://cas.ent.auvergnerhonealpes.fr/login?selection=EDU',
  pronote: 'https://0690026d.index-education.net/pronote/parent.html',
};

const logoutUrl = 'https://educonnect.education.gouv.fr/idp/profile/Logout';
const bounds: PortalBounds = { x: 0, y: 120, width: 1080, height: 1500 };

/** Timers read at call time, so `vi.useFakeTimers()` drives them. */
const testTimers: PortalTimers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface SetupOptions {
  readonly resolveTarget?: (target: PortalTarget) => string;
  readonly logoutUrl?: string;
  readonly beforeVisit?: (pooled: { partition: string }) => void;
  readonly timeLimit?: { maxVisitSeconds: number; countdownSeconds: number };
}

function setup(options: SetupOptions = {}) {
  const journal: Journal = [];
  const views: FakePortalView[] = [];
  const sessions = new Map<string, FakePortalSession>();
  const window = new FakePortalWindow({ width: 1080, height: 1920 }, journal);
  const lines: string[] = [];
  let nextId = 100;
  const { timeLimit, beforeVisit } = options;
  const host = new ElectronPortalHost<PortalView>({
    // As `session.fromPartition`: one session per partition name, for the life of the app.
    sessionOf: (partition) => {
      const session = sessions.get(partition) ?? new FakePortalSession(journal);
      sessions.set(partition, session);
      return session as never;
    },
    createView: (partition, session) => {
      const view = new FakePortalView(partition, nextId++, journal, session as unknown as FakePortalSession);
      views.push(view);
      return view.asPortalView();
    },
    window,
    allowedHosts: () => allowedHosts,
    resolveTarget: options.resolveTarget ?? ((target) => targets[target]),
    logoutUrl: () => options.logoutUrl ?? logoutUrl,
    log: createLogger((line) => lines.push(line)),
    timers: testTimers,
    ...(beforeVisit === undefined ? {} : { beforeVisit }),
    ...(timeLimit === undefined ? {} : { timeLimit: () => timeLimit }),
  });
  const events: PortalEvent[] = [];
  host.onEvent((event) => events.push(event));
  const view = (index = 0): FakePortalView => {
    const found = views[index];
    if (found === undefined) throw new Error(`no view ${String(index)}`);
    return found;
  };
  return { host, window, views, view, events, lines, journal, sessions };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('ElectronPortalHost.open', () => {
  it('creates a hardened view in an in-memory partition, lays it, shows it and loads the target', async () => {
    const { host, window, view } = setup();
    await host.open({ target: 'educonnect', bounds });
    const portal = view();
    expect(portal.partition.startsWith(portalPartitionPrefix)).toBe(true);
    expect(portal.partition).not.toMatch(/^persist:/);
    expect(portal.webContents.setWindowOpenHandler).toHaveBeenCalledOnce();
    expect(portal.session.webRequest.onBeforeRequest).toHaveBeenCalledOnce();
    expect(host.ownsContents(portal.webContents.id)).toBe(true);
    expect(portal.session.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(window.children).toEqual([portal]);
    expect(portal.setBounds).toHaveBeenLastCalledWith({ x: 0, y: 120, width: 1080, height: 1500 });
    expect(portal.setVisible).toHaveBeenLastCalledWith(true);
    expect(portal.webContents.loadURL).toHaveBeenCalledWith(targets.educonnect);
  });

  it('reuses the visitor portal for a second target', async () => {
    const { host, views, view } = setup();
    await host.open({ target: 'educonnect', bounds });
    await host.open({ target: 'pronote', bounds });
    expect(views).toHaveLength(1);
    expect(view().webContents.loadURL.mock.calls).toEqual([[targets.educonnect], [targets.pronote]]);
  });

  it('gives each visitor a view of its own, on the next partition of a small pool, in turn', async () => {
    const { host, views } = setup();
    for (let visitor = 0; visitor < 7; visitor += 1) {
      await host.open({ target: 'educonnect', bounds });
      await host.destroy();
    }
    expect(new Set(views.map((view) => view.webContents.id)).size).toBe(7);
    expect(views.map((view) => view.partition)).toEqual([0, 1, 2, 0, 1, 2, 0].map((index) => `${portalPartitionPrefix}${String(index)}`));
    expect(views.every((view) => !view.partition.startsWith('persist:'))).toBe(true);
  });

  it('keeps the number of sessions bounded over 500 visits (Electron never frees one)', async () => {
    const { host, sessions } = setup();
    for (let visitor = 0; visitor < 500; visitor += 1) {
      await host.open({ target: 'educonnect', bounds });
      await host.destroy();
    }
    expect(sessions.size).toBe(3);
    expect(host.partitionsUsed()).toBe(3);
  });

  it('hardens each pooled session once for its whole life, not once per visit', async () => {
    const { host, sessions } = setup();
    for (let visitor = 0; visitor < 6; visitor += 1) {
      await host.open({ target: 'educonnect', bounds });
      await host.destroy();
    }
    for (const session of sessions.values()) {
      expect(session.webRequest.onBeforeRequest).toHaveBeenCalledOnce();
      expect(session.setPermissionRequestHandler).toHaveBeenCalledOnce();
      expect(session.listeners.get('will-download')).toHaveLength(1);
    }
  });

  it('proves a partition empty before reusing it, clears it again when not, and sets it aside when it stays so', async () => {
    const { host, views, sessions, lines } = setup();
    for (let visitor = 0; visitor < 3; visitor += 1) {
      await host.open({ target: 'educonnect', bounds });
      await host.destroy();
    }
    const first = sessions.get(`${portalPartitionPrefix}0`);
    if (first === undefined) throw new Error('no first session');
    first.storedCookies = [{ name: 'leftover' }];
    await host.open({ target: 'educonnect', bounds });
    expect(views[3]?.partition).toBe(`${portalPartitionPrefix}0`);
    expect(first.clearStorageData).toHaveBeenCalledTimes(2);
    expect(host.wantsRestart()).toBe(false);
    await host.destroy();
    first.storedCookies = [{ name: 'stuck' }];
    first.keepsCookies = true;
    for (let visitor = 0; visitor < 3; visitor += 1) {
      await host.open({ target: 'educonnect', bounds });
      await host.destroy();
    }
    expect(views.slice(4).map((view) => view.partition)).toEqual([1, 2, 1].map((index) => `${portalPartitionPrefix}${String(index)}`));
    expect(host.wantsRestart()).toBe(true);
    expect(lines.some((line) => line.includes(`${portalPartitionPrefix}0 could not be proven empty`))).toBe(true);
  });

  it('uses a one-off partition, never a used one, when none of the pool can be proven empty', async () => {
    const { host, views, sessions } = setup();
    for (let visitor = 0; visitor < 3; visitor += 1) {
      await host.open({ target: 'educonnect', bounds });
      await host.destroy();
    }
    for (const session of sessions.values()) {
      session.storedCookies = [{ name: 'stuck' }];
      session.keepsCookies = true;
    }
    await host.open({ target: 'educonnect', bounds });
    expect(views[3]?.partition).toBe(`${portalPartitionPrefix}extra-1`);
    expect(host.partitionsUsed()).toBe(4);
    expect(host.wantsRestart()).toBe(true);
  });

  it('prepares each visit on its partition before the page loads (the demonstration portal is set up there)', async () => {
    const prepared: string[] = [];
    const { host, view, journal } = setup({
      beforeVisit: ({ partition }) => {
        prepared.push(partition);
        journal.push('before visit');
      },
    });
    await host.open({ target: 'educonnect', bounds });
    expect(prepared).toEqual([`${portalPartitionPrefix}0`]);
    expect(journal.indexOf('before visit')).toBeLessThan(journal.indexOf(`loadURL ${targets.educonnect}`));
    expect(view().partition).toBe(prepared[0]);
  });

  it('reports a refusal of a pooled session’s request gate only to the visit using that session', async () => {
    const { host, views, events } = setup();
    await host.open({ target: 'educonnect', bounds });
    await host.destroy();
    await host.open({ target: 'educonnect', bounds });
    events.length = 0;
    views[0]?.session.request('https://evil.example/', 'mainFrame');
    expect(events).toEqual([]);
    views[1]?.session.request('https://evil.example/', 'mainFrame');
    expect(events).toEqual([{ type: 'blocked', host: 'evil.example' }]);
  });

  it('keeps a portal view under the allow-list until its wipe is over, then forgets it', async () => {
    vi.useFakeTimers();
    const { host, view } = setup();
    await host.open({ target: 'educonnect', bounds });
    const id = view().webContents.id;
    view().webContents.loadResult = () => new Promise(() => undefined);
    const wiping = host.destroy();
    expect(host.portalContentsId()).toBeUndefined();
    expect(host.ownsContents(id)).toBe(true);
    await vi.advanceTimersByTimeAsync(2_000);
    await wiping;
    expect(host.ownsContents(id)).toBe(false);
  });

  it('refuses a configured target outside the allow-list, reporting its host only', async () => {
    const { host, views, events } = setup({ resolveTarget: () => 'https://evil.example/secret?q=1' });
    await host.open({ target: 'educonnect', bounds });
    expect(views).toHaveLength(0);
    expect(events).toEqual([{ type: 'blocked', host: 'evil.example' }]);
  });
});

describe('ElectronPortalHost.setBounds', () => {
  it('lays the view on whole pixels', async () => {
    const { host, view } = setup();
    await host.open({ target: 'educonnect', bounds });
    host.setBounds({ x: 10.4, y: 200.6, width: 1000.5, height: 900.2 });
    expect(view().setBounds).toHaveBeenLastCalledWith({ x: 10, y: 201, width: 1001, height: 900 });
  });

  it.each([
    ['NaN', { x: Number.NaN, y: 0, width: 100, height: 100 }],
    ['Infinity', { x: 0, y: 0, width: Number.POSITIVE_INFINITY, height: 100 }],
    ['a negative coordinate', { x: -1, y: 0, width: 100, height: 100 }],
    ['a zero width', { x: 0, y: 0, width: 0, height: 100 }],
    ['a negative height', { x: 0, y: 0, width: 100, height: -5 }],
    ['wider than the window', { x: 0, y: 0, width: 1081, height: 100 }],
    ['past the right edge', { x: 1000, y: 0, width: 100, height: 100 }],
    ['past the bottom edge', { x: 0, y: 1900, width: 100, height: 100 }],
    ['an extra field', { x: 0, y: 0, width: 100, height: 100, z: 1 }],
    ['a string', { x: '0', y: 0, width: 100, height: 100 }],
    ['nothing', undefined],
  ])('ignores and logs bounds with %s', async (_name, invalid) => {
    const { host, view, lines } = setup();
    await host.open({ target: 'educonnect', bounds });
    const laidBefore = view().setBounds.mock.calls.length;
    host.setBounds(invalid as unknown as PortalBounds);
    expect(view().setBounds).toHaveBeenCalledTimes(laidBefore);
    expect(lines.some((line) => line.includes('ignored invalid bounds'))).toBe(true);
  });

  it('checks bounds against the window size at the time', async () => {
    const { host, window, view } = setup();
    await host.open({ target: 'educonnect', bounds });
    window.size = { width: 1920, height: 1080 };
    host.setBounds({ x: 0, y: 0, width: 1920, height: 1080 });
    expect(view().setBounds).toHaveBeenLastCalledWith({ x: 0, y: 0, width: 1920, height: 1080 });
    host.setBounds(bounds);
    expect(view().setBounds).toHaveBeenLastCalledWith({ x: 0, y: 0, width: 1920, height: 1080 });
  });

  it('does not open over invalid bounds', async () => {
    const { host, view } = setup();
    await host.open({ target: 'educonnect', bounds: { x: 0, y: 0, width: 5000, height: 100 } });
    expect(view().setBounds).not.toHaveBeenCalled();
  });
});

describe('ElectronPortalHost.setVisible', () => {
  it('hides and shows the view without destroying it', async () => {
    const { host, view, window } = setup();
    await host.open({ target: 'educonnect', bounds });
    host.setVisible(false);
    expect(view().setVisible).toHaveBeenLastCalledWith(false);
    host.setVisible(true);
    expect(view().setVisible).toHaveBeenLastCalledWith(true);
    expect(window.children).toHaveLength(1);
    expect(view().webContents.close).not.toHaveBeenCalled();
  });

  it('stays hidden when the renderer hid it while the visit was starting (the visitor left the portal screen)', async () => {
    const { host, view } = setup();
    const opening = host.open({ target: 'educonnect', bounds });
    host.setVisible(false);
    await opening;
    expect(view().setVisible).toHaveBeenLastCalledWith(false);
  });
});

describe('ElectronPortalHost.type', () => {
  it('inserts characters as text, accents and capitals included', async () => {
    const { host, view } = setup();
    await host.open({ target: 'educonnect', bounds });
    host.type({ kind: 'text', text: 'É' });
    host.type({ kind: 'text', text: '@laposte.net' });
    await host.typingSettled();
    expect(view().webContents.insertText.mock.calls).toEqual([['É'], ['@laposte.net']]);
    expect(view().webContents.sendInputEvent).not.toHaveBeenCalled();
  });

  it.each([
    ['Backspace', [{ type: 'keyDown', keyCode: 'Backspace' }, { type: 'keyUp', keyCode: 'Backspace' }]],
    ['Tab', [{ type: 'keyDown', keyCode: 'Tab' }, { type: 'keyUp', keyCode: 'Tab' }]],
    ['ArrowLeft', [{ type: 'keyDown', keyCode: 'Left' }, { type: 'keyUp', keyCode: 'Left' }]],
    ['ArrowRight', [{ type: 'keyDown', keyCode: 'Right' }, { type: 'keyUp', keyCode: 'Right' }]],
    ['Enter', [{ type: 'keyDown', keyCode: 'Enter' }, { type: 'char', keyCode: '\r' }, { type: 'keyUp', keyCode: 'Enter' }]],
  ] as const)('sends %s as input events, then lets the page handle them', async (key, sent) => {
    const { host, view } = setup();
    await host.open({ target: 'educonnect', bounds });
    host.type({ kind: 'key', key });
    await host.typingSettled();
    expect(view().webContents.sendInputEvent.mock.calls.map(([event]: unknown[]) => event)).toEqual(sent);
    expect(view().webContents.executeJavaScriptInIsolatedWorld).toHaveBeenCalledOnce();
    expect(view().webContents.insertText).not.toHaveBeenCalled();
  });

  it('delivers each action only after the one before it: a digit then «Effacer» arrive in that order', async () => {
    const { host, view, journal } = setup();
    await host.open({ target: 'educonnect', bounds });
    const contents = view().webContents;
    // insertText is an IPC round trip; it completes later than sendInputEvent would be sent.
    let deliverDigit: () => void = () => undefined;
    contents.insertResult = () => new Promise<void>((resolve) => (deliverDigit = resolve));
    journal.length = 0;
    host.type({ kind: 'text', text: '7' });
    host.type({ kind: 'key', key: 'Backspace' });
    host.type({ kind: 'text', text: '8' });
    await Promise.resolve();
    await Promise.resolve();
    expect(journal).toEqual(['insertText 7']);
    contents.insertResult = () => Promise.resolve();
    deliverDigit();
    await host.typingSettled();
    expect(journal).toEqual(['insertText 7', 'input keyDown Backspace', 'input keyUp Backspace', 'settle input', 'insertText 8']);
  });

  it('gives the portal the keyboard focus back before typing (a tap on the kiosk keyboard took it)', async () => {
    const { host, view, journal } = setup();
    await host.open({ target: 'educonnect', bounds });
    view().webContents.focused = false;
    journal.length = 0;
    host.type({ kind: 'text', text: 'a' });
    host.type({ kind: 'text', text: 'b' });
    await host.typingSettled();
    expect(journal).toEqual(['focus portal', 'insertText a', 'insertText b']);
  });

  it('does not let a page that never answers hold the keyboard', async () => {
    vi.useFakeTimers();
    const { host, view, lines } = setup();
    await host.open({ target: 'educonnect', bounds });
    view().webContents.settleResult = () => new Promise(() => undefined);
    host.type({ kind: 'key', key: 'Tab' });
    host.type({ kind: 'text', text: 'x' });
    await vi.advanceTimersByTimeAsync(500);
    await host.typingSettled();
    expect(view().webContents.insertText).toHaveBeenCalledWith('x');
    expect(lines.some((line) => line.includes('not delivered (timed-out)'))).toBe(true);
  });

  it('ignores invalid input and input with no portal, and never logs what is typed', async () => {
    const { host, view, lines } = setup();
    host.type({ kind: 'text', text: 'motdepasse1' });
    await host.open({ target: 'educonnect', bounds });
    host.type({ kind: 'text', text: '' });
    host.type({ kind: 'key', key: 'Escape' } as never);
    await host.typingSettled();
    expect(view().webContents.insertText).not.toHaveBeenCalled();
    expect(view().webContents.sendInputEvent).not.toHaveBeenCalled();
    view().webContents.insertText.mockImplementationOnce(() => Promise.reject(new Error('motdepasse2 not delivered')));
    host.type({ kind: 'text', text: 'motdepasse2' });
    await host.typingSettled();
    expect(lines.join('\n')).not.toContain('motdepasse');
    expect(lines.some((line) => line.includes('not delivered'))).toBe(true);
  });
});

describe('ElectronPortalHost.navigate', () => {
  it('goes back only when the portal has history', async () => {
    const { host, view } = setup();
    await host.open({ target: 'educonnect', bounds });
    host.navigate('back');
    expect(view().webContents.navigationHistory.goBack).not.toHaveBeenCalled();
    view().webContents.canGoBack = true;
    host.navigate('back');
    expect(view().webContents.navigationHistory.goBack).toHaveBeenCalledOnce();
  });

  it('reloads', async () => {
    const { host, view } = setup();
    await host.open({ target: 'educonnect', bounds });
    host.navigate('reload');
    expect(view().webContents.reload).toHaveBeenCalledOnce();
  });

  it('retries the last allowed address the page reached or tried', async () => {
    const { host, view } = setup();
    await host.open({ target: 'educonnect', bounds });
    const contents = view().webContents;
    contents.emit('did-navigate', {}, 'https://app.franceconnect.gouv.fr/api/v1/authorize');
    contents.emit('did-navigate', {}, 'https://evil.example/');
    host.navigate('retry');
    expect(contents.loadURL).toHaveBeenLastCalledWith('https://app.franceconnect.gouv.fr/api/v1/authorize');
    contents.emit('did-fail-load', {}, -105, 'ERR_NAME_NOT_RESOLVED', 'https://cas.ent.auvergnerhonealpes.fr/login', true);
    host.navigate('retry');
    expect(contents.loadURL).toHaveBeenLastCalledWith('https://cas.ent.auvergnerhonealpes.fr/login');
  });

  it('restarts a frozen page before retrying', async () => {
    const { host, view } = setup();
    await host.open({ target: 'educonnect', bounds });
    const contents = view().webContents;
    contents.emit('unresponsive');
    host.navigate('retry');
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
    expect(contents.loadURL).toHaveBeenLastCalledWith(targets.educonnect);
    host.navigate('retry');
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
  });

  it('does nothing without a portal', () => {
    const { host } = setup();
    expect(() => host.navigate('retry')).not.toThrow();
  });

  it('a frozen page retried once loads again: the crash Electron reports later belongs to the old page', async () => {
    vi.useFakeTimers();
    const { host, view, events } = setup();
    await host.open({ target: 'educonnect', bounds });
    const contents = view().webContents;
    // As Electron: the renderer is killed at once, `render-process-gone` arrives on a later turn,
    // after the retry's load has started.
    contents.forcefullyCrashRenderer.mockImplementation(() => {
      setTimeout(() => contents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 0 }), 0);
    });
    contents.emit('unresponsive');
    events.length = 0;
    host.navigate('retry');
    expect(contents.loadURL).toHaveBeenLastCalledWith(targets.educonnect);
    contents.emit('did-start-loading');
    await vi.advanceTimersByTimeAsync(1);
    contents.emit('did-stop-loading');
    expect(events.filter((event) => event.type === 'crashed')).toEqual([]);
    // A real crash afterwards is still reported.
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(events.filter((event) => event.type === 'crashed')).toEqual([{ type: 'crashed' }]);
  });
});

describe('ElectronPortalHost events', () => {
  it('reports loading with whether "Retour" can go back', async () => {
    const { host, view, events } = setup();
    await host.open({ target: 'educonnect', bounds });
    view().webContents.emit('did-start-loading');
    view().webContents.canGoBack = true;
    view().webContents.emit('did-stop-loading');
    expect(events).toEqual([
      { type: 'loading', loading: true, canGoBack: false },
      { type: 'loading', loading: false, canGoBack: true },
    ]);
  });

  it('reports main-frame load failures, not aborted or self-blocked loads, nor frames', async () => {
    const { host, view, events } = setup();
    await host.open({ target: 'educonnect', bounds });
    const contents = view().webContents;
    contents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', targets.educonnect, true);
    contents.emit('did-fail-load', {}, -20, 'ERR_BLOCKED_BY_CLIENT', 'https://evil.example/', true);
    contents.emit('did-fail-load', {}, -105, 'ERR_NAME_NOT_RESOLVED', 'https://x.index-education.net/', false);
    contents.emit('did-fail-load', {}, -106, 'ERR_INTERNET_DISCONNECTED', targets.educonnect, true);
    expect(events).toEqual([{ type: 'load-failed' }]);
  });

  it('reports a crashed or frozen page', async () => {
    const { host, view, events } = setup();
    await host.open({ target: 'educonnect', bounds });
    view().webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    view().webContents.emit('unresponsive');
    expect(events).toEqual([{ type: 'crashed' }, { type: 'crashed' }]);
  });

  it('reports a refused page address once, by host only; frames inside the page are not reported', async () => {
    vi.useFakeTimers();
    const { host, view, events } = setup();
    await host.open({ target: 'educonnect', bounds });
    const contents = view().webContents;
    contents.emit('will-frame-navigate', { url: 'https://evil.example/a?b=c', isMainFrame: true });
    contents.emit('will-navigate', { url: 'https://evil.example/a?b=c', isMainFrame: true });
    view().session.request('https://ads.example/frame', 'subFrame');
    vi.advanceTimersByTime(1_500);
    contents.emit('will-navigate', { url: 'https://evil.example/again', isMainFrame: true });
    contents.windowOpenHandler?.({ url: 'https://other.example/' });
    expect(events).toEqual([
      { type: 'blocked', host: 'evil.example' },
      { type: 'blocked', host: 'evil.example' },
      { type: 'blocked', host: 'other.example' },
    ]);
  });

  it('forwards refusals, and focus out of the keyboard’s reach, from the portal preload', async () => {
    const { host, events } = setup();
    host.reportRefused('print');
    await host.open({ target: 'educonnect', bounds });
    host.reportRefused('file-upload');
    host.reportFocus(null, true);
    expect(events).toEqual([{ type: 'refused', what: 'file-upload' }, { type: 'focus', field: null }, { type: 'typing-unavailable' }]);
  });

  it('forwards focus kinds and activity from the portal preload', async () => {
    const { host, events } = setup();
    host.reportFocus('tel');
    await host.open({ target: 'educonnect', bounds });
    host.reportFocus('tel');
    host.reportFocus(null);
    host.reportActivity();
    expect(events).toEqual([{ type: 'focus', field: 'tel' }, { type: 'focus', field: null }, { type: 'activity' }]);
  });

  it('forwards the known page and its focused field from the portal preload, only while a visitor has a portal', async () => {
    const { host, events } = setup();
    host.reportPage('login', null);
    await host.open({ target: 'educonnect', bounds });
    host.reportPage('login', 'identifiant');
    host.reportPage(null, null);
    expect(events).toEqual([
      { type: 'recognised', page: 'login', field: 'identifiant' },
      { type: 'recognised', page: null, field: null },
    ]);
    await host.destroy();
    host.reportPage('login', null);
    expect(events.filter((event) => event.type === 'recognised')).toHaveLength(2);
  });

  it('stops telling a listener that unsubscribed', async () => {
    const { host, view } = setup();
    const listener = vi.fn();
    const unsubscribe = host.onEvent(listener);
    await host.open({ target: 'educonnect', bounds });
    unsubscribe();
    view().webContents.emit('did-start-loading');
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps telling other listeners when one throws', async () => {
    const { host, view, events } = setup();
    host.onEvent(() => {
      throw new Error('listener bug');
    });
    await host.open({ target: 'educonnect', bounds });
    view().webContents.emit('unresponsive');
    expect(events).toEqual([{ type: 'crashed' }]);
  });

  it('drops everything from a portal once its visit ended', async () => {
    const { host, view, events } = setup();
    await host.open({ target: 'educonnect', bounds });
    await host.destroy();
    events.length = 0;
    view().webContents.emit('did-start-loading');
    view().webContents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 0 });
    view().webContents.emit('will-navigate', { url: 'https://evil.example/' });
    host.reportFocus('text');
    host.reportActivity();
    expect(events).toEqual([]);
    expect(host.portalContentsId()).toBeUndefined();
  });
});

describe('ElectronPortalHost: the longest visit', () => {
  const timeLimit = { maxVisitSeconds: 1200, countdownSeconds: 20 };

  it('starts the final countdown before the limit and ends the visit at it, whatever the activity', async () => {
    vi.useFakeTimers();
    const { host, view, events } = setup({ timeLimit });
    await host.open({ target: 'educonnect', bounds });
    events.length = 0;
    for (let minute = 0; minute < 19; minute += 1) {
      host.reportActivity();
      await vi.advanceTimersByTimeAsync(60_000);
    }
    expect(events.filter((event) => event.type === 'time-limit')).toEqual([]);
    await vi.advanceTimersByTimeAsync(40_000);
    expect(events.filter((event) => event.type === 'time-limit')).toEqual([{ type: 'time-limit', secondsLeft: 20 }]);
    host.reportActivity();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(events.filter((event) => event.type === 'time-limit')).toEqual([
      { type: 'time-limit', secondsLeft: 20 },
      { type: 'time-limit', secondsLeft: 0 },
    ]);
    expect(host.portalContentsId()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(view().session.clearStorageData).toHaveBeenCalledOnce();
    expect(view().webContents.close).toHaveBeenCalledOnce();
    // The renderer's «endVisit» that follows gets the report of the wipe the shell did, once.
    const report = await host.destroy();
    expect(report.steps.map((step) => step.store)).toContain('storage');
    expect(await host.destroy()).toEqual({ steps: [], totalMs: 0 });
    expect(view().session.clearStorageData).toHaveBeenCalledOnce();
  });

  it('counts each visit from its own start, and stops counting when the visit ends', async () => {
    vi.useFakeTimers();
    const { host, events } = setup({ timeLimit });
    await host.open({ target: 'educonnect', bounds });
    await vi.advanceTimersByTimeAsync(1_000_000);
    await host.destroy();
    await host.open({ target: 'educonnect', bounds });
    events.length = 0;
    await vi.advanceTimersByTimeAsync(1_000_000);
    expect(events.filter((event) => event.type === 'time-limit')).toEqual([]);
    await host.destroy();
    await vi.advanceTimersByTimeAsync(5_000_000);
    expect(events.filter((event) => event.type === 'time-limit')).toEqual([]);
  });
});

describe('ElectronPortalHost.destroy', () => {
  const expectedSteps = ['sign-out', 'view', 'web-contents', 'storage', 'browsing-data', 'auth-cache', 'host-resolver-cache', 'connections', 'cache', 'code-caches'];

  it('hides the view, signs out, removes the view, closes it, then clears the session, in order', async () => {
    const { host, view, journal } = setup();
    await host.open({ target: 'educonnect', bounds });
    journal.length = 0;
    const report = await host.destroy();
    expect(view().setVisible).toHaveBeenLastCalledWith(false);
    expect(journal).toEqual([`loadURL ${logoutUrl}`, 'remove view', 'close web contents', ...sessionClearMethods]);
    expect(report.steps.map((step) => step.store)).toEqual(expectedSteps);
    expect(report.steps.every((step) => step.ok)).toBe(true);
    expect(report.steps.every((step) => Number.isFinite(step.ms) && step.ms >= 0)).toBe(true);
  });

  it('completes when sign-out hangs, after 2 s for it', async () => {
    vi.useFakeTimers();
    const { host, view, journal } = setup();
    await host.open({ target: 'educonnect', bounds });
    view().webContents.loadResult = () => new Promise(() => undefined);
    journal.length = 0;
    const done = vi.fn();
    const wiping = host.destroy().then((report) => {
      done();
      return report;
    });
    await vi.advanceTimersByTimeAsync(1_999);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    const report = await wiping;
    expect(report.steps[0]).toEqual({ store: 'sign-out', ok: false, ms: 2_000 });
    expect(report.steps.slice(1).every((step) => step.ok)).toBe(true);
    expect(journal.slice(1)).toEqual(['remove view', 'close web contents', ...sessionClearMethods]);
  });

  it('completes when sign-out fails, and when every clearing step throws, rejects or hangs', async () => {
    vi.useFakeTimers();
    const { host, view, journal } = setup();
    await host.open({ target: 'educonnect', bounds });
    const portal = view();
    portal.webContents.loadResult = () => Promise.reject(new Error('ERR_FAILED'));
    portal.session.clearResults.set('clearStorageData', () => {
      throw new Error('storage');
    });
    portal.session.clearResults.set('clearData', () => Promise.reject(new Error('data')));
    portal.session.clearResults.set('clearAuthCache', () => new Promise(() => undefined));
    journal.length = 0;
    const wiping = host.destroy();
    await vi.advanceTimersByTimeAsync(10_000);
    const report = await wiping;
    expect(report.steps.map((step) => [step.store, step.ok])).toEqual([
      ['sign-out', false],
      ['view', true],
      ['web-contents', true],
      ['storage', false],
      ['browsing-data', false],
      ['auth-cache', false],
      ['host-resolver-cache', true],
      ['connections', true],
      ['cache', true],
      ['code-caches', true],
    ]);
    expect(journal).toEqual([`loadURL ${logoutUrl}`, 'remove view', 'close web contents', ...sessionClearMethods]);
  });

  it('completes when removing the view or closing the page throws', async () => {
    const { host, view, window } = setup();
    await host.open({ target: 'educonnect', bounds });
    window.removeView.mockImplementationOnce(() => {
      throw new Error('view gone');
    });
    view().webContents.close.mockImplementationOnce(() => {
      throw new Error('contents gone');
    });
    const report = await host.destroy();
    expect(report.steps.filter((step) => !step.ok).map((step) => step.store)).toEqual(['view', 'web-contents']);
    expect(view().session.clearCache).toHaveBeenCalledOnce();
  });

  it('skips sign-out when the logout address is not on the allow-list', async () => {
    const { host, view } = setup({ logoutUrl: 'https://evil.example/logout' });
    await host.open({ target: 'educonnect', bounds });
    const report = await host.destroy();
    expect(report.steps.map((step) => step.store)).toEqual(expectedSteps.slice(1));
    expect(view().webContents.loadURL).toHaveBeenCalledTimes(1);
  });

  it('does not close an already destroyed page again', async () => {
    const { host, view } = setup();
    await host.open({ target: 'educonnect', bounds });
    view().webContents.destroyed = true;
    const report = await host.destroy();
    expect(view().webContents.close).not.toHaveBeenCalled();
    expect(report.steps.find((step) => step.store === 'sign-out')?.ok).toBe(false);
    expect(report.steps.find((step) => step.store === 'web-contents')?.ok).toBe(true);
  });

  it('returns an empty report without a portal, and one wipe for concurrent calls', async () => {
    const { host, views } = setup();
    expect(await host.destroy()).toEqual({ steps: [], totalMs: 0 });
    await host.open({ target: 'educonnect', bounds });
    const first = host.destroy();
    const second = host.destroy();
    expect(second).toBe(first);
    await first;
    expect(views[0]?.session.clearStorageData).toHaveBeenCalledOnce();
  });

  it('opens the next visitor only after the previous one is wiped', async () => {
    vi.useFakeTimers();
    const { host, views } = setup();
    await host.open({ target: 'educonnect', bounds });
    const first = views[0];
    if (first === undefined) throw new Error('no view');
    first.webContents.loadResult = () => new Promise(() => undefined);
    const wiping = host.destroy();
    const opening = host.open({ target: 'educonnect', bounds });
    await vi.advanceTimersByTimeAsync(0);
    expect(views).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2_000);
    await wiping;
    await opening;
    expect(views).toHaveLength(2);
    expect(views[1]?.partition).not.toBe(first.partition);
  });
});
