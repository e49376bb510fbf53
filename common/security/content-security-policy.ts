/**
 * The Content-Security-Policy of the kiosk's host page. Scripts, styles, fonts and images come
 * from the app's own origin only; no inline script, no eval, no plugin, no framing, no form posts.
 */

/** Extra sources the browser preview needs (it frames the demo portal). */
export interface CspAdditions {
  /** Origins allowed in `frame-src` (the preview's demo portal). */
  readonly frameSources?: readonly string[];
  /** Origins allowed in `connect-src` (the dev server's hot reload socket). */
  readonly connectSources?: readonly string[];
}

/** Builds the Content-Security-Policy header value. */
export function contentSecurityPolicy(additions: CspAdditions = {}): string {
  const frames = additions.frameSources ?? [];
  const connects = additions.connectSources ?? [];
  const directives: Record<string, readonly string[]> = {
    'default-src': ["'none'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': connects.length > 0 ? ["'self'", ...connects] : ["'self'"],
    'frame-src': frames.length > 0 ? frames : ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
