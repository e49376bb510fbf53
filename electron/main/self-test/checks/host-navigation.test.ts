import { describe, expect, it } from 'vitest';
import { fakeContext, FakeKiosk } from '../test-support/fake-kiosk.ts';
import { hostNavigationCheck } from './host-navigation.ts';

const environment = fakeContext(new FakeKiosk()).environment;

describe('the host navigation check', () => {
  it('passes when the host page stays on app://kiosk', async () => {
    const observation = await hostNavigationCheck.run(fakeContext(new FakeKiosk()));
    expect(observation.urlAfter).toBe('app://kiosk/index.html');
    expect(hostNavigationCheck.verdict(observation, environment).verdict).toBe('passed');
  });

  it('fails, naming the host, when the page left', async () => {
    const observation = await hostNavigationCheck.run(fakeContext(new FakeKiosk({ faults: { hostNavigates: true } })));
    expect(hostNavigationCheck.verdict(observation, environment)).toEqual({ verdict: 'failed', reason: 'la page de la borne est partie vers example.com' });
  });
});
