// `npm start`: the Electron kiosk with the bundled Lycée du Parc configuration. Where no Electron
// runtime can be had, it says why in one paragraph and starts the preview shell instead.
import { installedElectron, noElectronParagraph, tryInstallElectron } from '../tooling/lib/electron-runtime.ts';
import { npmRun, run } from '../tooling/lib/run.ts';

const passThrough = process.argv.slice(2);
const electron = installedElectron() ?? tryInstallElectron();

if (electron === undefined) {
  process.stdout.write(`\n${noElectronParagraph}\n\n`);
  process.exit(await npmRun('preview', passThrough));
}

if ((await npmRun('build')) !== 0) process.exit(1);
process.exit(await run(electron, ['.', ...passThrough]));
