import { describe, expect, it } from 'vitest';
import { fakeContext, FakeKiosk } from '../test-support/fake-kiosk.ts';
import { fiftyVisitsCheck, rssGrowthToleranceBytes, type FiftyVisitsObservation } from './fifty-visits.ts';

const environment = fakeContext(new FakeKiosk()).environment;
const good: FiftyVisitsObservation = { visits: 50, notWiped: 0, partitionsAt10: 3, partitionsAt50: 3, rssAt10: 200e6, rssAt50: 210e6, averageVisitMs: 900 };

describe('the fifty visits check', () => {
  it('passes on a kiosk with a pool of partitions and no leak', async () => {
    const kiosk = new FakeKiosk();
    const observation = await fiftyVisitsCheck.run(fakeContext(kiosk));
    expect(kiosk.visitsEnded).toBe(50);
    expect(observation).toMatchObject({ visits: 50, notWiped: 0, partitionsAt10: 3, partitionsAt50: 3 });
    expect(fiftyVisitsCheck.verdict(observation, environment).verdict).toBe('passed');
  });

  it('fails when each visit makes a new partition, or memory grows past the tolerance', async () => {
    const growing = await fiftyVisitsCheck.run(fakeContext(new FakeKiosk({ faults: { newPartitionPerVisit: true, rssLeakPerVisitBytes: 3 * 1024 * 1024 } })));
    expect(growing.partitionsAt50 - growing.partitionsAt10).toBe(40);
    const { reason } = fiftyVisitsCheck.verdict(growing, environment);
    expect(reason).toContain('40 nouvelle(s) session(s)');
    expect(reason).toContain('120 Mo');
    expect(fiftyVisitsCheck.verdict({ ...good, rssAt50: good.rssAt10 + rssGrowthToleranceBytes }, environment).verdict).toBe('passed');
    expect(fiftyVisitsCheck.verdict({ ...good, notWiped: 2 }, environment).verdict).toBe('failed');
  });
});
