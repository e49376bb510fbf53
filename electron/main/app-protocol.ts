import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Net, Protocol } from 'electron';
import { appHost, appScheme } from '../../common/security/app-origin.ts';
import { contentSecurityPolicy } from '../../common/security/content-security-policy.ts';

/**
 * Maps an `app://kiosk/…` request to a file inside `rootDir`, or `undefined` when the request is
 * for another host, escapes the root, or is malformed. `/` serves `index.html`.
 */
export function resolveAppFile(rootDir: string, requestUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const file = path.resolve(root, relative);
  return file.startsWith(root + path.sep) ? file : undefined;
}

/** Security headers sent with every file of the host page. */
export const appResponseHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Serves the built renderer on `app://kiosk/` with the strict Content-Security-Policy.
 * The scheme must have been registered as privileged before the app is ready.
 */
export function setupAppProtocol(protocol: Pick<Protocol, 'handle'>, net: Pick<Net, 'fetch'>, rootDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const file = resolveAppFile(rootDir, request.url);
    if (file === undefined) return new Response('Not found', { status: 404 });
    // `net.fetch` rejects for a missing `file:` (it never answers a non-ok response for one).
    const response = await net.fetch(pathToFileURL(file).toString()).catch(() => undefined);
    if (response === undefined || !response.ok) return new Response('Not found', { status: 404 });
    const headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(appResponseHeaders)) headers.set(name, value);
    return new Response(response.body, { status: 200, headers });
  });
}

/** Declares `app:` a standard, secure scheme. Must run before the app's `ready` event. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}
