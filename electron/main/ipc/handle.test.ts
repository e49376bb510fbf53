import { describe, expect, it, vi } from 'vitest';
import type { KioskHandlers } from '../../../common/bridge/dispatch.ts';
import type { ConfigSnapshot } from '../../../common/config/config-snapshot.ts';
import type { LanguageTexts } from '../../../common/guide/language-fallback.ts';
import type { GuideSnapshot } from '../../../common/guide/load-guide.ts';
import { appOrigin } from '../../../common/security/app-origin.ts';
import { createBridgeListener } from './handle.ts';
import type { IpcSenderLike } from './sender-policy.ts';
import { staffHandlerStubs } from '../staff/test-support/staff-handler-stubs.ts';

const hostId = 7;
const mainFrame = { url: 'app://kiosk/index.html', parent: null };
const fromHost: IpcSenderLike = { sender: { id: hostId }, senderFrame: mainFrame };

function setup() {
  const snapshot = { source: 'bundled', problems: [] } as unknown as ConfigSnapshot;
  const handlers = {
    getConfig: vi.fn(() => snapshot),
    getAppInfo: vi.fn(() => ({ productName: 'Borne EduConnect', version: '0.1.0', shell: 'electron', mode: 'public', kiosk: true }) as const),
    getGuide: vi.fn(() => ({ source: 'bundled', problems: [] }) as unknown as GuideSnapshot),
    getGuideTexts: vi.fn(() => ({ texts: {}, gaps: [] }) as unknown as LanguageTexts),
    portalOpen: vi.fn(() => null),
    portalSetBounds: vi.fn(() => null),
    portalSetVisible: vi.fn(() => null),
    portalNavigate: vi.fn(() => null),
    portalType: vi.fn(() => null),
    printSlip: vi.fn(() => ({ ok: false, reason: 'no-printer' }) as const),
    endVisit: vi.fn(() => ({ steps: [], totalMs: 0 })),
    ...staffHandlerStubs(),
  } satisfies KioskHandlers;
  const log = vi.fn<(line: string) => void>();
  const listener = createBridgeListener({
    policy: { hostWebContentsId: () => hostId, trustedOrigins: [appOrigin] },
    handlers,
    log,
  });
  return { listener, handlers, log, snapshot };
}

describe('the bridge handle() wrapper', () => {
  it('validates the portal payloads: bounds outside limits and unknown keys are refused', async () => {
    const { listener, handlers } = setup();
    const refused = [
      { method: 'portalSetBounds', payload: { x: 0, y: 0, width: Number.NaN, height: 10 } },
      { method: 'portalSetBounds', payload: { x: -1, y: 0, width: 10, height: 10 } },
      { method: 'portalOpen', payload: { target: 'https://evil.example/', bounds: { x: 0, y: 0, width: 10, height: 10 } } },
      { method: 'portalType', payload: { kind: 'key', key: 'F12' } },
      { method: 'portalType', payload: { kind: 'text', text: '' } },
      { method: 'portalNavigate', payload: { action: 'devtools' } },
    ];
    for (const envelope of refused) {
      const result = await listener(fromHost, envelope);
      expect(result.ok ? 'handled' : result.error.code, envelope.method).toBe('invalid-payload');
    }
    expect(handlers.portalSetBounds).not.toHaveBeenCalled();
    expect(handlers.portalOpen).not.toHaveBeenCalled();
    expect(handlers.portalType).not.toHaveBeenCalled();
    await expect(listener(fromHost, { method: 'portalType', payload: { kind: 'text', text: 'é' } })).resolves.toEqual({ ok: true, value: null });
    expect(handlers.portalType).toHaveBeenCalledWith({ kind: 'text', text: 'é' });
  });

  it('handles a valid call from the host window', async () => {
    const { listener, handlers, snapshot } = setup();
    await expect(listener(fromHost, { method: 'getConfig', payload: undefined })).resolves.toEqual({ ok: true, value: snapshot });
    expect(handlers.getConfig).toHaveBeenCalledOnce();
  });

  it.each([
    ['another web contents (the portal)', { sender: { id: 99 }, senderFrame: mainFrame }],
    ['a sub-frame of the host window', { sender: { id: hostId }, senderFrame: { url: mainFrame.url, parent: mainFrame } }],
    ['a destroyed frame', { sender: { id: hostId }, senderFrame: null }],
    ['another origin in the host window', { sender: { id: hostId }, senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a look-alike app host', { sender: { id: hostId }, senderFrame: { url: 'app://kiosk.evil/index.html', parent: null } }],
    ['a file:// page', { sender: { id: hostId }, senderFrame: { url: 'file:///index.html', parent: null } }],
  ] satisfies [string, IpcSenderLike][])('refuses a call from %s, before looking at the payload', async (_name, event) => {
    const { listener, handlers, log } = setup();
    await expect(listener(event, { method: 'getConfig', payload: undefined })).resolves.toEqual({
      ok: false,
      error: { code: 'forbidden-sender', message: 'Forbidden sender' },
    });
    expect(handlers.getConfig).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith('bridge: refused a call from an untrusted sender');
  });

  it('refuses a call when the host window does not exist yet', async () => {
    const { handlers } = setup();
    const listener = createBridgeListener({
      policy: { hostWebContentsId: () => undefined, trustedOrigins: [appOrigin] },
      handlers,
      log: () => undefined,
    });
    const result = await listener(fromHost, { method: 'getConfig' });
    expect(result.ok).toBe(false);
    expect(handlers.getConfig).not.toHaveBeenCalled();
  });

  it('refuses an invalid payload with a typed error and never calls the handler or logs the payload', async () => {
    const { listener, handlers, log } = setup();
    const secret = 'jean.dupont@example.fr';
    await expect(listener(fromHost, { method: 'getConfig', payload: { email: secret } })).resolves.toEqual({
      ok: false,
      error: { code: 'invalid-payload', message: 'Invalid payload for getConfig' },
    });
    expect(handlers.getConfig).not.toHaveBeenCalled();
    expect(log.mock.calls.flat().join('\n')).not.toContain(secret);
  });

  it.each([
    ['an unknown method', { method: 'openDevTools', payload: undefined }],
    ['an inherited property name', { method: 'constructor' }],
    ['a missing method', { payload: 1 }],
    ['a non-object envelope', 'getConfig'],
    ['null', null],
  ])('refuses %s with a typed error', async (_name, envelope) => {
    const { listener, handlers } = setup();
    await expect(listener(fromHost, envelope)).resolves.toEqual({
      ok: false,
      error: { code: 'unknown-method', message: 'Unknown bridge method' },
    });
    expect(handlers.getConfig).not.toHaveBeenCalled();
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
  });

  it('turns a handler failure into a typed error without its message', async () => {
    const { listener, handlers, log } = setup();
    handlers.getAppInfo.mockImplementation(() => {
      throw new Error('secret detail');
    });
    await expect(listener(fromHost, { method: 'getAppInfo' })).resolves.toEqual({
      ok: false,
      error: { code: 'handler-failed', message: 'getAppInfo failed' },
    });
    expect(log.mock.calls.flat().join('\n')).not.toContain('secret detail');
  });
});
