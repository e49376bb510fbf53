/**
 * The order of the digits on the staff PIN pad, shuffled each time the pad opens so that smudges
 * and a watcher over the shoulder do not give the PIN away.
 */

/** The ten digits, in reading order. */
export const pinDigits = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/** One digit key of the pad. */
export type PinDigit = (typeof pinDigits)[number];

/**
 * A source of uniform random numbers in [0, 1). Pass one built on `crypto.getRandomValues`
 * (see `cryptoRandom`), never `Math.random`, in the kiosk.
 */
export type RandomSource = () => number;

/** A random index below `length` from `random`, kept in range even if the source misbehaves. */
function randomIndex(random: RandomSource, length: number): number {
  const value = random();
  const index = Math.floor((Number.isFinite(value) ? value : 0) * length);
  return Math.min(length - 1, Math.max(0, index));
}

/** The ten digits in a random order (Fisher–Yates); always a permutation of 0–9. */
export function shuffledPinDigits(random: RandomSource): readonly PinDigit[] {
  const digits: PinDigit[] = [...pinDigits];
  for (let last = digits.length - 1; last > 0; last -= 1) {
    const other = randomIndex(random, last + 1);
    const kept = digits[last] as PinDigit;
    digits[last] = digits[other] as PinDigit;
    digits[other] = kept;
  }
  return digits;
}

/**
 * A random source built on a function that fills 32-bit words with cryptographic randomness
 * (`(words) => crypto.getRandomValues(words)` in the renderer or in Node).
 */
export function cryptoRandom(fill: (words: Uint32Array) => unknown): RandomSource {
  const words = new Uint32Array(1);
  return () => {
    fill(words);
    return (words[0] ?? 0) / 2 ** 32;
  };
}

/** True when `pin` is a PIN the pad can enter: 4 to 8 digits. */
export function isPinFormat(pin: string): boolean {
  return /^\d{4,8}$/.test(pin);
}
