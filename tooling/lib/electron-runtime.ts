// Tells whether an Electron runtime is installed, and tries once to download it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './preview-server-endpoints.ts';

const electronPackageDir = path.join(repoRoot, 'node_modules', 'electron');

/** The Electron executable, if one is installed (or given by ELECTRON_OVERRIDE_DIST_PATH). */
export function installedElectron(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const pathFile = path.join(electronPackageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override !== undefined && override !== '') {
    const candidate = path.join(override, relative ?? 'electron');
    return existsSync(candidate) ? candidate : undefined;
  }
  if (relative === undefined) return undefined;
  const candidate = path.join(electronPackageDir, 'dist', relative);
  return existsSync(candidate) ? candidate : undefined;
}

/** Tries Electron's own download once (quietly); returns the executable or undefined. */
export function tryInstallElectron(): string | undefined {
  const installer = path.join(electronPackageDir, 'install.js');
  if (!existsSync(installer)) return undefined;
  spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 120_000 });
  return installedElectron();
}

/** The paragraph shown when no runtime can be had. */
export const noElectronParagraph = [
  'Borne EduConnect: no Electron runtime is available on this machine, so the real kiosk cannot start.',
  'The `electron` npm package only holds its type definitions; it downloads the runtime itself on first use,',
  "and that download failed here (this machine cannot reach Electron's release server).",
  'To run the real kiosk, use a machine with internet access and run `npx install-electron`, or set',
  'ELECTRON_MIRROR to a reachable mirror, or ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45 folder,',
  'then run `npm start` again. Meanwhile the same interface starts in the preview shell, in Chromium.',
].join('\n');

/** Why the Electron specs are skipped when there is no runtime (also printed by `npm run test:e2e`). */
export const noRuntimeReason =
  'No Electron runtime on this machine (the electron package could not download it): these specs run where `npx install-electron` works.';
