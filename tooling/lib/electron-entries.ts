/**
 * The Electron build's entry points: the output name (`build/electron/<name>.cjs`) of each bundled
 * source. `main` is the file package.json's "main" names, so its output name must stay.
 */
export const electronEntries: Readonly<Record<string, string>> = {
  main: 'electron/main/electron-main.ts',
  'preload-host': 'electron/preload/host.ts',
  'preload-portal': 'electron/preload/portal.ts',
};

/** The folder the Electron build writes to, relative to the repository root. */
export const electronOutDir = 'build/electron';
