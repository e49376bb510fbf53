/**
 * Whether a link or form in the demo portal may be followed: only to an allowed origin (in the
 * preview, the demo portal's own). A refused destination is reported by its host name only — never
 * its path or query, which may carry personal data — or, for a non-web address, by its scheme.
 */

/** What following an address would do. */
export type Destination =
  | { readonly kind: 'allowed'; readonly url: string }
  | { readonly kind: 'blocked'; readonly host: string }
  /** Not an address at all: the browser would not navigate either. */
  | { readonly kind: 'invalid' };

/** Checks `href` (resolved against the page's `base` address) against the allowed origins. */
export function checkDestination(href: string, base: string, allowedOrigins: readonly string[]): Destination {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return { kind: 'invalid' };
  }
  const web = url.protocol === 'https:' || url.protocol === 'http:';
  if (web && allowedOrigins.includes(url.origin)) return { kind: 'allowed', url: url.href };
  return { kind: 'blocked', host: web && url.hostname !== '' ? url.hostname : url.protocol };
}
