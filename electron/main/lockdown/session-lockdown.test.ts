import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '../log.ts';
import { FakeLockableSession } from '../test-support/fake-lockable-session.ts';
import { lockDownSession } from './session-lockdown.ts';

function locked() {
  const session = new FakeLockableSession();
  const lines: string[] = [];
  lockDownSession(session as never, createLogger((line) => lines.push(line)), 'host');
  return { session, lines };
}

describe('lockDownSession', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'midi', 'fullscreen', 'openExternal'])(
    'denies a %s permission request and logs only its name',
    (permission) => {
      const { session, lines } = locked();
      const callback = vi.fn();
      session.call('permission-request', {}, permission, callback, { requestingUrl: 'https://secret.example/?u=durand' });
      expect(callback).toHaveBeenCalledWith(false);
      expect(lines.join('\n')).toContain(permission);
      expect(lines.join('\n')).not.toContain('durand');
    },
  );

  it('answers every permission check and device permission with no', () => {
    const { session } = locked();
    expect(session.call('permission-check', {}, 'media', 'https://educonnect.education.gouv.fr', {})).toBe(false);
    expect(session.call('device-permission', { deviceType: 'usb', origin: 'https://x.example' })).toBe(false);
  });

  it('refuses screen capture and Bluetooth pairing', () => {
    const { session } = locked();
    const streams = vi.fn();
    session.call('display-media', {}, streams);
    expect(streams).toHaveBeenCalledWith(null);
    const pairing = vi.fn();
    session.call('bluetooth-pairing', { deviceId: 'a', pairingKind: 'confirm' }, pairing);
    expect(pairing).toHaveBeenCalledWith({ confirmed: false });
  });

  it('cancels downloads', () => {
    const { session } = locked();
    expect(session.emit('will-download', {}, {}).preventDefault).toHaveBeenCalledOnce();
  });

  it('cancels the USB, HID and serial device pickers', () => {
    const { session } = locked();
    const usb = vi.fn();
    const hid = vi.fn();
    const serial = vi.fn();
    expect(session.emit('select-usb-device', { deviceList: [{ deviceId: '1' }] }, usb).preventDefault).toHaveBeenCalledOnce();
    expect(session.emit('select-hid-device', { deviceList: [{ deviceId: '1' }] }, hid).preventDefault).toHaveBeenCalledOnce();
    expect(session.emit('select-serial-port', [{ portId: '1' }], {}, serial).preventDefault).toHaveBeenCalledOnce();
    expect(usb).toHaveBeenCalledWith();
    expect(hid).toHaveBeenCalledWith();
    expect(serial).toHaveBeenCalledWith('');
  });

  it('turns spellcheck off', () => {
    const { session } = locked();
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });
});
