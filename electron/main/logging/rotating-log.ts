/**
 * The référent's log file, rotated by size: `kiosk.log` grows to 1 MiB, then becomes `kiosk.log.1`
 * (the older ones shift to `.2` … `.4`, the oldest is deleted), so the logs never take more than
 * about 5 MiB. Writes are synchronous so the line about a crash reaches the disk before the process
 * dies, and they never throw: a full or read-only disk must not stop the kiosk.
 */
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { sanitizeLogLine } from './log-line.ts';

/** The synchronous file operations the log needs; injected so it is tested in memory. */
export interface RotatingLogFs {
  /** Appends UTF-8 text to a file, creating it. */
  appendFile(file: string, text: string): void;
  /** The size of a file in bytes; 0 when it does not exist. */
  fileSize(file: string): number;
  /** Renames a file, replacing the target; does nothing when the source does not exist. */
  rename(from: string, to: string): void;
  /** Deletes a file; does nothing when it does not exist. */
  remove(file: string): void;
  /** Creates a folder and its parents. */
  mkdir(folder: string): void;
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

/** The real file system. */
export const nodeRotatingLogFs: RotatingLogFs = {
  appendFile: (file, text) => appendFileSync(file, text, { encoding: 'utf8', mode: 0o600 }),
  fileSize: (file) => {
    try {
      return statSync(file).size;
    } catch (error) {
      if (isMissing(error)) return 0;
      throw error;
    }
  },
  rename: (from, to) => {
    try {
      renameSync(from, to);
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  },
  remove: (file) => rmSync(file, { force: true }),
  mkdir: (folder) => {
    mkdirSync(folder, { recursive: true });
  },
};

/** The size of each file before rotation: 1 MiB. */
export const defaultMaxLogBytes = 1024 * 1024;

/** How many files the log keeps, the current one included. */
export const defaultLogFiles = 5;

/** What the rotating log needs. */
export interface RotatingLogOptions {
  /** The current log file, e.g. `<userData>/logs/kiosk.log`. */
  readonly file: string;
  readonly maxBytes?: number;
  /** Files kept, the current one included (at least 1). */
  readonly files?: number;
  /** The longest line kept (longer ones are cut). */
  readonly maxLineLength?: number;
  readonly fs?: RotatingLogFs;
}

/** A log file that rotates by size. */
export interface RotatingLog {
  /** Writes one line (sanitized, cut if too long); false when the disk refused it. Never throws. */
  write(line: string): boolean;
}

/** Creates the rotating log; usable as the sink of `createLogger`. */
export function createRotatingLog(options: RotatingLogOptions): RotatingLog {
  const fs = options.fs ?? nodeRotatingLogFs;
  const maxBytes = Math.max(1, options.maxBytes ?? defaultMaxLogBytes);
  const files = Math.max(1, Math.floor(options.files ?? defaultLogFiles));
  const older = (n: number): string => `${options.file}.${String(n)}`;
  let size: number | undefined;

  const currentSize = (): number => {
    if (size === undefined) {
      fs.mkdir(path.dirname(options.file));
      size = fs.fileSize(options.file);
    }
    return size;
  };

  const rotate = (): void => {
    if (files === 1) {
      fs.remove(options.file);
    } else {
      fs.remove(older(files - 1));
      for (let n = files - 2; n >= 1; n -= 1) fs.rename(older(n), older(n + 1));
      fs.rename(options.file, older(1));
    }
    size = 0;
  };

  return {
    write(line) {
      const text = `${sanitizeLogLine(line, options.maxLineLength)}\n`;
      const bytes = Buffer.byteLength(text, 'utf8');
      try {
        const before = currentSize();
        if (before > 0 && before + bytes > maxBytes) rotate();
        fs.appendFile(options.file, text);
        size = (size ?? 0) + bytes;
        return true;
      } catch {
        // Re-read the size on the next write: the disk may have changed under us.
        size = undefined;
        return false;
      }
    },
  };
}
