/** The custom scheme the kiosk's renderer is served from (never `file://`). */
export const appScheme = 'app';

/** The host of the kiosk's renderer: pages load from `app://kiosk/…`. */
export const appHost = 'kiosk';

/** The address of the renderer's entry page. */
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

/** An origin the host window may be served from, compared on scheme and host. */
export interface TrustedOrigin {
  /** The scheme with its colon, e.g. `app:`. */
  readonly protocol: string;
  /** The host with its port, if any, e.g. `kiosk` or `127.0.0.1:5173`. */
  readonly host: string;
}

/** The kiosk's own origin. */
export const appOrigin: TrustedOrigin = { protocol: `${appScheme}:`, host: appHost };

/**
 * True when `url` belongs to one of the trusted origins. Compares the parsed scheme and host,
 * because WHATWG URL gives custom schemes an opaque `null` origin.
 */
export function isTrustedOriginUrl(url: string, trusted: readonly TrustedOrigin[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username !== '' || parsed.password !== '') return false;
  return trusted.some((origin) => origin.protocol === parsed.protocol && origin.host === parsed.host);
}
