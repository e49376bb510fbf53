/**
 * The crash test: a child process rewrites the statistics file in a loop with the real atomic
 * write; it is killed (SIGKILL) at random moments, 50 times; after every kill the file must be
 * complete, parseable statistics, never empty. The child is bundled once with esbuild and run by
 * plain node, so each start is cheap.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../common/statistics/calendar-day.ts';
import { emptyDayCounters, parseStatistics, statisticsFileVersion, type Statistics } from '../../../common/statistics/statistics.ts';
import { nodeAtomicWriteFs, writeFileAtomic } from './atomic-write.ts';
import { createStatisticsStore, statisticsFileName } from './statistics-store.ts';

const kills = 50;
/** Kills land up to this long after the child starts writing (a write takes a few ms to tens of ms). */
const maxKillDelayMs = 40;
const seed = 20_250_902;

/** A small seeded generator (mulberry32), so a failing run can be replayed. */
function seededRandom(initial: number): () => number {
  let state = initial >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A busy year of statistics (about 70 kB of JSON), ending the day before the child's writes. */
function busyYear(): Statistics {
  const days: Record<string, Statistics['days'][string]> = {};
  for (let offset = 1; offset <= 365; offset += 1) {
    days[addDays('2025-09-02', -offset)] = {
      ...emptyDayCounters,
      visitsStarted: offset,
      languages: { fr: offset, ar: 1, en: 2 },
      routes: { franceconnect: 3, 'self-enrolment': offset, letter: 1 },
      abandonedAt: { [`screen-${String(offset % 7)}`]: 1 },
    };
  }
  return { version: statisticsFileVersion, days };
}

function startWriter(script: string, file: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [file], { execArgv: [], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    child.once('message', () => resolve(child));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the writer exited early (${String(code)})`)));
  });
}

function killAfter(child: ChildProcess, delayMs: number): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    setTimeout(() => child.kill('SIGKILL'), delayMs);
  });
}

describe('the statistics file under crashes', () => {
  let work: string;
  let script: string;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'statistics-crash-'));
    script = path.join(work, 'statistics-writer.mjs');
    await build({
      entryPoints: [fileURLToPath(new URL('./test-support/statistics-writer.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: script,
      logLevel: 'warning',
    });
  });

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it(`is always complete and parseable after ${String(kills)} kills at random moments`, { timeout: 60_000 }, async () => {
    const folder = path.join(work, 'data');
    const file = path.join(folder, statisticsFileName);
    mkdirSync(folder);
    await writeFileAtomic(nodeAtomicWriteFs, file, JSON.stringify(busyYear()));

    const random = seededRandom(seed);
    let interruptedWrites = 0;
    let roundsWithChildWrites = 0;
    let lastCount = 0;
    for (let round = 1; round <= kills; round += 1) {
      const child = await startWriter(script, file);
      await killAfter(child, Math.floor(random() * maxKillDelayMs));

      const text = readFileSync(file, 'utf8');
      const context = `after kill ${String(round)} (seed ${String(seed)})`;
      expect(text.length, context).toBeGreaterThan(0);
      const parsed = parseStatistics(text);
      expect(parsed.ok, context).toBe(true);
      if (parsed.ok) {
        expect(Object.keys(parsed.statistics.days).length, context).toBeGreaterThanOrEqual(365);
        lastCount = parsed.statistics.days['2025-09-02']?.visitsStarted ?? 0;
        if (lastCount > 0) roundsWithChildWrites += 1;
      }
      if (readdirSync(folder).some((name) => name.includes('.tmp-'))) interruptedWrites += 1;
    }
    // The kills did land mid-write (a temporary file was left behind), so the test exercised the risk.
    // And the children did replace the file, so every check above read a file written under fire.
    expect(interruptedWrites).toBeGreaterThan(0);
    expect(roundsWithChildWrites).toBeGreaterThan(kills / 2);

    // The store starts cleanly from what the crashes left: the last complete file, no stray files.
    const store = createStatisticsStore({ folder, today: () => '2025-09-02', log: { info: () => undefined, warn: () => undefined } });
    const loaded = await store.load();
    expect(loaded.warning).toBeUndefined();
    expect(loaded.statistics.days['2025-09-02']?.visitsStarted).toBe(lastCount);
    expect(readdirSync(folder)).toEqual([statisticsFileName]);
  });
});
