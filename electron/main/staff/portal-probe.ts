/**
 * Whether the EduConnect portal answers, for the staff screen: a HEAD request (GET when the server
 * refuses HEAD) with a short timeout, from a session that keeps nothing on disk. Any HTTP answer
 * below 500 means the portal is reachable (a 403 or 404 still comes from the server).
 */
import type { PortalReachability } from '../../../common/staff/staff-bridge.ts';

/** The fetch the probe needs (`session.fetch` of an in-memory session in the kiosk). */
export type ProbeFetch = (
  url: string,
  init: { readonly method: 'HEAD' | 'GET'; readonly signal: AbortSignal; readonly cache: 'no-store' },
) => Promise<{ readonly status: number }>;

/** How long the probe waits for an answer, in ms. */
export const portalProbeTimeoutMs = 5_000;

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

/** Probes `address` once; never throws. */
export async function probePortal(fetch: ProbeFetch, address: string, timeoutMs: number = portalProbeTimeoutMs): Promise<PortalReachability> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    let response = await fetch(address, { method: 'HEAD', signal, cache: 'no-store' });
    if (response.status === 405 || response.status === 501) response = await fetch(address, { method: 'GET', signal, cache: 'no-store' });
    const status = String(response.status);
    if (response.status >= 500) return { reachable: false, address, detail: `répond avec une erreur (HTTP ${status})` };
    if (response.status < 100) return { reachable: false, address, detail: 'réponse illisible' };
    return { reachable: true, address, detail: `répond (HTTP ${status})` };
  } catch (error) {
    if (isAbort(error) || signal.aborted) {
      return { reachable: false, address, detail: `pas de réponse en ${String(Math.ceil(timeoutMs / 1000))} s` };
    }
    return { reachable: false, address, detail: 'injoignable (pas de réseau, DNS ou proxy ?)' };
  }
}
