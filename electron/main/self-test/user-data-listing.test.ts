import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changedPaths } from './user-data-diff.ts';
import { listUserData } from './user-data-listing.ts';

let root: string | undefined;
afterEach(() => {
  if (root !== undefined) rmSync(root, { recursive: true, force: true });
});

describe('listing the data folder', () => {
  it('lists files and folders with / separators, and sees a file written between two listings', async () => {
    root = mkdtempSync(path.join(tmpdir(), 'userdata-'));
    mkdirSync(path.join(root, 'logs'));
    writeFileSync(path.join(root, 'logs', 'kiosk.log'), 'a');
    const before = await listUserData(root);
    expect(before.map((entry) => [entry.path, entry.directory, entry.size])).toEqual([
      ['logs', true, 0],
      ['logs/kiosk.log', false, 1],
    ]);
    mkdirSync(path.join(root, 'Partitions', 'x'), { recursive: true });
    writeFileSync(path.join(root, 'Partitions', 'x', 'Cookies'), 'cookie');
    writeFileSync(path.join(root, 'logs', 'kiosk.log'), 'a');
    utimesSync(path.join(root, 'logs', 'kiosk.log'), new Date(0), new Date(0));
    expect(changedPaths(before, await listUserData(root))).toEqual(['Partitions', 'Partitions/x', 'Partitions/x/Cookies', 'logs/kiosk.log']);
  });

  it('lists nothing for a folder that does not exist', async () => {
    await expect(listUserData(path.join(tmpdir(), 'no-such-folder-for-the-self-test'))).resolves.toEqual([]);
  });
});
