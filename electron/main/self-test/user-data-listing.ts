/** A listing of the app's data folder: every file and folder under it, with sizes and modification times. */
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { UserDataEntry } from './self-test-kiosk.ts';

/** Lists everything under `root` (symbolic links listed, not followed); a folder that vanishes while listed is skipped. */
export async function listUserData(root: string): Promise<UserDataEntry[]> {
  const entries: UserDataEntry[] = [];
  const visit = async (folder: string): Promise<void> => {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const full = path.join(folder, name);
      const info = await lstat(full).catch(() => undefined);
      if (info === undefined) continue;
      const relative = path.relative(root, full).split(path.sep).join('/');
      entries.push({ path: relative, directory: info.isDirectory(), size: info.isDirectory() ? 0 : info.size, modifiedMs: info.mtimeMs });
      if (info.isDirectory()) await visit(full);
    }
  };
  await visit(root);
  return entries;
}
