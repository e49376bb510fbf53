import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '../log.ts';
import { FakeEmitter } from '../test-support/fake-web-contents.ts';
import { setupAppLockdown } from './app-lockdown.ts';

function locked() {
  const app = new FakeEmitter();
  const lines: string[] = [];
  setupAppLockdown(app as never, createLogger((line) => lines.push(line)));
  return { app, lines };
}

describe('setupAppLockdown', () => {
  it('cancels HTTP authentication: no native prompt, no credentials, the page gets the error', () => {
    const { app, lines } = locked();
    const callback = vi.fn();
    const event = app.emit('login', {}, { url: 'https://famille-durand.intranet.example/login' }, { isProxy: false }, callback);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(callback).toHaveBeenCalledWith();
    expect(lines.join('\n')).toContain('intranet.example');
    expect(lines.join('\n')).not.toContain('famille-durand');
  });

  it('refuses a certificate error', () => {
    const { app } = locked();
    const callback = vi.fn();
    const event = app.emit('certificate-error', {}, 'https://educonnect.education.gouv.fr/', 'net::ERR_CERT_DATE_INVALID', {}, callback, true);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('offers no client certificate (Electron would pick the first one installed)', () => {
    const { app } = locked();
    const callback = vi.fn();
    const event = app.emit('select-client-certificate', {}, 'https://educonnect.education.gouv.fr/', [{ subjectName: 'Kiosk' }], callback);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(callback).toHaveBeenCalledWith();
  });
});
