import { describe, expect, it } from 'vitest';
import { createLogger } from './log.ts';
import { FakeEmitter, FakeWebContents } from './test-support/fake-web-contents.ts';
import { hardenWebContents, lockNavigation, setupWebContentsHardening } from './web-contents-hardening.ts';

const silent = createLogger(() => undefined);
const portalId = 5;
const policy = { hasOwnNavigationPolicy: (contents: { id: number }) => contents.id === portalId };
const evil = { url: 'https://evil.example/', isMainFrame: true };

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

  it('refuses any navigation, redirect or frame of a kiosk page (host window, print window)', () => {
    const host = new FakeWebContents(1);
    hardenWebContents(host as never, policy, silent);
    expect(host.emitEvent('will-navigate', evil).preventDefault).toHaveBeenCalledOnce();
    expect(host.emitEvent('will-redirect', evil).preventDefault).toHaveBeenCalledOnce();
    expect(host.emitEvent('will-frame-navigate', { ...evil, isMainFrame: false }).preventDefault).toHaveBeenCalledOnce();
  });

  it('leaves the navigation of a portal view to its own allow-list', () => {
    const portal = new FakeWebContents(portalId);
    hardenWebContents(portal as never, policy, silent);
    expect(portal.emitEvent('will-navigate', evil).preventDefault).not.toHaveBeenCalled();
    expect(portal.emitEvent('will-redirect', evil).preventDefault).not.toHaveBeenCalled();
    expect(portal.emitEvent('will-frame-navigate', { ...evil, isMainFrame: false }).preventDefault).not.toHaveBeenCalled();
  });

  it('asks the policy at each event, not when the contents was created', () => {
    const owned = new Set<number>();
    const later = new FakeWebContents(7);
    hardenWebContents(later as never, { hasOwnNavigationPolicy: (contents) => owned.has(contents.id) }, silent);
    owned.add(7);
    expect(later.emitEvent('will-navigate', evil).preventDefault).not.toHaveBeenCalled();
    owned.delete(7);
    expect(later.emitEvent('will-navigate', evil).preventDefault).toHaveBeenCalledOnce();
  });
});

describe('lockNavigation', () => {
  it('refuses every navigation and redirect of the contents it is given', () => {
    const host = new FakeWebContents(1);
    lockNavigation(host as never, silent);
    expect(host.emitEvent('will-navigate', evil).preventDefault).toHaveBeenCalledOnce();
    expect(host.emitEvent('will-redirect', evil).preventDefault).toHaveBeenCalledOnce();
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
    expect(created.emitEvent('will-navigate', evil).preventDefault).toHaveBeenCalledOnce();
  });
});
