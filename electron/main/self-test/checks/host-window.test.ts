import { describe, expect, it } from 'vitest';
import { fakeContext, FakeKiosk } from '../test-support/fake-kiosk.ts';
import { expectedBridgeNames, hostWindowCheck, type HostWindowObservation } from './host-window.ts';

const environment = fakeContext(new FakeKiosk()).environment;

describe('the host window check', () => {
  it('passes on the kiosk as built', async () => {
    const observation = await hostWindowCheck.run(fakeContext(new FakeKiosk()));
    expect(observation.methods).toEqual(expectedBridgeNames);
    expect(hostWindowCheck.verdict(observation, environment).verdict).toBe('passed');
  });

  it('fails without the CSP header, with Node in the page, or with a bridge name too many', async () => {
    const verdict = async (faults: ConstructorParameters<typeof FakeKiosk>[0]) =>
      hostWindowCheck.verdict(await hostWindowCheck.run(fakeContext(new FakeKiosk(faults))), environment);
    expect(await verdict({ faults: { hostCsp: null } })).toMatchObject({ verdict: 'failed', reason: expect.stringContaining('sans politique de sécurité') });
    expect(await verdict({ faults: { hostCsp: "default-src *" } })).toMatchObject({ verdict: 'failed', reason: expect.stringContaining('n’est pas celle de la borne') });
    expect(await verdict({ faults: { exposeRequire: true } })).toMatchObject({ verdict: 'failed', reason: expect.stringContaining('require') });
    expect(await verdict({ faults: { extraBridgeMethod: 'openDevTools' } })).toMatchObject({ verdict: 'failed', reason: 'le pont expose en trop\u202F: openDevTools' });
  });

  it('fails on another origin or a missing bridge', () => {
    const good: HostWindowObservation = { url: 'app://kiosk/index.html', require: 'undefined', process: 'undefined', methods: expectedBridgeNames, status: 200, csp: null };
    expect(hostWindowCheck.verdict({ ...good, url: 'http://127.0.0.1:5173/', csp: 'x', methods: null }, environment).reason).toMatch(/n’est pas servie sur app:\/\/kiosk\/.*pas de pont/);
  });
});
