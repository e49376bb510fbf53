import { installedElectron } from '../../tooling/lib/electron-runtime.ts';

export { noRuntimeReason } from '../../tooling/lib/electron-runtime.ts';

/** The Electron executable for these specs, or undefined on machines without a runtime. */
export const electronExecutable = installedElectron();
