import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appResponseHeaders, resolveAppFile, setupAppProtocol } from './app-protocol.ts';

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

describe('setupAppProtocol', () => {
  type Handler = (request: Request) => Promise<Response>;

  function serve(fetch: (url: string) => Promise<Response>): Handler {
    let handler: Handler | undefined;
    setupAppProtocol({ handle: (_scheme: string, registered: Handler) => (handler = registered) } as never, { fetch } as never, root);
    if (handler === undefined) throw new Error('no handler registered');
    return handler;
  }

  it('answers 404 for a missing file: net.fetch rejects for one, it never answers non-ok', async () => {
    const handler = serve(() => Promise.reject(new Error('net::ERR_FILE_NOT_FOUND')));
    const response = await handler(new Request('app://kiosk/assets/missing.js'));
    expect(response.status).toBe(404);
  });

  it('serves a file with the security headers', async () => {
    const handler = serve(() => Promise.resolve(new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } })));
    const response = await handler(new Request('app://kiosk/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(appResponseHeaders['Content-Security-Policy']);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('answers 404 outside the renderer folder without reading anything', async () => {
    let read = 0;
    const handler = serve(() => {
      read += 1;
      return Promise.resolve(new Response('x'));
    });
    expect((await handler(new Request('app://evil/index.html'))).status).toBe(404);
    expect(read).toBe(0);
  });
});
