import { describe, expect, it } from 'vitest';
import { selfTestCheckInfo } from '../../../common/self-test/self-test-catalog.ts';
import type { SelfTestReport } from '../../../common/self-test/self-test-report.ts';
import { createLogger } from '../log.ts';
import { runLaunchSelfTest } from './launch-self-test.ts';
import { outcome, runnable } from './self-test-check.ts';
import { FakeKiosk } from './test-support/fake-kiosk.ts';

function deps(verdict: 'passed' | 'failed', writeFails = false) {
  const files = new Map<string, string>();
  const printed: string[] = [];
  return {
    files,
    printed,
    deps: {
      kiosk: new FakeKiosk(),
      environment: { packaged: false, platform: 'linux', kioskMode: true },
      version: '0.1.0',
      electronVersion: '45.5.0',
      log: createLogger(() => undefined),
      checks: [
        runnable({
          ...selfTestCheckInfo('host-window'),
          timeoutMs: 1_000,
          run: async () => verdict,
          verdict: (seen: string) => (seen === 'passed' ? outcome.passed('bien') : outcome.failed('mal')),
        }),
      ],
      reportPath: '/tmp/borne/self-test-report.json',
      print: (text: string) => void printed.push(text),
      fs: {
        mkdir: async () => undefined,
        writeFile: async (file: string, text: string) => {
          if (writeFails) throw new Error('EACCES');
          files.set(file, text);
        },
      },
    },
  };
}

describe('the --self-test run', () => {
  it('writes the report, prints the summary, and exits 0 when all is well', async () => {
    const { deps: options, files, printed } = deps('passed');
    await expect(runLaunchSelfTest(options)).resolves.toBe(0);
    const report = JSON.parse(files.get('/tmp/borne/self-test-report.json') ?? '{}') as SelfTestReport;
    expect(report.summary).toEqual({ passed: 1, failed: 0, skipped: 0 });
    expect(printed.join('')).toContain('✔ Fenêtre de la borne — bien');
    expect(printed.join('')).toContain('Tout est en ordre');
  });

  it('exits 1 when a check failed, or when the report could not be written', async () => {
    await expect(runLaunchSelfTest(deps('failed').deps)).resolves.toBe(1);
    const unwritable = deps('passed', true);
    await expect(runLaunchSelfTest(unwritable.deps)).resolves.toBe(1);
    expect(unwritable.printed.join('')).toContain('Le rapport n’a pas pu être écrit');
  });
});
