import { scryptSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sameBytes, verifyPinInBrowser } from './browser-pin.ts';

/** A hash made on the Electron side's way: Node's scrypt, in the configuration's text format. */
function nodeHash(pin: string, salt: Buffer, cost: number, blockSize: number, parallelization: number, keyBytes = 32): string {
  const key = scryptSync(pin, salt, keyBytes, { N: cost, r: blockSize, p: parallelization, maxmem: 256 * 1024 * 1024 });
  return `scrypt$${String(cost)}$${String(blockSize)}$${String(parallelization)}$${salt.toString('base64')}$${key.toString('base64')}`;
}

describe('verifyPinInBrowser, against hashes made by Node’s scrypt', () => {
  const salt = Buffer.from('0123456789abcdef');
  const stored = nodeHash('2468', salt, 1024, 8, 1);

  it('accepts the PIN of a hash made by Node and refuses any other', async () => {
    expect(await verifyPinInBrowser('2468', stored)).toBe(true);
    for (const wrong of ['2469', '246', '24680', '8642', '']) expect(await verifyPinInBrowser(wrong, stored)).toBe(false);
  });

  it.each([
    [2048, 4, 3, 48],
    [16384, 8, 1, 32],
  ])('agrees with Node for N=%i r=%i p=%i and a %i-byte key', async (cost, blockSize, parallelization, keyBytes) => {
    const text = nodeHash('48291357', Buffer.from('sel de la borne !'), cost, blockSize, parallelization, keyBytes);
    expect(await verifyPinInBrowser('48291357', text)).toBe(true);
    expect(await verifyPinInBrowser('48291358', text)).toBe(false);
  });

  it('never verifies a tampered hash, and never verifies nor throws on a malformed or out-of-limits one', async () => {
    const tampered = stored.replace(/\$([A-Za-z0-9+/])([^$]*)$/, (_m, first: string, rest: string) => `$${first === 'A' ? 'B' : 'A'}${rest}`);
    expect(tampered).not.toBe(stored);
    for (const text of ['', 'scrypt', tampered, stored.replace('$1024$', '$1000$'), stored.replace('$1024$', '$4194304$'), `${stored}$`]) {
      await expect(verifyPinInBrowser('2468', text)).resolves.toBe(false);
    }
  });

  it('accepts the demo PIN 2468 against the bundled configuration’s hash (N = 32768)', async () => {
    const config = JSON.parse(readFileSync(new URL('../../../resources/school/lycee-du-parc.json', import.meta.url), 'utf8')) as { staffPinHash: string };
    expect(await verifyPinInBrowser('2468', config.staffPinHash)).toBe(true);
    expect(await verifyPinInBrowser('1357', config.staffPinHash)).toBe(false);
  });
});

describe('sameBytes', () => {
  it('compares lengths and every byte', () => {
    expect(sameBytes(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
    expect(sameBytes(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false);
    expect(sameBytes(new Uint8Array([1]), new Uint8Array([1, 0]))).toBe(false);
  });
});
