/**
 * The response headers of the demo portal's pages, the same in the Electron kiosk and in the
 * preview's server: a strict Content-Security-Policy (everything from the demo origin only, no
 * inline script, no eval, forms posted only to itself), no MIME sniffing, no referrer, no cache.
 */

/** What the end-of-visit page asks the browser to erase for the demo origin. */
export const clearSiteDataValue = '"cookies", "storage", "cache"';

/** A plain `http(s)://host[:port]` origin: a DNS name or IPv4 address, or a bracketed IPv6 one. */
const plainOrigin = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$|^https?:\/\/\[[0-9a-f:]+\](:\d{1,5})?$/;

/**
 * Returns `origin` when it is a plain `http(s)://host[:port]` origin, and throws otherwise: it
 * goes into headers and HTML, where a quote, a space or a `;` would change their meaning.
 */
export function assertPlainOrigin(origin: string): string {
  if (!plainOrigin.test(origin)) throw new Error(`not an origin: ${origin}`);
  return origin;
}

/**
 * The demo pages' Content-Security-Policy. `frameAncestor` is the one origin allowed to frame
 * them (the preview's host page); without it the pages are top-level only (`frame-ancestors
 * 'none'`), as in the Electron kiosk's portal view.
 */
export function demoPortalCsp(frameAncestor?: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    `frame-ancestors ${frameAncestor === undefined ? "'none'" : assertPlainOrigin(frameAncestor)}`,
  ].join('; ');
}

/** The headers every demo portal response carries, besides its content type. */
export function demoPortalHeaders(frameAncestor?: string): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': demoPortalCsp(frameAncestor),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}
