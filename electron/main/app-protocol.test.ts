import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appResponseHeaders, resolveAppFile } from './app-protocol.ts';

const root = path.resolve('/opt/borne/build/renderer');

describe('resolveAppFile', () => {
  it.each([
    ['app://kiosk/', 'index.html'],
    ['app://kiosk/index.html', 'index.html'],
    ['app://kiosk/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://kiosk/assets/a%20b.css', 'assets/a b.css'],
    ['app://kiosk/index.html?x=1#top', 'index.html'],
  ])('maps %s inside the renderer folder', (url, relative) => {
    expect(resolveAppFile(root, url)).toBe(path.join(root, relative));
  });

  it.each([
    ['app://kiosk/../../etc/passwd'],
    ['app://kiosk/%2e%2e/%2e%2e/etc/passwd'],
  ])('keeps dot segments of %s inside the root (URL parsing collapses them)', (url) => {
    expect(resolveAppFile(root, url)).toBe(path.join(root, 'etc/passwd'));
  });

  it.each([
    ['an encoded slash escape', 'app://kiosk/..%2f..%2fetc%2fpasswd'],
    ['a NUL byte', 'app://kiosk/index.html%00.js'],
    ['a malformed escape', 'app://kiosk/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppFile(root, url)).toBeUndefined();
  });
});

describe('the app:// response headers', () => {
  it('carry the strict CSP and nosniff', () => {
    expect(appResponseHeaders['Content-Security-Policy']).toContain("script-src 'self'");
    expect(appResponseHeaders['X-Content-Type-Options']).toBe('nosniff');
  });
});
