import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PortalTimers } from './portal-view.ts';
import { timeBox } from './time-box.ts';

const timers: PortalTimers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

afterEach(() => {
  vi.useRealTimers();
});

describe('timeBox', () => {
  it('is done when the step resolves or returns nothing', async () => {
    expect(await timeBox(() => Promise.resolve('x'), 100, timers)).toBe('done');
    expect(await timeBox(() => undefined, 100, timers)).toBe('done');
  });

  it('has failed when the step rejects or throws', async () => {
    expect(await timeBox(() => Promise.reject(new Error('no')), 100, timers)).toBe('failed');
    expect(
      await timeBox(() => {
        throw new Error('no');
      }, 100, timers),
    ).toBe('failed');
  });

  it('has timed out when the step does not settle in time, and clears its timer otherwise', async () => {
    vi.useFakeTimers();
    const outcome = timeBox(() => new Promise(() => undefined), 2_000, timers);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await outcome).toBe('timed-out');
    await timeBox(() => Promise.resolve(), 2_000, timers);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps its first outcome when a late step settles', async () => {
    vi.useFakeTimers();
    let resolveLate: () => void = () => undefined;
    const outcome = timeBox(() => new Promise<void>((resolve) => (resolveLate = resolve)), 10, timers);
    await vi.advanceTimersByTimeAsync(10);
    resolveLate();
    expect(await outcome).toBe('timed-out');
  });
});
