// Extracts the small tar archives that @sparticuz/chromium ships (its libraries and its graphics
// stack), so that unpacking its Chromium needs no tar package of our own.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const blockSize = 512;

function field(header: Buffer, start: number, length: number): string {
  const text = header.subarray(start, start + length).toString('utf8');
  const end = text.indexOf('\0');
  return end === -1 ? text : text.slice(0, end);
}

/**
 * Writes the regular files and folders of an uncompressed ustar archive under `into`, keeping
 * their permission bits. Any other entry (links, devices) or a path leaving `into` is refused,
 * since the archives this is for hold neither.
 */
export function extractTar(archive: Buffer, into: string): void {
  const root = path.resolve(into);
  let offset = 0;
  while (offset + blockSize <= archive.length) {
    const header = archive.subarray(offset, offset + blockSize);
    const name = field(header, 0, 100);
    if (name === '') break;
    const prefix = field(header, 345, 155);
    const size = Number.parseInt(field(header, 124, 12).trim() || '0', 8);
    const mode = Number.parseInt(field(header, 100, 8).trim() || '644', 8);
    const type = field(header, 156, 1);
    const target = path.resolve(root, prefix === '' ? name : `${prefix}/${name}`);
    if (target !== root && !target.startsWith(`${root}${path.sep}`)) throw new Error(`tar entry outside the target folder: ${name}`);
    const body = offset + blockSize;
    if (type === '5') {
      mkdirSync(target, { recursive: true });
    } else if (type === '0' || type === '') {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, archive.subarray(body, body + size), { mode });
    } else {
      throw new Error(`tar entry of unsupported type ${JSON.stringify(type)}: ${name}`);
    }
    offset = body + Math.ceil(size / blockSize) * blockSize;
  }
}
