import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { noRuntimeParagraph, planSelfTest, reportPathFrom, selfTestExitCode } from './self-test-plan.ts';

const cwd = path.resolve('/home/referent');

describe('npm run self-test', () => {
  it('without an Electron runtime, says so in one paragraph, how to get one, and fails', () => {
    const plan = planSelfTest(undefined, [], cwd);
    expect(plan).toEqual({ kind: 'no-runtime', message: noRuntimeParagraph, exitCode: 2 });
    expect(noRuntimeParagraph).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(noRuntimeParagraph).toContain('npx install-electron');
    expect(noRuntimeParagraph).not.toMatch(/\n\s*\n/);
  });

  it('with a runtime, runs the kiosk locked, in self-test mode, with the report where it was asked', () => {
    expect(planSelfTest('/opt/electron/electron', ['--self-test-report=out.json', '--config', 'ecole.json'], cwd)).toEqual({
      kind: 'run',
      electron: '/opt/electron/electron',
      reportPath: path.join(cwd, 'out.json'),
      args: ['.', '--kiosk', '--self-test', `--self-test-report=${path.join(cwd, 'out.json')}`, '--config', 'ecole.json'],
    });
    expect(reportPathFrom([], cwd)).toBe(path.join(cwd, 'self-test-report.json'));
  });

  it('passes the kiosk’s exit code through, but never a success without a report or a build', () => {
    expect(selfTestExitCode({ build: 0, kiosk: 0, reportWritten: true })).toBe(0);
    expect(selfTestExitCode({ build: 0, kiosk: 1, reportWritten: true })).toBe(1);
    expect(selfTestExitCode({ build: 0, kiosk: 0, reportWritten: false })).toBe(1);
    expect(selfTestExitCode({ build: 0, kiosk: 139, reportWritten: false })).toBe(139);
    expect(selfTestExitCode({ build: 2 })).toBe(2);
    expect(selfTestExitCode({ build: 0 })).toBe(1);
  });
});
