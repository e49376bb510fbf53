import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectedFuses } from './expected-fuses.ts';
import { readFuses } from './read-fuses.ts';

/** The sentinel Electron puts before its fuse wire. */
const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
let folder: string | undefined;

/** A file laid out as an Electron executable's fuse wire: sentinel, version 1, length, one byte per fuse. */
function executable(wire: readonly number[]): string {
  folder = mkdtempSync(path.join(tmpdir(), 'fuses-'));
  const file = path.join(folder, 'electron');
  writeFileSync(file, Buffer.concat([Buffer.from('ELF…code…'), Buffer.from(sentinel), Buffer.from([1, wire.length, ...wire]), Buffer.from('…more code')]));
  return file;
}

afterEach(() => {
  if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

describe('reading the fuses from the executable', () => {
  it('reads each fuse by electron-builder’s name with @electron/fuses', async () => {
    // RunAsNode off, cookie encryption on, NODE_OPTIONS off, inspect off, asar integrity on, asar only on, V8 snapshot inherited, file privileges off.
    const file = executable([0x30, 0x31, 0x30, 0x30, 0x31, 0x31, 0x90, 0x30]);
    const readout = await readFuses(file);
    expect(readout).toEqual(Object.fromEntries(Object.entries(expectedFuses).map(([name, on]) => [name, on ? 'enabled' : 'disabled'])));
  });

  it('tells a flipped fuse, and leaves out a fuse an older wire does not have', async () => {
    const readout = await readFuses(executable([0x31, 0x72, 0x30, 0x30]));
    expect(readout).toEqual({ runAsNode: 'enabled', enableCookieEncryption: 'removed', enableNodeOptionsEnvironmentVariable: 'disabled', enableNodeCliInspectArguments: 'disabled' });
  });

  it('refuses a file without a fuse wire', async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'fuses-'));
    const file = path.join(folder, 'not-electron');
    writeFileSync(file, 'plain text');
    await expect(readFuses(file)).rejects.toThrow(/sentinel/);
  });
});
