// `npm run self-test`: the kiosk proves itself on the real Electron runtime. Builds, runs the
// kiosk with `--self-test` (locked full screen, self-test configuration), prints its summary and
// passes its exit code through. Without an Electron runtime it says so and fails: nothing ran.
import { existsSync, statSync } from 'node:fs';
import { installedElectron } from '../tooling/lib/electron-runtime.ts';
import { npmRun, run } from '../tooling/lib/run.ts';
import { planSelfTest, selfTestExitCode } from '../tooling/lib/self-test-plan.ts';

const startedAt = Date.now();
const plan = planSelfTest(installedElectron(), process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());

if (plan.kind === 'no-runtime') {
  process.stderr.write(`\n${plan.message}\n\n`);
  process.exit(plan.exitCode);
}

const build = await npmRun('build');
if (build !== 0) process.exit(selfTestExitCode({ build }));
const kiosk = await run(plan.electron, plan.args);
// Only a report written by this run counts.
const reportWritten = existsSync(plan.reportPath) && statSync(plan.reportPath).mtimeMs >= startedAt;
if (!reportWritten) process.stderr.write(`\nL’auto-test n’a écrit aucun rapport dans ${plan.reportPath} : il s’est arrêté avant la fin.\n`);
process.exit(selfTestExitCode({ build, kiosk, reportWritten }));
