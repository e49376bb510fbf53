import { describe, expect, it } from 'vitest';
import { fakeContext, FakeKiosk } from '../test-support/fake-kiosk.ts';
import { endOfVisitWipeCheck, wipeRounds, type WipeRound } from './end-of-visit-wipe.ts';

const environment = fakeContext(new FakeKiosk()).environment;
const all = { cookie: true, localStorage: true, sessionStorage: true, indexedDB: true, cacheStorage: true };
const none = { cookie: false, localStorage: false, sessionStorage: false, indexedDB: false, cacheStorage: false };
const round = (changes: Partial<WipeRound> = {}): WipeRound => ({ sessionKey: 1, found: none, left: all, wipeMs: 120, failedSteps: [], ...changes });

describe('the end of visit check', () => {
  it('passes when no visit, pooled partitions included, finds the previous one’s marks', async () => {
    const observation = await endOfVisitWipeCheck.run(fakeContext(new FakeKiosk()));
    expect(observation.rounds).toHaveLength(wipeRounds + 1);
    expect(observation.rounds[0]?.found).toBeUndefined();
    expect(observation.rounds.at(-1)?.left).toBeUndefined();
    expect(endOfVisitWipeCheck.verdict(observation, environment)).toMatchObject({ verdict: 'passed', reason: expect.stringContaining('4 session(s) réutilisée(s)') });
    expect(endOfVisitWipeCheck.figures?.(observation)).toMatchObject({ reusedSessions: 4, wipeMaxMs: expect.any(Number) });
  });

  it('fails, naming the stores, when a pooled partition comes back unwiped', async () => {
    const pooled = await endOfVisitWipeCheck.run(fakeContext(new FakeKiosk({ faults: { leakStores: true } })));
    const { verdict, reason } = endOfVisitWipeCheck.verdict(pooled, environment);
    expect(verdict).toBe('failed');
    // The pool of three gives visit 4 the partition of visit 1 back.
    expect(reason).toMatch(/^visite 4\u202F: cookie, stockage local, base IndexedDB et cache d’une visite précédente encore là/);
  });

  it('fails on an incomplete wipe, when the page could not write, or with a single visit', () => {
    expect(endOfVisitWipeCheck.verdict({ rounds: [round({ failedSteps: ['storage'], found: undefined }), round({ left: undefined })] }, environment).reason).toBe(
      'visite 1\u202F: effacement incomplet (storage)',
    );
    expect(endOfVisitWipeCheck.verdict({ rounds: [round({ left: { ...all, cookie: false } }), round()] }, environment).reason).toContain('ne prouve rien');
    expect(endOfVisitWipeCheck.verdict({ rounds: [round()] }, environment).verdict).toBe('failed');
  });
});
