import { scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parsePinHash } from '../../../common/staff/pin-hash-format.ts';
import { defaultPinHashParameters, hashPin, verifyPin, type PinHashParameters } from './pin-hash.ts';

/** Cheap parameters so most tests stay fast; the format and the checks are the same. */
const fast: PinHashParameters = { ...defaultPinHashParameters, cost: 2 ** 10 };

describe('hashPin and verifyPin', () => {
  it('hashes with the documented default parameters, and the hash verifies the PIN', async () => {
    const stored = await hashPin('482913');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(await verifyPin('482913', stored)).toBe(true);
  });

  it('refuses a wrong PIN, including one differing by a single digit or a prefix', async () => {
    const stored = await hashPin('482913', fast);
    for (const wrong of ['482914', '48291', '4829130', '', '182913']) {
      expect(await verifyPin(wrong, stored)).toBe(false);
    }
  });

  it('salts every hash: the same PIN never gives the same text twice', async () => {
    const first = await hashPin('1234', fast);
    const second = await hashPin('1234', fast);
    expect(first).not.toBe(second);
    expect(parsePinHash(first)?.salt).not.toBe(parsePinHash(second)?.salt);
    expect(await verifyPin('1234', second)).toBe(true);
  });

  it('verifies a hash made independently with node:crypto in the documented format', async () => {
    const salt = Buffer.from('0123456789abcdef');
    const key = scryptSync('2468', salt, 32, { N: 1024, r: 8, p: 1 });
    const stored = `scrypt$1024$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
    expect(await verifyPin('2468', stored)).toBe(true);
    expect(await verifyPin('2469', stored)).toBe(false);
  });

  it('takes the parameters from the stored text, not from the defaults', async () => {
    const stored = await hashPin('2468', { ...fast, blockSize: 4, keyBytes: 24 });
    expect(parsePinHash(stored)).toMatchObject({ cost: 1024, blockSize: 4, parallelization: 1 });
    expect(await verifyPin('2468', stored)).toBe(true);
  });

  it('never verifies a tampered hash', async () => {
    const stored = await hashPin('1234', fast);
    const parts = stored.split('$');
    const key = Buffer.from(parts[5] ?? '', 'base64');
    key[0] = (key[0] ?? 0) ^ 1;
    parts[5] = key.toString('base64');
    expect(await verifyPin('1234', parts.join('$'))).toBe(false);
    expect(await verifyPin('1234', stored.replace('$1024$', '$2048$'))).toBe(false);
  });

  it('never verifies and never throws on a malformed stored hash', async () => {
    const stored = await hashPin('1234', fast);
    const malformed = [
      '',
      'scrypt',
      '1234',
      stored.slice(0, -3),
      `${stored}$`,
      stored.replace('scrypt', 'SCRYPT'),
      stored.replace('$1024$', '$4294967296$'),
      stored.replace('$1024$', '$1073741824$'),
      'scrypt$1024$8$1$$',
      '\u0000'.repeat(100),
    ];
    for (const text of malformed) {
      await expect(verifyPin('1234', text)).resolves.toBe(false);
    }
  });

  it('refuses to hash anything the PIN pad cannot type, and parameters beyond the limits', async () => {
    for (const pin of ['123', '123456789', 'abcd', '12 34']) {
      await expect(hashPin(pin, fast)).rejects.toThrow('4 à 8 chiffres');
    }
    await expect(hashPin('1234', { ...fast, cost: 2 ** 22 })).rejects.toThrow('hors des limites');
    await expect(hashPin('1234', { ...fast, saltBytes: 4 })).rejects.toThrow('hors des limites');
  });
});
