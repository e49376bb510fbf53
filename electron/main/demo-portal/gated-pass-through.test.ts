import { describe, expect, it, vi } from 'vitest';
import type { DemoPortalSession } from './demo-portal-session.ts';
import { gatedPassThrough } from './gated-pass-through.ts';

describe('gatedPassThrough', () => {
  it('forwards allowed requests through the session itself and fails every other as a network error', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response('ok')));
    const session = { protocol: {} as DemoPortalSession['protocol'], fetch } satisfies DemoPortalSession;
    let allowed = ['educonnect.demo.invalid'];
    const gated = gatedPassThrough(session, () => allowed);
    expect(gated.protocol).toBe(session.protocol);
    const init = { bypassCustomProtocolHandlers: true } as const;
    expect((await gated.fetch(new Request('https://tracker.example/pixel?u=durand'), init)).type).toBe('error');
    expect(fetch).not.toHaveBeenCalled();
    allowed = ['tracker.example'];
    expect(await (await gated.fetch(new Request('https://tracker.example/pixel'), init)).text()).toBe('ok');
    expect(fetch).toHaveBeenCalledOnce();
  });
});
