import { describe, expect, it } from 'vitest';
import type { IdleScheduler } from '../state/idle-scheduler.ts';
import { prefetchKioskParts, type Prefetchable } from './kiosk-parts.ts';

/** An idle scheduler whose moments the test hands out one at a time. */
function manualScheduler(): IdleScheduler & { readonly pending: number; idle(): void } {
  const tasks = new Map<number, () => void>();
  let next = 1;
  return {
    request: (task) => {
      tasks.set(next, task);
      return next++;
    },
    cancel: (handle) => tasks.delete(handle),
    get pending() {
      return tasks.size;
    },
    idle() {
      const [first] = tasks.entries();
      if (first === undefined) throw new Error('no idle task pending');
      tasks.delete(first[0]);
      first[1]();
    },
  };
}

function part(log: string[], name: string, fails = false): Prefetchable {
  return {
    load: () => {
      log.push(name);
      return fails ? Promise.reject(new Error(name)) : Promise.resolve(name);
    },
  };
}

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('prefetchKioskParts', () => {
  it('fetches one part per idle moment, in order, each after the previous has arrived, and skips a failed one', async () => {
    const scheduler = manualScheduler();
    const log: string[] = [];
    prefetchKioskParts(scheduler, [part(log, 'guide'), part(log, 'staff', true), part(log, 'portal')]);
    expect(log).toEqual([]);
    scheduler.idle();
    expect(log).toEqual(['guide']);
    expect(scheduler.pending).toBe(0);
    await flush();
    scheduler.idle();
    await flush();
    scheduler.idle();
    expect(log).toEqual(['guide', 'staff', 'portal']);
    await flush();
    expect(scheduler.pending).toBe(0);
  });

  it('stops before the next part once stopped', async () => {
    const scheduler = manualScheduler();
    const log: string[] = [];
    const stop = prefetchKioskParts(scheduler, [part(log, 'guide'), part(log, 'portal')]);
    scheduler.idle();
    stop();
    await flush();
    expect(scheduler.pending).toBe(0);
    expect(log).toEqual(['guide']);
  });
});
