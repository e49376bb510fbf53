// The kiosk's self-test end to end on the real Electron runtime: the built kiosk started with
// `--kiosk --self-test` runs every check, writes its report, and exits 0 only when none failed.
// Skipped, with the reason, on machines without an Electron runtime.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { SelfTestReport } from '../../common/self-test/self-test-report.ts';
import { selfTestCatalog } from '../../common/self-test/self-test-catalog.ts';
import { repoRoot } from '../../tooling/lib/preview-server-endpoints.ts';
import { electronExecutable, noRuntimeReason } from './runtime.ts';

test.skip(electronExecutable === undefined, noRuntimeReason);

/** Runs the kiosk in self-test mode; resolves with its exit code and what it printed. */
function runSelfTest(reportPath: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(electronExecutable ?? 'electron', ['.', '--kiosk', '--self-test', `--self-test-report=${reportPath}`], { cwd: repoRoot });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

test('the self-test passes on the built kiosk, and its report has no failed check', async () => {
  // Every check together is bounded by their own time boxes (about half an hour at worst).
  test.setTimeout(40 * 60_000);
  const reportPath = path.join(test.info().outputDir, 'self-test-report.json');
  const { code, output } = await runSelfTest(reportPath);
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as SelfTestReport;
  const failed = report.checks.filter((check) => check.verdict === 'failed').map((check) => `${check.id}: ${check.reason}`);
  expect(failed, output).toEqual([]);
  expect(code).toBe(0);
  expect(report.checks.map((check) => check.id)).toEqual(selfTestCatalog.map((check) => check.id));
  expect(report.summary.passed).toBeGreaterThan(0);
  expect(report.electronVersion).toMatch(/^45\./);
  expect(output).toContain('Tout est en ordre');
});
