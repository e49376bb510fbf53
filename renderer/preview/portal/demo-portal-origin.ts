/**
 * Where the demo portal is: the preview server publishes its origin (a second port of 127.0.0.1)
 * at `previewPortalEndpoint`. The preview portal allows that origin and no other.
 */
import * as v from 'valibot';
import { previewPortalEndpoint } from '../../../common/preview/preview-endpoints.ts';

const portalInfoSchema = v.object({ origin: v.pipe(v.string(), v.maxLength(200)) });

/**
 * The origin of `value` (`http(s)://host[:port]`), or throws when it is anything more: another
 * scheme, user info, a path, a query or a fragment.
 */
export function normalizeDemoOrigin(value: string): string {
  const url = new URL(value);
  const plain =
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.username === '' &&
    url.password === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    !value.includes('?') &&
    !value.includes('#');
  if (!plain) throw new TypeError('the demo portal origin must be a plain http(s) origin');
  return url.origin;
}

/** Asks the preview server for the demo portal's origin. */
export async function fetchDemoPortalOrigin(fetcher: typeof fetch = fetch): Promise<string> {
  const response = await fetcher(previewPortalEndpoint, { cache: 'no-store' });
  if (!response.ok) throw new Error(`demo portal endpoint answered ${String(response.status)}`);
  const info = v.parse(portalInfoSchema, await response.json());
  return normalizeDemoOrigin(info.origin);
}
