/**
 * Crash-test child: reads the statistics file at `argv[2]`, then rewrites it atomically, as fast as
 * it can, until it is killed. Each version differs (today's visit count goes up); the parent makes
 * the file large enough (a busy year, about 70 kB) that kills often land mid-write. Tells its
 * parent when it starts writing.
 */
import { readFileSync } from 'node:fs';
import { recordStatistic, type Statistics } from '../../../../common/statistics/statistics.ts';
import { nodeAtomicWriteFs, writeFileAtomic } from '../atomic-write.ts';

const file = process.argv[2];
if (file === undefined) throw new Error('usage: statistics-writer <file>');

// The parent checks the file's schema; the child only needs to read it back.
let statistics = JSON.parse(readFileSync(file, 'utf8')) as Statistics;
process.send?.('writing');
for (;;) {
  statistics = recordStatistic(statistics, '2025-09-02', { kind: 'visit-started' });
  await writeFileAtomic(nodeAtomicWriteFs, file, `${JSON.stringify(statistics)}\n`);
}
