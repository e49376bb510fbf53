import { describe, expect, it } from 'vitest';
import { probePortal, type ProbeFetch } from './portal-probe.ts';

const address = 'https://educonnect.education.gouv.fr/';

/** A fetch answering each method with the given status, recording the calls. */
function answering(statuses: Partial<Record<'HEAD' | 'GET', number>>) {
  const calls: string[] = [];
  const fetch: ProbeFetch = async (url, init) => {
    calls.push(`${init.method} ${url}`);
    return { status: statuses[init.method] ?? 200 };
  };
  return { fetch, calls };
}

describe('probePortal', () => {
  it('is reachable when the portal answers a HEAD request', async () => {
    const { fetch, calls } = answering({ HEAD: 200 });
    await expect(probePortal(fetch, address)).resolves.toEqual({ reachable: true, address, detail: 'répond (HTTP 200)' });
    expect(calls).toEqual([`HEAD ${address}`]);
  });

  it('counts a client error as an answer from the server', async () => {
    const { fetch } = answering({ HEAD: 403 });
    expect((await probePortal(fetch, address)).reachable).toBe(true);
  });

  it('falls back to GET when the server refuses HEAD', async () => {
    const { fetch, calls } = answering({ HEAD: 405, GET: 200 });
    expect((await probePortal(fetch, address)).reachable).toBe(true);
    expect(calls).toEqual([`HEAD ${address}`, `GET ${address}`]);
  });

  it('is not reachable on a server error, and says which', async () => {
    const { fetch } = answering({ HEAD: 503 });
    await expect(probePortal(fetch, address)).resolves.toEqual({ reachable: false, address, detail: 'répond avec une erreur (HTTP 503)' });
  });

  it('gives up after the timeout', async () => {
    const hanging: ProbeFetch = (_url, init) =>
      new Promise((_resolve, reject) => {
        init.signal.addEventListener('abort', () => reject(init.signal.reason as Error));
      });
    await expect(probePortal(hanging, address, 20)).resolves.toEqual({ reachable: false, address, detail: 'pas de réponse en 1 s' });
  });

  it('says the portal is unreachable on a network error, without throwing', async () => {
    const failing: ProbeFetch = async () => {
      throw new TypeError('net::ERR_NAME_NOT_RESOLVED');
    };
    const result = await probePortal(failing, address);
    expect(result.reachable).toBe(false);
    expect(result.detail).toContain('injoignable');
  });
});
