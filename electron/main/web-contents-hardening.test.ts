import { describe, expect, it } from 'vitest';
import { createLogger } from './log.ts';
import { FakeEmitter, FakeWebContents } from './test-support/fake-web-contents.ts';
import { hardenWebContents, setupWebContentsHardening } from './web-contents-hardening.ts';

const silent = createLogger(() => undefined);
const hostId = 1;
const policy = { isHostContents: (contents: { id: number }) => contents.id === hostId };

describe('hardenWebContents', () => {
  it('denies every new window', () => {
    const contents = new FakeWebContents(2);
    hardenWebContents(contents as never, policy, silent);
    expect(contents.windowOpenHandler?.({ url: 'https://educonnect.education.gouv.fr/' })).toEqual({ action: 'deny' });
  });

  it('refuses <webview> attachment', () => {
    const contents = new FakeWebContents(2);
    hardenWebContents(contents as never, policy, silent);
    expect(contents.emit('will-attach-webview').preventDefault).toHaveBeenCalledOnce();
  });

  it('refuses any navigation or redirect of the host window', () => {
    const host = new FakeWebContents(hostId);
    hardenWebContents(host as never, policy, silent);
    expect(host.emit('will-navigate', { url: 'https://evil.example/' }).preventDefault).toHaveBeenCalledOnce();
    expect(host.emit('will-redirect', { url: 'https://evil.example/' }).preventDefault).toHaveBeenCalledOnce();
  });

  it('leaves the navigation of other web contents to their own policy', () => {
    const portal = new FakeWebContents(5);
    hardenWebContents(portal as never, policy, silent);
    expect(portal.listeners.has('will-navigate')).toBe(false);
  });
});

describe('setupWebContentsHardening', () => {
  it('hardens every web contents the app creates', () => {
    const app = new FakeEmitter();
    setupWebContentsHardening(app as never, policy, silent);
    const created = new FakeWebContents(9);
    app.emit('web-contents-created', created);
    expect(created.setWindowOpenHandler).toHaveBeenCalledOnce();
    expect(created.listeners.has('will-attach-webview')).toBe(true);
  });
});
