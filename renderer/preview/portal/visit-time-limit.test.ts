import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startVisitTimeLimit, type LimitTimers } from './visit-time-limit.ts';

const timers: LimitTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms) as unknown as number,
  clearTimeout: (id) => clearTimeout(id),
};

describe('startVisitTimeLimit', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts the final countdown before the limit, then reaches it, whatever happens meanwhile', () => {
    const seen: string[] = [];
    startVisitTimeLimit({ maxVisitSeconds: 1200, countdownSeconds: 20 }, timers, {
      countdown: (secondsLeft) => seen.push(`countdown ${String(secondsLeft)}`),
      reached: () => seen.push('reached'),
    });
    vi.advanceTimersByTime(1_180_000 - 1);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(['countdown 20']);
    vi.advanceTimersByTime(20_000 - 1);
    expect(seen).toEqual(['countdown 20']);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(['countdown 20', 'reached']);
    vi.advanceTimersByTime(3_600_000);
    expect(seen).toEqual(['countdown 20', 'reached']);
  });

  it('does nothing once cleared', () => {
    const seen: string[] = [];
    const clear = startVisitTimeLimit({ maxVisitSeconds: 300, countdownSeconds: 20 }, timers, {
      countdown: () => seen.push('countdown'),
      reached: () => seen.push('reached'),
    });
    vi.advanceTimersByTime(100_000);
    clear();
    vi.advanceTimersByTime(3_600_000);
    expect(seen).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('clears the end after the countdown has started too', () => {
    const seen: string[] = [];
    const clear = startVisitTimeLimit({ maxVisitSeconds: 300, countdownSeconds: 20 }, timers, {
      countdown: () => seen.push('countdown'),
      reached: () => seen.push('reached'),
    });
    vi.advanceTimersByTime(290_000);
    clear();
    vi.advanceTimersByTime(60_000);
    expect(seen).toEqual(['countdown']);
  });

  it('never counts down longer than the visit itself', () => {
    const seen: number[] = [];
    startVisitTimeLimit({ maxVisitSeconds: 10, countdownSeconds: 120 }, timers, { countdown: (s) => seen.push(s), reached: () => seen.push(0) });
    vi.advanceTimersByTime(0);
    expect(seen).toEqual([10]);
    vi.advanceTimersByTime(10_000);
    expect(seen).toEqual([10, 0]);
  });
});
