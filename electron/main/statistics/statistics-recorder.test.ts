import { describe, expect, it } from 'vitest';
import { emptyStatistics, type Statistics } from '../../../common/statistics/statistics.ts';
import { createStatisticsRecorder } from './statistics-recorder.ts';

/** A store whose saves complete when the test says so. */
function slowStore() {
  const saved: Statistics[] = [];
  const pending: { resolve: () => void; reject: (error: Error) => void }[] = [];
  return {
    saved,
    pending,
    save(statistics: Statistics) {
      saved.push(statistics);
      return new Promise<void>((resolve, reject) => pending.push({ resolve, reject }));
    },
  };
}

function setup(options: { enabled?: boolean; day?: () => string } = {}) {
  const store = slowStore();
  const lines: string[] = [];
  const recorder = createStatisticsRecorder({
    initial: emptyStatistics,
    store,
    today: options.day ?? (() => '2025-09-02'),
    enabled: () => options.enabled ?? true,
    log: { info: (line) => lines.push(line), warn: (line) => lines.push(line) },
  });
  return { store, lines, recorder };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('the statistics recorder', () => {
  it('counts on today and saves', async () => {
    const { store, recorder } = setup();
    const done = recorder.record({ kind: 'visit-started' });
    expect(recorder.current().days['2025-09-02']?.visitsStarted).toBe(1);
    store.pending[0]?.resolve();
    await done;
    expect(store.saved).toHaveLength(1);
  });

  it('coalesces a burst: one save in flight, then one save of the latest counts', async () => {
    const { store, recorder } = setup();
    const first = recorder.record({ kind: 'visit-started' });
    const rest = [
      recorder.record({ kind: 'language-chosen', language: 'fr' }),
      recorder.record({ kind: 'route-taken', route: 'franceconnect' }),
      recorder.record({ kind: 'visit-completed' }),
    ];
    expect(store.saved).toHaveLength(1);
    store.pending[0]?.resolve();
    await flush();
    expect(store.saved).toHaveLength(2);
    expect(store.saved[1]).toBe(recorder.current());
    store.pending[1]?.resolve();
    await Promise.all([first, ...rest]);
    expect(store.saved).toHaveLength(2);
  });

  it('records nothing when statistics are off', async () => {
    const { store, recorder } = setup({ enabled: false });
    await recorder.record({ kind: 'visit-started' });
    expect(recorder.current()).toEqual(emptyStatistics);
    expect(store.saved).toHaveLength(0);
  });

  it('keeps counting when saving fails, logs it once, and says when saving works again', async () => {
    const { store, lines, recorder } = setup();
    const first = recorder.record({ kind: 'visit-started' });
    store.pending[0]?.reject(new Error('ENOSPC'));
    await first;
    const second = recorder.record({ kind: 'visit-started' });
    store.pending[1]?.reject(new Error('ENOSPC'));
    await second;
    expect(lines).toEqual(['statistics: the statistics file cannot be saved; counting goes on in memory']);
    expect(recorder.current().days['2025-09-02']?.visitsStarted).toBe(2);
    const third = recorder.record({ kind: 'visit-started' });
    store.pending[2]?.resolve();
    await third;
    expect(lines[1]).toBe('statistics: saving works again');
  });

  it('gives the last 7 and 30 days ending today', async () => {
    let day = '2025-09-01';
    const { store, recorder } = setup({ day: () => day });
    const done = recorder.record({ kind: 'visit-started' });
    store.pending[0]?.resolve();
    await done;
    day = '2025-09-08';
    const overview = recorder.overview();
    expect(overview.last7Days.days).toHaveLength(7);
    expect(overview.last7Days.totals.visitsStarted).toBe(0);
    expect(overview.last30Days.totals.visitsStarted).toBe(1);
  });
});
