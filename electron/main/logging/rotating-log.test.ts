import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../log.ts';
import { createRotatingLog, defaultLogFiles, defaultMaxLogBytes, type RotatingLogFs } from './rotating-log.ts';

/** An in-memory file system; `full` makes every append fail. */
class MemoryLogFs implements RotatingLogFs {
  readonly files = new Map<string, string>();
  readonly folders = new Set<string>();
  full = false;
  appendFile(file: string, text: string): void {
    if (this.full) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
    this.files.set(file, (this.files.get(file) ?? '') + text);
  }
  fileSize(file: string): number {
    return Buffer.byteLength(this.files.get(file) ?? '', 'utf8');
  }
  rename(from: string, to: string): void {
    const text = this.files.get(from);
    if (text === undefined) return;
    this.files.delete(from);
    this.files.set(to, text);
  }
  remove(file: string): void {
    this.files.delete(file);
  }
  mkdir(folder: string): void {
    this.folders.add(folder);
  }
}

const line = (n: number) => `line ${String(n).padStart(3, '0')}`; // 8 characters + newline = 9 bytes

describe('createRotatingLog', () => {
  it('appends sanitized lines, one per entry, creating the folder', () => {
    const fs = new MemoryLogFs();
    const log = createRotatingLog({ file: '/logs/kiosk.log', fs });
    expect(log.write('first')).toBe(true);
    log.write('second\nERROR forged');
    expect(fs.files.get('/logs/kiosk.log')).toBe('first\nsecond ERROR forged\n');
    expect(fs.folders.has('/logs')).toBe(true);
  });

  it('rotates when the next line would pass the size, keeping the newest lines in order', () => {
    const fs = new MemoryLogFs();
    const log = createRotatingLog({ file: '/logs/kiosk.log', fs, maxBytes: 27, files: 3 });
    for (let n = 1; n <= 10; n += 1) log.write(line(n));
    expect([...fs.files.keys()].sort()).toEqual(['/logs/kiosk.log', '/logs/kiosk.log.1', '/logs/kiosk.log.2']);
    expect(fs.files.get('/logs/kiosk.log.2')).toBe('line 004\nline 005\nline 006\n');
    expect(fs.files.get('/logs/kiosk.log.1')).toBe('line 007\nline 008\nline 009\n');
    expect(fs.files.get('/logs/kiosk.log')).toBe('line 010\n');
    for (const text of fs.files.values()) expect(Buffer.byteLength(text)).toBeLessThanOrEqual(27);
  });

  it('continues an existing file and rotates it by its size on disk', () => {
    const fs = new MemoryLogFs();
    fs.files.set('/logs/kiosk.log', 'x'.repeat(20));
    const log = createRotatingLog({ file: '/logs/kiosk.log', fs, maxBytes: 27, files: 2 });
    log.write(line(1));
    expect(fs.files.get('/logs/kiosk.log.1')).toBe('x'.repeat(20));
    expect(fs.files.get('/logs/kiosk.log')).toBe('line 001\n');
  });

  it('keeps a line longer than a whole file rather than rotating forever', () => {
    const fs = new MemoryLogFs();
    const log = createRotatingLog({ file: '/logs/kiosk.log', fs, maxBytes: 10, files: 2, maxLineLength: 50 });
    log.write('y'.repeat(40));
    log.write('z'.repeat(40));
    expect(fs.files.get('/logs/kiosk.log.1')).toBe(`${'y'.repeat(40)}\n`);
    expect(fs.files.get('/logs/kiosk.log')).toBe(`${'z'.repeat(40)}\n`);
  });

  it('cuts overlong lines', () => {
    const fs = new MemoryLogFs();
    createRotatingLog({ file: '/logs/kiosk.log', fs, maxLineLength: 10 }).write('a'.repeat(100));
    expect(fs.files.get('/logs/kiosk.log')).toBe(`${'a'.repeat(9)}…\n`);
  });

  it('never throws when the disk is full, and writes again once it is not', () => {
    const fs = new MemoryLogFs();
    const log = createRotatingLog({ file: '/logs/kiosk.log', fs });
    fs.full = true;
    expect(log.write('lost')).toBe(false);
    fs.full = false;
    expect(log.write('kept')).toBe(true);
    expect(fs.files.get('/logs/kiosk.log')).toBe('kept\n');
  });

  it('keeps only the current file when told to keep one', () => {
    const fs = new MemoryLogFs();
    const log = createRotatingLog({ file: '/logs/kiosk.log', fs, maxBytes: 9, files: 1 });
    log.write(line(1));
    log.write(line(2));
    expect([...fs.files.entries()]).toEqual([['/logs/kiosk.log', 'line 002\n']]);
  });

  it('defaults to 1 MiB × 5 files', () => {
    expect(defaultMaxLogBytes).toBe(1_048_576);
    expect(defaultLogFiles).toBe(5);
  });

  it('serves as the sink of the kiosk logger', () => {
    const fs = new MemoryLogFs();
    const log = createRotatingLog({ file: '/logs/kiosk.log', fs });
    createLogger((entry) => log.write(entry)).warn('config: override rejected at "timeouts.idleSeconds"');
    expect(fs.files.get('/logs/kiosk.log')).toMatch(/^\d{4}-\d{2}-\d{2}T\S+ WARN config: override rejected at "timeouts\.idleSeconds"\n$/);
  });
});

describe('createRotatingLog on disk', () => {
  let folder: string | undefined;
  afterEach(() => {
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  });

  it('creates the folder, writes and rotates real files', () => {
    folder = mkdtempSync(path.join(tmpdir(), 'rotating-log-'));
    const file = path.join(folder, 'logs', 'kiosk.log');
    const log = createRotatingLog({ file, maxBytes: 18, files: 3 });
    for (let n = 1; n <= 5; n += 1) log.write(line(n));
    expect(readdirSync(path.join(folder, 'logs')).sort()).toEqual(['kiosk.log', 'kiosk.log.1', 'kiosk.log.2']);
    expect(readFileSync(file, 'utf8')).toBe('line 005\n');
    expect(readFileSync(`${file}.1`, 'utf8')).toBe('line 003\nline 004\n');
  });
});
