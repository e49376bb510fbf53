import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isTemporaryFileOf, nodeAtomicWriteFs, temporaryFileFor, writeFileAtomic } from './atomic-write.ts';
import { MemoryFs } from './test-support/memory-fs.ts';

describe('writeFileAtomic (in memory)', () => {
  it('writes a temporary file beside the target, flushed, renames it over the target, then flushes the folder', async () => {
    const fs = new MemoryFs();
    fs.folders.add('/data');
    fs.files.set('/data/s.json', 'old');
    await writeFileAtomic(fs, '/data/s.json', 'new');
    expect(fs.files.get('/data/s.json')).toBe('new');
    expect([...fs.files.keys()]).toEqual(['/data/s.json']);
    const [write, rename, sync] = fs.calls;
    expect(write).toMatch(/^writeNewFileSynced \/data\/s\.json\.tmp-\S+$/);
    expect(rename).toBe(`rename ${write?.split(' ')[1] ?? ''} -> /data/s.json`);
    expect(sync).toBe('syncDirectory /data');
  });

  it('leaves the old file untouched and removes the temporary file when the write fails', async () => {
    const fs = new MemoryFs();
    fs.folders.add('/data');
    fs.files.set('/data/s.json', 'old');
    fs.failing.set('rename', 'EPERM');
    await expect(writeFileAtomic(fs, '/data/s.json', 'new')).rejects.toThrow('EPERM');
    expect([...fs.files.entries()]).toEqual([['/data/s.json', 'old']]);
    expect(fs.calls.some((call) => call.startsWith('unlink /data/s.json.tmp-'))).toBe(true);
  });

  it('reports a failed first write without leaving anything', async () => {
    const fs = new MemoryFs();
    fs.folders.add('/data');
    fs.failing.set('writeNewFileSynced', 'ENOSPC');
    await expect(writeFileAtomic(fs, '/data/s.json', 'new')).rejects.toThrow('ENOSPC');
    expect(fs.files.size).toBe(0);
  });

  it('names temporary files so they can be recognised and never collide', () => {
    const a = temporaryFileFor('/data/statistics.json');
    const b = temporaryFileFor('/data/statistics.json');
    expect(a).not.toBe(b);
    expect(isTemporaryFileOf(path.basename(a), 'statistics.json')).toBe(true);
    expect(isTemporaryFileOf('statistics.json', 'statistics.json')).toBe(false);
    expect(isTemporaryFileOf('statistics.json.corrupt-2025-09-02', 'statistics.json')).toBe(false);
  });
});

describe('writeFileAtomic (on disk)', () => {
  let folder: string | undefined;
  afterEach(() => {
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  });

  it('replaces an existing file and leaves no temporary file', async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'atomic-write-'));
    const file = path.join(folder, 'statistics.json');
    writeFileSync(file, 'old');
    await writeFileAtomic(nodeAtomicWriteFs, file, 'nouveau contenu é');
    expect(readFileSync(file, 'utf8')).toBe('nouveau contenu é');
    expect(readdirSync(folder)).toEqual(['statistics.json']);
  });

  it('fails in a missing folder without creating anything', async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'atomic-write-'));
    await expect(writeFileAtomic(nodeAtomicWriteFs, path.join(folder, 'missing', 's.json'), 'x')).rejects.toThrow();
    expect(readdirSync(folder)).toEqual([]);
  });
});
