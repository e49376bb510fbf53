/**
 * Atomic file replacement: the new content goes to a temporary file in the same folder, is flushed
 * to disk (fsync), then renamed over the old file, and the folder is flushed so the rename itself
 * survives a power cut. A crash at any moment leaves either the old file or the new one, complete,
 * plus at worst a stray temporary file (`isTemporaryFileOf` recognises it for clean-up).
 */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

/** The file operations an atomic write needs; injected so callers can be tested in memory. */
export interface AtomicWriteFs {
  /** Creates `file` (failing if it exists), writes `data`, flushes it to disk and closes it. */
  writeNewFileSynced(file: string, data: string): Promise<void>;
  /** Renames `from` to `to`, replacing `to`. */
  rename(from: string, to: string): Promise<void>;
  /** Removes a file. */
  unlink(file: string): Promise<void>;
  /** Flushes a folder's entries to disk; best effort (not every platform can). */
  syncDirectory(folder: string): Promise<void>;
}

/** The real file system, through `node:fs/promises`. */
export const nodeAtomicWriteFs: AtomicWriteFs = {
  async writeNewFileSynced(file, data) {
    const handle = await open(file, 'wx', 0o600);
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename,
  unlink,
  async syncDirectory(folder) {
    try {
      const handle = await open(folder, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch {
      // Windows cannot open a folder for syncing; NTFS journals the rename itself.
    }
  },
};

const temporaryMarker = '.tmp-';

/** The name of a fresh temporary file beside `file`. */
export function temporaryFileFor(file: string, unique: string = `${String(process.pid)}-${randomBytes(6).toString('hex')}`): string {
  return `${file}${temporaryMarker}${unique}`;
}

/** True when `name` (a bare file name) is a temporary file left by an atomic write of `fileName`. */
export function isTemporaryFileOf(name: string, fileName: string): boolean {
  return name.startsWith(`${fileName}${temporaryMarker}`);
}

/**
 * Replaces `file` with `data` atomically. On failure the temporary file is removed (best effort),
 * `file` is left as it was, and the error is thrown.
 */
export async function writeFileAtomic(fs: AtomicWriteFs, file: string, data: string): Promise<void> {
  const temporary = temporaryFileFor(file);
  try {
    await fs.writeNewFileSynced(temporary, data);
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.unlink(temporary).catch(() => undefined);
    throw error;
  }
  await fs.syncDirectory(path.dirname(file));
}
