// `npm run bench`: builds the kiosk and the preview, runs every benchmark in Chromium against the
// preview, prints a table and writes bench-results/bench.json. Budgets are checked here (exit 1
// when one is exceeded), never by timed assertions in tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { firstScreen } from '../bench/first-screen.ts';
import { guideTransitions } from '../bench/guide-transitions.ts';
import { initialJavaScript } from '../bench/initial-javascript.ts';
import { keyboardLatency } from '../bench/keyboard-latency.ts';
import { languageSwitch } from '../bench/language-switch.ts';
import { portalCompanion } from '../bench/portal-companion.ts';
import { slip } from '../bench/slip.ts';
import type { Benchmark, Measurement } from '../bench/types.ts';
import { visitCycles } from '../bench/visit-cycles.ts';
import { chromiumLaunchOptions, findChromium, missingChromiumMessage } from '../tooling/lib/chromium.ts';
import { repoRoot } from '../tooling/lib/preview-server-endpoints.ts';
import { startPreviewServer } from '../tooling/lib/preview-server.ts';
import { npmRun } from '../tooling/lib/run.ts';

/** Every benchmark, in the order they run. Later issues add theirs here. */
const benchmarks: readonly Benchmark[] = [
  initialJavaScript,
  firstScreen,
  guideTransitions,
  keyboardLatency,
  visitCycles,
  languageSwitch,
  slip,
  portalCompanion,
];

const found = await findChromium();
if (found === undefined) {
  process.stderr.write(`${missingChromiumMessage}\n`);
  process.exit(1);
}
if ((await npmRun('build:renderer')) !== 0 || (await npmRun('build:preview')) !== 0) process.exit(1);

const only = process.argv.slice(2);
const server = await startPreviewServer();
const browser = await chromium.launch(chromiumLaunchOptions(found));
const results: (Measurement & { benchmark: string; withinBudget: boolean | null })[] = [];
try {
  for (const benchmark of benchmarks) {
    if (only.length > 0 && !only.includes(benchmark.name)) continue;
    process.stdout.write(`running ${benchmark.name}…\n`);
    const started = performance.now();
    for (const m of await benchmark.run({ browser, previewUrl: server.url, repoRoot })) {
      results.push({ ...m, benchmark: benchmark.name, withinBudget: m.budget === undefined ? null : m.value <= m.budget });
    }
    process.stdout.write(`  (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
  }
} finally {
  await browser.close();
  await server.close();
}

const rows = results.map((r) => [
  r.name,
  `${r.value.toFixed(2)} ${r.unit}`,
  r.budget === undefined ? '—' : `≤ ${String(r.budget)} ${r.unit}`,
  r.withinBudget === null ? '' : r.withinBudget ? 'ok' : 'OVER',
]);
const header = ['measurement', 'value', 'budget', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
process.stdout.write(`\n${line(header)}\n${widths.map((w) => '─'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}\n`);

const outDir = path.join(repoRoot, 'bench-results');
mkdirSync(outDir, { recursive: true });
const report = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(os.totalmem() / 2 ** 30) },
  chromium: browser.version(),
  results,
};
writeFileSync(path.join(outDir, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`\nwritten to ${path.relative(repoRoot, path.join(outDir, 'bench.json'))}\n`);
process.exit(results.some((r) => r.withinBudget === false) ? 1 : 0);
