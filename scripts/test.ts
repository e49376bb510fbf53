// `npm test`: everything that must pass — typecheck, lint, unit tests, e2e in the preview — then
// one closing line with the counts of tests passed, failed and skipped across unit and e2e.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { findChromium, missingChromiumMessage } from '../tooling/lib/chromium.ts';
import { repoRoot } from '../tooling/lib/preview-server-endpoints.ts';
import { npmRun } from '../tooling/lib/run.ts';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

const reports = path.join(repoRoot, 'build', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const unitReport = path.join(reports, 'unit.json');
const e2eReport = path.join(reports, 'e2e.json');

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function unitCounts(): Counts {
  const report = readJson(unitReport) as
    | { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }
    | undefined;
  if (report === undefined) return { passed: 0, failed: 1, skipped: 0 };
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

function e2eCounts(): Counts {
  const report = readJson(e2eReport) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } } | undefined;
  if (report === undefined) return { passed: 0, failed: 1, skipped: 0 };
  const { expected, unexpected, flaky, skipped } = report.stats;
  return { passed: expected, failed: unexpected + flaky, skipped };
}

if ((await findChromium()) === undefined) {
  process.stderr.write(`${missingChromiumMessage}\n`);
  process.exit(1);
}

const steps: { name: string; code: number; seconds: number }[] = [];
const step = async (name: string, script: string, args: readonly string[] = [], env?: NodeJS.ProcessEnv): Promise<void> => {
  process.stdout.write(`\n── ${name} ──\n`);
  const started = Date.now();
  const code = await npmRun(script, args, env);
  steps.push({ name, code, seconds: Math.round((Date.now() - started) / 1000) });
};

await step('typecheck', 'typecheck');
await step('lint', 'lint');
await step('unit tests', 'test:unit', ['--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
await step('e2e (preview, Chromium)', 'test:e2e', [], { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport });

const unit = unitCounts();
const e2e = e2eCounts();
process.stdout.write('\n── summary ──\n');
for (const { name, code, seconds } of steps) process.stdout.write(`${code === 0 ? 'ok  ' : 'FAIL'} ${name} (${String(seconds)} s)\n`);
process.stdout.write(`unit: ${String(unit.passed)} passed, ${String(unit.failed)} failed, ${String(unit.skipped)} skipped\n`);
process.stdout.write(`e2e:  ${String(e2e.passed)} passed, ${String(e2e.failed)} failed, ${String(e2e.skipped)} skipped\n`);
const failedSteps = steps.filter((s) => s.code !== 0).length;
const failed = unit.failed + e2e.failed + (failedSteps > 0 && unit.failed + e2e.failed === 0 ? failedSteps : 0);
process.stdout.write(`${String(unit.passed + e2e.passed)} passed, ${String(failed)} failed, ${String(unit.skipped + e2e.skipped)} skipped\n`);
process.exit(failedSteps > 0 || failed > 0 ? 1 : 0);
