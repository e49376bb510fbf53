// What `npm run self-test` does: without an Electron runtime, say so and how to get one, and fail
// (a self-test that did not run must never look like a success); with one, build, then run the
// kiosk with `--self-test` and pass its exit code through — unless it wrote no report.
import path from 'node:path';

/** The report's file name when none is given. */
export const defaultReportName = 'self-test-report.json';

/** What to do. */
export type SelfTestPlan =
  | { readonly kind: 'no-runtime'; readonly message: string; readonly exitCode: number }
  | { readonly kind: 'run'; readonly electron: string; readonly args: readonly string[]; readonly reportPath: string };

/** The paragraph printed where no Electron runtime is available (French, then English). */
export const noRuntimeParagraph = [
  'Auto-test de la Borne EduConnect : aucun environnement Electron n’est disponible sur ce poste, l’auto-test n’a donc pas été lancé et rien n’a été vérifié.',
  'Pour l’obtenir, lancez « npx install-electron » sur un poste relié à Internet, ou indiquez dans ELECTRON_OVERRIDE_DIST_PATH le dossier d’un Electron 45 décompressé, puis relancez « npm run self-test ».',
  '(EN) No Electron runtime is available on this machine, so the self-test did not run and nothing was checked: run `npx install-electron` on a machine with internet access,',
  'or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45 folder, then run `npm run self-test` again.',
].join('\n');

/** Where the report goes: `--self-test-report=<file>` among the arguments, else `self-test-report.json`, relative to `cwd`. */
export function reportPathFrom(args: readonly string[], cwd: string): string {
  const given = args.find((arg) => arg.startsWith('--self-test-report='))?.slice('--self-test-report='.length);
  return path.resolve(cwd, given === undefined || given === '' ? defaultReportName : given);
}

/**
 * The plan for `npm run self-test`: `electron` is the installed runtime (`installedElectron()`),
 * `args` what followed `--`, `cwd` the folder the command was typed in.
 */
export function planSelfTest(electron: string | undefined, args: readonly string[], cwd: string): SelfTestPlan {
  if (electron === undefined) return { kind: 'no-runtime', message: noRuntimeParagraph, exitCode: 2 };
  const reportPath = reportPathFrom(args, cwd);
  const others = args.filter((arg) => !arg.startsWith('--self-test-report=') && arg !== '--self-test' && arg !== '--kiosk');
  return { kind: 'run', electron, reportPath, args: ['.', '--kiosk', '--self-test', `--self-test-report=${reportPath}`, ...others] };
}

/**
 * The exit code to pass on: the kiosk's own, except that a run that wrote no report fails (it
 * crashed or was stopped before the end), and a build that failed fails.
 */
export function selfTestExitCode(outcome: { readonly build: number; readonly kiosk?: number; readonly reportWritten?: boolean }): number {
  if (outcome.build !== 0) return outcome.build;
  if (outcome.kiosk === undefined) return 1;
  if (outcome.reportWritten !== true) return outcome.kiosk === 0 ? 1 : outcome.kiosk;
  return outcome.kiosk;
}
