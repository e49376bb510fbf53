import { describe, expect, it } from 'vitest';
import { fakeContext, FakeKiosk } from '../test-support/fake-kiosk.ts';
import { syntheticActivityCheck } from './synthetic-activity.ts';

const environment = fakeContext(new FakeKiosk()).environment;

describe('the synthetic activity check', () => {
  it('passes when made-up events are ignored and a real press counts', async () => {
    const observation = await syntheticActivityCheck.run(fakeContext(new FakeKiosk()));
    expect(observation).toEqual({ dispatched: 4, syntheticActivity: 0, realActivity: true });
    expect(syntheticActivityCheck.verdict(observation, environment).verdict).toBe('passed');
  });

  it('fails when made-up events count, or when nothing counts at all', async () => {
    const observation = await syntheticActivityCheck.run(fakeContext(new FakeKiosk({ faults: { countSynthetic: true } })));
    expect(syntheticActivityCheck.verdict(observation, environment).reason).toBe('des événements fabriqués par la page ont compté comme un visiteur présent');
    expect(syntheticActivityCheck.verdict({ dispatched: 4, syntheticActivity: 0, realActivity: false }, environment).reason).toContain('ne prouve rien');
  });
});
