// `npm run test:e2e`: builds the preview and runs Playwright against it in a Chromium found on
// this machine. Fails at once, with a one-line instruction, when no Chromium can be found.
import { findChromium, missingChromiumMessage } from '../tooling/lib/chromium.ts';
import { installedElectron, noRuntimeReason } from '../tooling/lib/electron-runtime.ts';
import { npmRun, run } from '../tooling/lib/run.ts';

const browser = await findChromium();
if (browser === undefined) {
  process.stderr.write(`${missingChromiumMessage}\n`);
  process.exit(1);
}
process.stdout.write(`e2e: Chromium from ${browser.source}: ${browser.executablePath}\n`);
if (installedElectron() === undefined) {
  process.stdout.write(`e2e: the Electron specs will be skipped. ${noRuntimeReason}\n`);
  if ((await npmRun('build:preview')) !== 0) process.exit(1);
} else if ((await npmRun('build')) !== 0) {
  process.exit(1);
}
process.exit(
  await run('npx', ['playwright', 'test', ...process.argv.slice(2)], { ...process.env, BORNE_CHROMIUM: browser.source }),
);
