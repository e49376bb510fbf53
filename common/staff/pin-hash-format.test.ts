import { describe, expect, it } from 'vitest';
import { base64ByteLength, formatPinHash, isPinHash, parsePinHash } from './pin-hash-format.ts';

const salt = Buffer.alloc(16, 7).toString('base64');
const hash = Buffer.alloc(32, 9).toString('base64');
const good = `scrypt$32768$8$1$${salt}$${hash}`;

describe('parsePinHash', () => {
  it('reads a well-formed hash and writes it back unchanged', () => {
    const parts = parsePinHash(good);
    expect(parts).toEqual({ cost: 32768, blockSize: 8, parallelization: 1, salt, hash });
    expect(parts && formatPinHash(parts)).toBe(good);
    expect(isPinHash(good)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['another scheme', `bcrypt$32768$8$1$${salt}$${hash}`],
    ['a missing field', `scrypt$32768$8$${salt}$${hash}`],
    ['an extra field', `${good}$x`],
    ['a cost that is not a power of two', `scrypt$30000$8$1$${salt}$${hash}`],
    ['a cost too small', `scrypt$512$8$1$${salt}$${hash}`],
    ['a cost too large (memory exhaustion)', `scrypt$2097152$8$1$${salt}$${hash}`],
    ['a memory need beyond the limit', `scrypt$1048576$8$1$${salt}$${hash}`],
    ['a block size of zero', `scrypt$32768$0$1$${salt}$${hash}`],
    ['a huge parallelization', `scrypt$32768$8$99$${salt}$${hash}`],
    ['a signed number', `scrypt$+32768$8$1$${salt}$${hash}`],
    ['a leading zero', `scrypt$032768$8$1$${salt}$${hash}`],
    ['a salt too short', `scrypt$32768$8$1$${Buffer.alloc(8).toString('base64')}$${hash}`],
    ['a hash too short', `scrypt$32768$8$1$${salt}$${Buffer.alloc(8).toString('base64')}`],
    ['base64 without padding', `scrypt$32768$8$1$${salt.replace(/=+$/, '')}$${hash}`],
    ['base64url characters', `scrypt$32768$8$1$${salt}$${hash.replace(/.$/, '_')}`],
    ['an empty hash', `scrypt$32768$8$1$${salt}$`],
    ['spaces', ` ${good}`],
  ])('refuses %s', (_name, stored) => {
    expect(parsePinHash(stored)).toBeUndefined();
    expect(isPinHash(stored)).toBe(false);
  });
});

describe('base64ByteLength', () => {
  it.each([0, 1, 2, 3, 16, 32, 33])('agrees with Buffer for %i bytes', (bytes) => {
    expect(base64ByteLength(Buffer.alloc(bytes, 1).toString('base64'))).toBe(bytes);
  });
});
