import { describe, expect, it } from 'vitest';
import { fakeContext, FakeKiosk } from '../test-support/fake-kiosk.ts';
import { idleResetCheck, type IdleResetObservation } from './idle-reset.ts';

const environment = fakeContext(new FakeKiosk()).environment;
const good: IdleResetObservation = { idleSeconds: 20, countdownSeconds: 5, countdownAfterMs: 20_100, attractAfterMs: 9_200, portalClosed: true, wipeLogged: true };

describe('the idle reset check', () => {
  it('sees the countdown after the idle time, then the visit wiped and the attract screen', async () => {
    const kiosk = new FakeKiosk({ timeouts: { idleSeconds: 20, countdownSeconds: 5 } });
    const observation = await idleResetCheck.run(fakeContext(kiosk));
    expect(observation.countdownAfterMs).toBeGreaterThanOrEqual(20_000);
    expect(observation).toMatchObject({ portalClosed: true, wipeLogged: true });
    expect(observation.attractAfterMs).toBeGreaterThanOrEqual(9_000);
    expect(idleResetCheck.verdict(observation, environment).verdict).toBe('passed');
  });

  it('fails when the countdown never shows', async () => {
    const observation = await idleResetCheck.run(fakeContext(new FakeKiosk({ faults: { countdownNeverShows: true } })));
    expect(idleResetCheck.verdict(observation, environment).reason).toBe('le compte à rebours n’est pas apparu (attendu après 20 s sans toucher)');
  });

  it('fails when the countdown comes too early, or the visit was not wiped', () => {
    expect(idleResetCheck.verdict({ ...good, countdownAfterMs: 5_000 }, environment).reason).toContain('trop tôt');
    expect(idleResetCheck.verdict({ ...good, portalClosed: false }, environment).verdict).toBe('failed');
    expect(idleResetCheck.verdict({ ...good, attractAfterMs: undefined }, environment).verdict).toBe('failed');
  });
});
