import { describe, expect, it } from 'vitest';
import { fakeContext, FakeKiosk } from '../test-support/fake-kiosk.ts';
import { launchBudgetMs, launchTimeCheck } from './launch-time.ts';

const environment = fakeContext(new FakeKiosk()).environment;

describe('the launch-time check', () => {
  it('passes with the time measured, fails when too slow or never shown', () => {
    expect(launchTimeCheck.verdict({ launchToAttractMs: 4_200 }, environment)).toEqual({ verdict: 'passed', reason: 'écran d’accueil prêt en 4,2 s après le lancement (budget 30 s)' });
    expect(launchTimeCheck.verdict({ launchToAttractMs: launchBudgetMs + 1 }, environment).verdict).toBe('failed');
    expect(launchTimeCheck.verdict({ launchToAttractMs: undefined }, environment)).toEqual({ verdict: 'failed', reason: 'l’écran d’accueil n’est pas apparu en 60 s' });
    expect(launchTimeCheck.figures?.({ launchToAttractMs: 4_200 })).toEqual({ launchToAttractMs: 4_200 });
  });

  it('is skipped when staff started the self-test on a running kiosk', () => {
    expect(launchTimeCheck.skipReason?.({ ...environment, atLaunch: false })).toMatch(/^lancé depuis l’écran du personnel/);
    expect(launchTimeCheck.skipReason?.(environment)).toBeUndefined();
  });

  it('measures from the process start to the attract screen on the kiosk', async () => {
    const kiosk = new FakeKiosk({ launchMs: 3_000 });
    const observation = await launchTimeCheck.run(fakeContext(kiosk));
    expect(observation.launchToAttractMs).toBe(3_000);
  });

  it('waits, and fails, when the page never comes back', async () => {
    const kiosk = new FakeKiosk({ faults: { hostCrashNoReload: true } });
    kiosk.host.crash();
    const observation = await launchTimeCheck.run(fakeContext(kiosk));
    expect(observation.launchToAttractMs).toBeUndefined();
  });
});
