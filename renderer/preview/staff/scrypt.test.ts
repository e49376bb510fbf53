import { scryptSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyPinInBrowser } from './browser-pin.ts';
import { scrypt } from './scrypt.ts';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe('scrypt written from RFC 7914, against Node’s crypto.scryptSync', () => {
  it.each([
    ['the RFC’s first vector (empty password and salt)', '', '', 16, 1, 1, 64],
    ['the RFC’s second vector', 'password', 'NaCl', 1024, 8, 16, 64],
    ['a PIN with the kiosk’s block size and a short key', '2468', '0123456789abcdef', 1024, 8, 1, 32],
    ['a larger block size and parallelization', '48291357', 'sel de la borne !', 2048, 4, 3, 48],
  ])('derives the same key for %s', async (_name, password, salt, cost, blockSize, parallelization, keyBytes) => {
    const expected = scryptSync(password, salt, keyBytes, { N: cost, r: blockSize, p: parallelization, maxmem: 256 * 1024 * 1024 });
    const actual = await scrypt(bytes(password), bytes(salt), { cost, blockSize, parallelization }, keyBytes);
    expect(Buffer.from(actual).toString('hex')).toBe(expected.toString('hex'));
  });

  it('matches the RFC’s published first vector byte for byte', async () => {
    const key = await scrypt(bytes(''), bytes(''), { cost: 16, blockSize: 1, parallelization: 1 }, 64);
    expect(Buffer.from(key).toString('hex')).toBe(
      '77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906',
    );
  });

  it('gives the same key when it pauses for the page during the derivation', async () => {
    let pauses = 0;
    const pause = async () => {
      pauses += 1;
    };
    const plain = await scrypt(bytes('2468'), bytes('salt-salt-salt-!'), { cost: 1024, blockSize: 8, parallelization: 1 }, 32);
    const paused = await scrypt(bytes('2468'), bytes('salt-salt-salt-!'), { cost: 1024, blockSize: 8, parallelization: 1 }, 32, { pause, pauseEvery: 100 });
    expect(paused).toEqual(plain);
    expect(pauses).toBe(20);
  });

  it('refuses parameters scrypt does not define', async () => {
    await expect(scrypt(bytes('1'), bytes('2'), { cost: 1000, blockSize: 8, parallelization: 1 }, 32)).rejects.toThrow(RangeError);
    await expect(scrypt(bytes('1'), bytes('2'), { cost: 1024, blockSize: 0, parallelization: 1 }, 32)).rejects.toThrow(RangeError);
  });
});

describe('verifyPinInBrowser', () => {
  const salt = Buffer.from('0123456789abcdef');
  const stored = `scrypt$1024$8$1$${salt.toString('base64')}$${scryptSync('2468', salt, 32, { N: 1024, r: 8, p: 1 }).toString('base64')}`;

  it('accepts the PIN of a hash made by Node and refuses any other', async () => {
    expect(await verifyPinInBrowser('2468', stored)).toBe(true);
    for (const wrong of ['2469', '246', '24680', '8642', '']) expect(await verifyPinInBrowser(wrong, stored)).toBe(false);
  });

  it('never verifies a tampered hash, and never verifies nor throws on a malformed or out-of-limits one', async () => {
    const tampered = stored.replace(/\$([A-Za-z0-9+/])([^$]*)$/, (_m, first: string, rest: string) => `$${first === 'A' ? 'B' : 'A'}${rest}`);
    expect(tampered).not.toBe(stored);
    for (const text of ['', 'scrypt', tampered, stored.replace('$1024$', '$1000$'), stored.replace('$1024$', '$4194304$'), `${stored}$`]) {
      await expect(verifyPinInBrowser('2468', text)).resolves.toBe(false);
    }
  });

  it('accepts the demo PIN 2468 against the bundled configuration’s hash', async () => {
    const config = JSON.parse(readFileSync(new URL('../../../resources/school/lycee-du-parc.json', import.meta.url), 'utf8')) as { staffPinHash: string };
    expect(await verifyPinInBrowser('2468', config.staffPinHash)).toBe(true);
  });
});
