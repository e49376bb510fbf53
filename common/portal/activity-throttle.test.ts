import { describe, expect, it } from 'vitest';
import { createActivityThrottle } from './activity-throttle.ts';

describe('createActivityThrottle', () => {
  it('pings at once, then at most once per interval', () => {
    let clock = 10_000;
    const pings: number[] = [];
    const touch = createActivityThrottle(() => pings.push(clock), 2_000, () => clock);

    touch();
    clock += 500;
    touch();
    clock += 1_499;
    touch();
    expect(pings).toEqual([10_000]);

    clock += 1;
    touch();
    touch();
    expect(pings).toEqual([10_000, 12_000]);

    clock += 60_000;
    touch();
    expect(pings).toEqual([10_000, 12_000, 72_000]);
  });

  it('pings on the first touch even at time zero', () => {
    let count = 0;
    const touch = createActivityThrottle(() => count++, 2_000, () => 0);
    touch();
    expect(count).toBe(1);
  });
});
