import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '../log.ts';
import { type BlockedNavigation, hardenPortalContents, hardenPortalSession } from './portal-session-hardening.ts';
import { FakePortalView } from './test-support/fake-portal.ts';

const allowedHosts = ['educonnect.education.gouv.fr', '*.index-education.net'];
const allowedUrl = 'https://educonnect.education.gouv.fr/idp/profile/SAML2/Redirect/SSO?execution=e1s1';
const evilUrl = 'https://evil.example/phish?login=parent';

function hardened() {
  const view = new FakePortalView('portal-visitor-test', 7);
  const blocked: BlockedNavigation[] = [];
  const lines: string[] = [];
  const options = {
    allowedHosts: () => allowedHosts,
    onBlocked: (navigation: BlockedNavigation) => blocked.push(navigation),
    log: createLogger((line) => lines.push(line)),
  };
  hardenPortalSession(view.session as never, options);
  hardenPortalContents(view.webContents as never, options);
  return { view, contents: view.webContents, session: view.session, blocked, lines };
}

describe('hardenPortalSession: the session', () => {
  it('denies every permission request', () => {
    const { session } = hardened();
    const callback = vi.fn();
    session.permissionRequestHandler?.({}, 'media', callback, {});
    session.permissionRequestHandler?.({}, 'geolocation', callback, {});
    expect(callback.mock.calls).toEqual([[false], [false]]);
  });

  it('answers every permission check and device request with a refusal', () => {
    const { session } = hardened();
    expect(session.permissionCheckHandler?.(null, 'clipboard-read', 'https://educonnect.education.gouv.fr', {})).toBe(false);
    expect(session.permissionCheckHandler?.(null, 'notifications', 'https://educonnect.education.gouv.fr', {})).toBe(false);
    expect(session.devicePermissionHandler?.({ deviceType: 'usb', origin: 'https://educonnect.education.gouv.fr' })).toBe(false);
  });

  it('cancels every download', () => {
    const { session } = hardened();
    expect(session.emit('will-download', {}, { getFilename: () => 'x.pdf' }).preventDefault).toHaveBeenCalledOnce();
  });

  it('refuses certificates Chromium could not verify and defers to Chromium otherwise', () => {
    const { session } = hardened();
    const results: number[] = [];
    session.certificateVerifyProc?.({ errorCode: -202 }, (result) => results.push(result));
    session.certificateVerifyProc?.({ errorCode: -201 }, (result) => results.push(result));
    session.certificateVerifyProc?.({ errorCode: 0 }, (result) => results.push(result));
    expect(results).toEqual([-2, -2, -3]);
  });

  it('turns the spellchecker off', () => {
    const { session } = hardened();
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });

  it('gates main- and sub-frame requests on the allow-list', () => {
    const { session, blocked } = hardened();
    expect(session.beforeRequest?.filter).toEqual({ urls: ['<all_urls>'], types: ['mainFrame', 'subFrame'] });
    expect(session.request(allowedUrl, 'mainFrame')).toBe(false);
    expect(session.request('https://0690026d.index-education.net/pronote/', 'subFrame')).toBe(false);
    expect(session.request(evilUrl, 'mainFrame')).toBe(true);
    expect(session.request('http://educonnect.education.gouv.fr/', 'mainFrame')).toBe(true);
    expect(session.request('https://ads.example/frame', 'subFrame')).toBe(true);
    expect(blocked).toEqual([
      { host: 'evil.example', mainFrame: true },
      { host: 'educonnect.education.gouv.fr', mainFrame: true },
      { host: 'ads.example', mainFrame: false },
    ]);
  });
});

describe('hardenPortalSession: the web contents', () => {
  it('refuses certificate errors', () => {
    const { contents } = hardened();
    const callback = vi.fn();
    const event = contents.emit('certificate-error', {}, 'https://educonnect.education.gouv.fr/', 'net::ERR_CERT_AUTHORITY_INVALID', {}, callback, true);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('denies every new window, loading an allowed popup address in the same view', () => {
    const { contents, blocked } = hardened();
    expect(contents.windowOpenHandler?.({ url: allowedUrl })).toEqual({ action: 'deny' });
    expect(contents.loadURL).toHaveBeenCalledWith(allowedUrl);
    expect(contents.windowOpenHandler?.({ url: evilUrl })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'about:blank' })).toEqual({ action: 'deny' });
    expect(contents.loadURL).toHaveBeenCalledTimes(1);
    expect(blocked).toEqual([
      { host: 'evil.example', mainFrame: true },
      { host: '', mainFrame: true },
    ]);
  });

  it.each(['will-navigate', 'will-redirect'])('cancels %s to a disallowed address and lets allowed ones pass', (name) => {
    const { contents, blocked } = hardened();
    expect(contents.emit(name, { url: allowedUrl, isMainFrame: true }).preventDefault).not.toHaveBeenCalled();
    expect(contents.emit(name, { url: evilUrl, isMainFrame: true }).preventDefault).toHaveBeenCalledOnce();
    expect(contents.emit(name, { url: 'javascript:alert(1)', isMainFrame: true }).preventDefault).toHaveBeenCalledOnce();
    expect(contents.emit(name, { url: 'https://educonnect.education.gouv.fr:8443/', isMainFrame: true }).preventDefault).toHaveBeenCalledOnce();
    expect(blocked).toEqual([
      { host: 'evil.example', mainFrame: true },
      { host: '', mainFrame: true },
      { host: 'educonnect.education.gouv.fr', mainFrame: true },
    ]);
  });

  it('cancels will-frame-navigate to a disallowed address in any frame', () => {
    const { contents, blocked } = hardened();
    expect(contents.emit('will-frame-navigate', { url: allowedUrl, isMainFrame: true }).preventDefault).not.toHaveBeenCalled();
    expect(contents.emit('will-frame-navigate', { url: evilUrl, isMainFrame: true }).preventDefault).toHaveBeenCalledOnce();
    expect(contents.emit('will-frame-navigate', { url: 'data:text/html,x', isMainFrame: false }).preventDefault).toHaveBeenCalledOnce();
    expect(blocked).toEqual([
      { host: 'evil.example', mainFrame: true },
      { host: '', mainFrame: false },
    ]);
  });

  it('lets frames inside the page, never the page itself, hold an empty document', () => {
    const { contents, session } = hardened();
    expect(contents.emit('will-frame-navigate', { url: 'about:blank', isMainFrame: false }).preventDefault).not.toHaveBeenCalled();
    expect(contents.emit('will-frame-navigate', { url: 'about:srcdoc', isMainFrame: false }).preventDefault).not.toHaveBeenCalled();
    expect(contents.emit('will-frame-navigate', { url: 'about:blank', isMainFrame: true }).preventDefault).toHaveBeenCalledOnce();
    expect(contents.emit('will-navigate', { url: 'about:blank', isMainFrame: true }).preventDefault).toHaveBeenCalledOnce();
    expect(session.request('about:blank', 'mainFrame')).toBe(true);
  });

  it('closes the devtools whenever they open', () => {
    const { contents } = hardened();
    contents.emit('devtools-opened');
    expect(contents.closeDevTools).toHaveBeenCalledOnce();
  });

  it('installs every handler', () => {
    const { contents, session } = hardened();
    expect([...contents.listeners.keys()].sort()).toEqual(
      ['certificate-error', 'devtools-opened', 'will-frame-navigate', 'will-navigate', 'will-redirect'].sort(),
    );
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
    expect([...session.listeners.keys()].sort()).toEqual(['select-hid-device', 'select-serial-port', 'select-usb-device', 'will-download']);
    for (const setter of [
      session.setPermissionRequestHandler,
      session.setPermissionCheckHandler,
      session.setDevicePermissionHandler,
      session.setDisplayMediaRequestHandler,
      session.setBluetoothPairingHandler,
      session.setCertificateVerifyProc,
      session.webRequest.onBeforeRequest,
    ]) {
      expect(setter).toHaveBeenCalledOnce();
    }
  });

  it('logs refused hosts, never the path or query of a refused address', () => {
    const { contents, session, lines } = hardened();
    contents.emit('will-navigate', { url: evilUrl, isMainFrame: true });
    contents.windowOpenHandler?.({ url: evilUrl });
    session.request(evilUrl, 'mainFrame');
    expect(lines.length).toBe(3);
    expect(lines.every((line) => line.includes('evil.example'))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/phish|login=parent/);
  });

  it('reads the allow-list at each decision', () => {
    const view = new FakePortalView('portal-visitor-test', 8);
    let hosts = ['educonnect.education.gouv.fr'];
    hardenPortalContents(view.webContents as never, { allowedHosts: () => hosts, onBlocked: () => undefined, log: createLogger(() => undefined) });
    expect(view.webContents.emit('will-navigate', { url: 'https://app.franceconnect.gouv.fr/' }).preventDefault).toHaveBeenCalledOnce();
    hosts = [...hosts, 'app.franceconnect.gouv.fr'];
    expect(view.webContents.emit('will-navigate', { url: 'https://app.franceconnect.gouv.fr/' }).preventDefault).not.toHaveBeenCalled();
  });
});
