import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { selfTestSettings } from './self-test-settings.ts';

const cwd = path.resolve('/srv/borne');

describe('the self-test command line', () => {
  it('is off without --self-test', () => {
    expect(selfTestSettings(['electron', '.', '--kiosk'], cwd)).toBeUndefined();
    expect(selfTestSettings(['electron', '.', '--self-test-report=x.json'], cwd)).toBeUndefined();
  });

  it('writes self-test-report.json in the current folder unless told', () => {
    expect(selfTestSettings(['electron', '.', '--self-test'], cwd)).toEqual({ reportPath: path.join(cwd, 'self-test-report.json') });
  });

  it('takes the report path inline or as the next argument, relative to the current folder', () => {
    expect(selfTestSettings(['x', '--self-test', '--self-test-report=out/r.json'], cwd)).toEqual({ reportPath: path.join(cwd, 'out', 'r.json') });
    expect(selfTestSettings(['x', '--self-test-report', path.resolve('/tmp/r.json'), '--self-test'], cwd)).toEqual({ reportPath: path.resolve('/tmp/r.json') });
    expect(selfTestSettings(['x', '--self-test', '--self-test-report', '--kiosk'], cwd)).toEqual({ reportPath: path.join(cwd, 'self-test-report.json') });
  });
});
