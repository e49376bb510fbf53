import type { RelaunchOptions } from 'electron';

/**
 * How to relaunch the kiosk. A portable Windows build runs from a temporary extraction and an
 * AppImage from a temporary mount, both gone once the process exits: `app.relaunch()` without an
 * `execPath` would start a file that no longer exists, so the kiosk would quit instead of
 * restarting. Their launchers name the real file in `PORTABLE_EXECUTABLE_FILE` and `APPIMAGE`.
 */
export function relaunchOptions(env: Readonly<Record<string, string | undefined>>): RelaunchOptions {
  const portable = env.PORTABLE_EXECUTABLE_FILE;
  if (portable !== undefined && portable !== '') return { execPath: portable };
  const appImage = env.APPIMAGE;
  if (appImage !== undefined && appImage !== '') return { execPath: appImage };
  return {};
}
