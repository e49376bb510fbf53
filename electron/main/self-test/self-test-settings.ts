/**
 * The self-test's command line: `--self-test` starts the kiosk in self-test mode, and
 * `--self-test-report=<file>` (or `--self-test-report <file>`) says where the report goes —
 * `self-test-report.json` in the current folder unless given.
 */
import path from 'node:path';
import { selfTestReportFileName } from '../../../common/self-test/self-test-report.ts';

/** How this run was asked to self-test. */
export interface SelfTestSettings {
  /** The absolute path of the report file. */
  readonly reportPath: string;
}

/** The switch that starts the self-test. */
export const selfTestSwitch = '--self-test';

/** The switch that names the report file. */
export const selfTestReportSwitch = '--self-test-report';

/** The self-test settings of a command line, or undefined when `--self-test` is not on it. */
export function selfTestSettings(argv: readonly string[], cwd: string): SelfTestSettings | undefined {
  if (!argv.includes(selfTestSwitch)) return undefined;
  const inline = argv.find((arg) => arg.startsWith(`${selfTestReportSwitch}=`));
  const index = argv.indexOf(selfTestReportSwitch);
  const next = index >= 0 ? argv[index + 1] : undefined;
  const given = inline !== undefined ? inline.slice(selfTestReportSwitch.length + 1) : next !== undefined && !next.startsWith('--') ? next : undefined;
  return { reportPath: path.resolve(cwd, given === undefined || given === '' ? selfTestReportFileName : given) };
}
