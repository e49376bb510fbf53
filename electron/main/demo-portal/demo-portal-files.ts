/**
 * Reads the demo portal's files from its folder (`resources/demo-portal/`, outside the asar
 * archive in packaged builds). The route resolver already refuses every path that could leave the
 * folder; this reader checks again on the resolved path, and serves only regular files.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DemoFileReader } from './demo-portal-handler.ts';

/** The demo portal's folder inside the kiosk's resources folder. */
export const demoPortalFolderName = 'demo-portal';

/** Largest file served, in bytes: the demo's files are a few kilobytes; anything huge is not one of them. */
export const maxDemoFileBytes = 8 * 1024 * 1024;

/** A reader of the files of `root`; undefined for anything that is not a regular file inside it. */
export function createDemoFileReader(root: string): DemoFileReader {
  const base = path.resolve(root);
  return async (file) => {
    const full = path.resolve(base, ...file.split('/'));
    if (!full.startsWith(base + path.sep)) return undefined;
    const info = await stat(full).catch(() => undefined);
    if (info === undefined || !info.isFile() || info.size > maxDemoFileBytes) return undefined;
    const bytes = await readFile(full).catch(() => undefined);
    return bytes === undefined ? undefined : new Uint8Array(bytes);
  };
}
