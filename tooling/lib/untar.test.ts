import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractTar } from './untar.ts';

/** One ustar header block and its padded body. */
function entry(name: string, body: string, type: '0' | '5' | '2', mode: number): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, 'utf8');
  header.write(`${mode.toString(8).padStart(7, '0')}\0`, 100);
  header.write(`${Buffer.byteLength(body).toString(8).padStart(11, '0')}\0`, 124);
  header.write(type, 156);
  header.write('ustar  \0', 257);
  const padded = Buffer.alloc(Math.ceil(Buffer.byteLength(body) / 512) * 512);
  padded.write(body);
  return Buffer.concat([header, padded]);
}

const end = Buffer.alloc(1024);

describe('extractTar', () => {
  let folder = '';
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('writes folders and files with their permission bits', () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'borne-untar-'));
    const body = 'x'.repeat(700);
    extractTar(Buffer.concat([entry('lib/', '', '5', 0o755), entry('lib/libnss3.so', body, '0', 0o755), entry('icd.json', '{}', '0', 0o644), end]), folder);
    expect(readFileSync(path.join(folder, 'lib', 'libnss3.so'), 'utf8')).toBe(body);
    expect(readFileSync(path.join(folder, 'icd.json'), 'utf8')).toBe('{}');
    expect(statSync(path.join(folder, 'lib', 'libnss3.so')).mode & 0o111).not.toBe(0);
  });

  it('refuses an entry that leaves the folder, and links', () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'borne-untar-'));
    expect(() => {
      extractTar(Buffer.concat([entry('../escape', 'x', '0', 0o644), end]), folder);
    }).toThrow(/outside the target folder/);
    expect(() => {
      extractTar(Buffer.concat([entry('link', '', '2', 0o777), end]), folder);
    }).toThrow(/unsupported type/);
  });
});
