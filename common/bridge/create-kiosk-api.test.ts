import { describe, expect, it, vi } from 'vitest';
import type { KioskEventName } from './contract.ts';
import { createKioskApi, type BridgeTransport } from './create-kiosk-api.ts';

function fakeTransport() {
  let deliver: ((event: KioskEventName, payload: unknown) => void) | undefined;
  const transport = {
    invoke: vi.fn<BridgeTransport['invoke']>(async (method) => ({ ok: true, value: method })),
    subscribe: vi.fn<BridgeTransport['subscribe']>((listener) => {
      deliver = listener;
      return () => {
        deliver = undefined;
      };
    }),
  };
  return { transport, emit: (event: KioskEventName, payload: unknown) => deliver?.(event, payload) };
}

describe('createKioskApi', () => {
  it('exposes exactly one function per contract method plus on, frozen', () => {
    const api = createKioskApi(fakeTransport().transport);
    expect(Object.keys(api).sort()).toEqual(['endVisit', 'exportStatistics', 'getAppInfo', 'getConfig', 'getGuide', 'getGuideTexts', 'getSelfTestReport', 'getStaffHealth', 'getStatistics', 'on', 'portalNavigate', 'portalOpen', 'portalSetBounds', 'portalSetVisible', 'portalType', 'printSlip', 'quitKiosk', 'recordStatistic', 'reloadConfig', 'restartKiosk', 'runSelfTest', 'staffEndVisit', 'staffLeave', 'staffSetMode', 'staffTouch', 'staffUnlock']);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends the method name and payload through the transport', async () => {
    const { transport } = fakeTransport();
    const api = createKioskApi(transport);
    await expect(api.getConfig()).resolves.toEqual({ ok: true, value: 'getConfig' });
    expect(transport.invoke).toHaveBeenCalledWith('getConfig', undefined);
  });

  it('turns a transport failure into a typed error', async () => {
    const { transport } = fakeTransport();
    transport.invoke.mockRejectedValue(new Error('No handler registered'));
    const api = createKioskApi(transport);
    await expect(api.getAppInfo()).resolves.toEqual({
      ok: false,
      error: { code: 'handler-failed', message: 'getAppInfo: the shell did not answer' },
    });
  });

  it('delivers only the subscribed event, and stops after unsubscribe', () => {
    const { transport, emit } = fakeTransport();
    const api = createKioskApi(transport);
    const listener = vi.fn();
    const unsubscribe = api.on('configChanged', listener);
    emit('configChanged', { source: 'override' });
    unsubscribe();
    emit('configChanged', { source: 'bundled' });
    expect(listener.mock.calls).toEqual([[{ source: 'override' }]]);
  });

  it('refuses to subscribe to an unknown event', () => {
    const api = createKioskApi(fakeTransport().transport);
    expect(() => api.on('devtools' as KioskEventName, () => undefined)).toThrow(TypeError);
  });
});
