/**
 * Checks a staff PIN against the configuration's `scrypt$N$r$p$salt$hash` text in the browser
 * preview, with the same limits as the kiosk (`parsePinHash`) and a constant-time comparison.
 * Web Crypto has no scrypt: the derivation is `@noble/hashes`' audited implementation, whose
 * asynchronous form gives the page back its event loop while it works.
 */
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { parsePinHash } from '../../../common/staff/pin-hash-format.ts';

/** How the derivation shares the page: at most this many milliseconds of work between two yields. */
export interface BrowserPinOptions {
  readonly asyncTick?: number;
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** True when `a` and `b` hold the same bytes; the time taken does not depend on where they differ. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= (a[i] as number) ^ (b[i] as number);
  return difference === 0;
}

/**
 * True when `pin` matches the stored hash. A malformed or out-of-limits stored hash never
 * verifies, and nothing here throws.
 */
export async function verifyPinInBrowser(pin: string, stored: string, options: BrowserPinOptions = {}): Promise<boolean> {
  try {
    const parts = parsePinHash(stored);
    if (parts === undefined) return false;
    const expected = fromBase64(parts.hash);
    const actual = await scryptAsync(new TextEncoder().encode(pin), fromBase64(parts.salt), {
      N: parts.cost,
      r: parts.blockSize,
      p: parts.parallelization,
      dkLen: expected.length,
      asyncTick: options.asyncTick ?? 10,
    });
    return sameBytes(actual, expected);
  } catch {
    return false;
  }
}
