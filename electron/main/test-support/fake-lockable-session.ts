import { vi } from 'vitest';
import { FakeEmitter } from './fake-web-contents.ts';

type Handler = (...args: unknown[]) => unknown;

/** A fake session recording the handlers a lockdown sets, so a test can call them as Chromium would. */
export class FakeLockableSession extends FakeEmitter {
  readonly handlers = new Map<string, Handler>();

  private recording(name: string) {
    return vi.fn((handler: Handler | null) => {
      if (handler === null) this.handlers.delete(name);
      else this.handlers.set(name, handler);
    });
  }

  setPermissionRequestHandler = this.recording('permission-request');
  setPermissionCheckHandler = this.recording('permission-check');
  setDevicePermissionHandler = this.recording('device-permission');
  setDisplayMediaRequestHandler = this.recording('display-media');
  setBluetoothPairingHandler = this.recording('bluetooth-pairing');
  setSpellCheckerEnabled = vi.fn();

  /** Calls a recorded handler; throws when none was set (an open door). */
  call(name: string, ...args: unknown[]): unknown {
    const handler = this.handlers.get(name);
    if (handler === undefined) throw new Error(`no ${name} handler: Electron's default applies`);
    return handler(...args);
  }
}
