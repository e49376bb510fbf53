import { installedElectron } from '../../scripts/lib/electron-runtime.ts';

/** The Electron executable for these specs, or undefined on machines without a runtime. */
export const electronExecutable = installedElectron();

/** Why the Electron specs are skipped when there is no runtime. */
export const noRuntimeReason =
  'No Electron runtime on this machine (the electron package could not download it): these specs run where `npx install-electron` works.';
