/**
 * An in-memory `StatisticsFs` for unit tests: files and folders in maps, every operation recorded,
 * and any operation made to fail on demand.
 */
import path from 'node:path';
import type { StatisticsFs } from '../statistics-store.ts';

/** The operations of the fake, by name. */
export type MemoryFsOperation = keyof StatisticsFs;

function errorWithCode(code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/** A fake file system in memory. */
export class MemoryFs implements StatisticsFs {
  readonly files = new Map<string, string>();
  readonly folders = new Set<string>(['/']);
  /** Every call, as `operation path`. */
  readonly calls: string[] = [];
  /** Operations that fail with `EIO` (or the given code) until removed. */
  readonly failing = new Map<MemoryFsOperation, string>();

  private enter(operation: MemoryFsOperation, target: string): void {
    this.calls.push(`${operation} ${target}`);
    const code = this.failing.get(operation);
    if (code !== undefined) throw errorWithCode(code, `${operation} ${target}`);
  }

  private requireFolder(file: string): void {
    if (!this.folders.has(path.dirname(file))) throw errorWithCode('ENOENT', path.dirname(file));
  }

  async writeNewFileSynced(file: string, data: string): Promise<void> {
    this.enter('writeNewFileSynced', file);
    this.requireFolder(file);
    if (this.files.has(file)) throw errorWithCode('EEXIST', file);
    this.files.set(file, data);
  }

  async rename(from: string, to: string): Promise<void> {
    this.enter('rename', `${from} -> ${to}`);
    const data = this.files.get(from);
    if (data === undefined) throw errorWithCode('ENOENT', from);
    this.requireFolder(to);
    this.files.delete(from);
    this.files.set(to, data);
  }

  async unlink(file: string): Promise<void> {
    this.enter('unlink', file);
    if (!this.files.delete(file)) throw errorWithCode('ENOENT', file);
  }

  async syncDirectory(folder: string): Promise<void> {
    this.enter('syncDirectory', folder);
  }

  async readFile(file: string): Promise<string> {
    this.enter('readFile', file);
    const data = this.files.get(file);
    if (data === undefined) throw errorWithCode(this.folders.has(file) ? 'EISDIR' : 'ENOENT', file);
    return data;
  }

  async mkdir(folder: string): Promise<void> {
    this.enter('mkdir', folder);
    for (let current = folder; !this.folders.has(current); current = path.dirname(current)) this.folders.add(current);
  }

  async readdir(folder: string): Promise<string[]> {
    this.enter('readdir', folder);
    if (!this.folders.has(folder)) throw errorWithCode('ENOENT', folder);
    return [...this.files.keys(), ...this.folders].filter((p) => p !== folder && path.dirname(p) === folder).map((p) => path.basename(p));
  }

  async exists(file: string): Promise<boolean> {
    this.enter('exists', file);
    return this.files.has(file) || this.folders.has(file);
  }

  async isDirectory(folder: string): Promise<boolean> {
    this.enter('isDirectory', folder);
    return this.folders.has(folder);
  }
}
