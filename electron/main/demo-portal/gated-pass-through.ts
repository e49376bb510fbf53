import { isAllowedUrl } from '../../../common/navigation-policy.ts';
import type { DemoPortalSession } from './demo-portal-session.ts';

/**
 * The visitor session as the demo portal's handler sees it, with the requests it passes on held
 * to the allow-list. A custom `https` handler runs before the session's web-request gate, which
 * then never sees the requests the handler answers or forwards: without this, a demonstration
 * page could fetch any site. A refused request fails as a network error, naming nothing.
 */
export function gatedPassThrough(session: DemoPortalSession, allowedHosts: () => readonly string[]): DemoPortalSession {
  return {
    protocol: session.protocol,
    fetch: (request, init) => (isAllowedUrl(request.url, allowedHosts()) ? session.fetch(request, init) : Promise.resolve(Response.error())),
  };
}
