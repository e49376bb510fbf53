import { webcrypto } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cryptoRandom, isPinFormat, pinDigits, shuffledPinDigits } from './pin-pad.ts';

const sorted = (digits: readonly string[]) => [...digits].sort();

/** A random source replaying `values`, then 0. */
function replay(values: readonly number[]) {
  let i = 0;
  return () => values[i++] ?? 0;
}

describe('shuffledPinDigits', () => {
  it('is always a permutation of 0–9, whatever the random source returns (property)', () => {
    const anyNumber = fc.oneof(fc.double(), fc.constantFrom(0, 1, -1, 0.999_999_999, Number.NaN, Infinity, -Infinity));
    fc.assert(
      fc.property(fc.array(anyNumber, { minLength: 9, maxLength: 9 }), (values) => {
        expect(sorted(shuffledPinDigits(replay(values)))).toEqual([...pinDigits]);
      }),
    );
  });

  it('follows the random source (Fisher–Yates from the last key)', () => {
    // Always picking index 0 rotates each last digit to the front in turn.
    expect(shuffledPinDigits(() => 0).join('')).toBe('1234567890');
    // Always picking the last remaining index leaves the order unchanged.
    expect(shuffledPinDigits(() => 0.999_999).join('')).toBe('0123456789');
  });

  it('can put any digit on any key: every position sees all ten digits over many shuffles', () => {
    const random = cryptoRandom((words) => webcrypto.getRandomValues(words));
    const seen = pinDigits.map(() => new Set<string>());
    for (let round = 0; round < 2_000; round += 1) {
      shuffledPinDigits(random).forEach((digit, position) => seen[position]?.add(digit));
    }
    expect(seen.map((digits) => digits.size)).toEqual(pinDigits.map(() => 10));
  });
});

describe('cryptoRandom', () => {
  it('maps 32-bit words onto [0, 1)', () => {
    const words = [0, 2 ** 31, 2 ** 32 - 1];
    let i = 0;
    const random = cryptoRandom((target) => {
      target[0] = words[i++] ?? 0;
    });
    expect(random()).toBe(0);
    expect(random()).toBe(0.5);
    const top = random();
    expect(top).toBeLessThan(1);
    expect(top).toBeGreaterThan(0.999_999);
  });
});

describe('isPinFormat', () => {
  it.each(['1234', '00000000', '482913'])('accepts %s', (pin) => expect(isPinFormat(pin)).toBe(true));
  it.each(['', '123', '123456789', '12a4', ' 1234', '1234\n', '１２３４'])('refuses %j', (pin) =>
    expect(isPinFormat(pin)).toBe(false),
  );
});
