import { describe, expect, it } from 'vitest';
import { selfTestCheckInfo } from '../../../common/self-test/self-test-catalog.ts';
import { createLogger } from '../log.ts';
import { errorReason, runSelfTest } from './run-self-test.ts';
import { outcome, runnable, type SelfTestCheck } from './self-test-check.ts';
import { fakeContext, FakeKiosk } from './test-support/fake-kiosk.ts';
import { SelfTestAborted, waitFor } from './wait.ts';

function check(id: Parameters<typeof selfTestCheckInfo>[0], run: SelfTestCheck<number>['run'], timeoutMs = 10_000): SelfTestCheck<number> {
  return {
    ...selfTestCheckInfo(id),
    timeoutMs,
    run,
    verdict: (value) => (value > 0 ? outcome.passed(`vu ${String(value)}`) : outcome.failed('rien vu')),
    figures: (value) => ({ seen: value }),
  };
}

async function run(checks: SelfTestCheck<number>[], environment: Partial<{ packaged: boolean; atLaunch: boolean }> = {}) {
  const kiosk = new FakeKiosk();
  const lines: string[] = [];
  const settled: string[] = [];
  const report = await runSelfTest({
    checks: checks.map(runnable),
    kiosk,
    environment: fakeContext(kiosk, environment).environment,
    version: '0.1.0',
    electronVersion: '45.5.0',
    settle: async () => void settled.push('settled'),
    log: createLogger((line) => lines.push(line)),
  });
  return { report, lines, settled };
}

describe('the self-test runner', () => {
  it('runs the checks in order and builds the report with its summary and figures', async () => {
    const { report, settled } = await run([check('host-window', async () => 2), check('ipc-senders', async () => 0)]);
    expect(report.checks.map(({ id, verdict, reason }) => ({ id, verdict, reason }))).toEqual([
      { id: 'host-window', verdict: 'passed', reason: 'vu 2' },
      { id: 'ipc-senders', verdict: 'failed', reason: 'rien vu' },
    ]);
    expect(report.checks[0]).toMatchObject({ title: 'Fenêtre de la borne', description: expect.stringContaining('app://kiosk/'), figures: { seen: 2 } });
    expect(report).toMatchObject({
      version: '0.1.0',
      platform: 'linux',
      packaged: false,
      electronVersion: '45.5.0',
      summary: { passed: 1, failed: 1, skipped: 0 },
      figures: { 'host-window.seen': 2, 'ipc-senders.seen': 0 },
      startedAt: '2025-09-02T08:00:00.000Z',
    });
    expect(settled).toEqual(['settled', 'settled']);
  });

  it('fails a hung check with «délai dépassé», aborts it, and still runs the next', async () => {
    let aborted = false;
    const hung = check(
      'host-window',
      async ({ signal }) =>
        new Promise<number>((_resolve, reject) => {
          signal.addEventListener('abort', () => {
            aborted = true;
            reject(new SelfTestAborted());
          });
        }),
      20,
    );
    const { report } = await run([hung, check('ipc-senders', async () => 1)]);
    expect(report.checks.map((result) => [result.verdict, result.reason])).toEqual([
      ['failed', 'délai dépassé (0 s)'],
      ['passed', 'vu 1'],
    ]);
    expect(aborted).toBe(true);
  });

  it('fails a check that throws with the error’s message only, on one line', async () => {
    const { report } = await run([
      check('host-window', async () => {
        throw new TypeError('Cannot read properties of null\n    at <anonymous>:1:10');
      }),
    ]);
    expect(report.checks[0]).toMatchObject({ verdict: 'failed', reason: 'erreur\u202F: Cannot read properties of null at <anonymous>:1:10' });
    expect(errorReason('not an error')).toBe('erreur\u202F: erreur inconnue');
    expect(errorReason(new Error('x'.repeat(500))).length).toBeLessThanOrEqual(210);
  });

  it('skips a check that cannot run here without running it or settling after it', async () => {
    let ran = false;
    const fuses: SelfTestCheck<number> = {
      ...check('fuses', async () => {
        ran = true;
        return 1;
      }),
      skipReason: (environment) => (environment.packaged ? undefined : 'non empaqueté'),
    };
    const { report, settled } = await run([fuses]);
    expect(ran).toBe(false);
    expect(settled).toEqual([]);
    expect(report.checks[0]).toMatchObject({ verdict: 'skipped', reason: 'non empaqueté', ms: 0 });
    expect(report.summary).toEqual({ passed: 0, failed: 0, skipped: 1 });
  });

  it('logs check ids and verdicts only', async () => {
    const { lines } = await run([check('host-window', async () => 1)]);
    expect(lines.map((line) => line.replace(/^\S+ /, ''))).toEqual([
      'INFO self-test: started (1 checks)',
      expect.stringMatching(/^INFO self-test: host-window passed in \d+ ms$/),
      'INFO self-test: finished (1 passed, 0 failed, 0 skipped)',
    ]);
  });
});

describe('waitFor', () => {
  it('returns the first answer, treats a throwing probe as “not yet”, and gives up at the deadline', async () => {
    const kiosk = new FakeKiosk();
    const { signal } = new AbortController();
    let calls = 0;
    const answer = await waitFor(() => {
      calls += 1;
      if (calls < 3) throw new Error('page reloading');
      return 'ready';
    }, { clock: kiosk.clock, signal, timeoutMs: 1_000 });
    expect(answer).toBe('ready');
    expect(await waitFor(() => false, { clock: kiosk.clock, signal, timeoutMs: 1_000 })).toBeUndefined();
  });
});
