/**
 * scrypt (RFC 7914) for the browser preview, which must check the staff PIN against the same
 * `scrypt$N$r$p$salt$hash` text as the kiosk but has no scrypt in WebCrypto. PBKDF2-HMAC-SHA256
 * (one iteration, as the RFC specifies) comes from WebCrypto; the memory-hard part (ROMix,
 * BlockMix, Salsa20/8) is written here from the RFC. It is checked against Node's
 * `crypto.scryptSync` in `scrypt.test.ts`.
 *
 * Only the preview uses it: the Electron kiosk verifies the PIN in the main process with Node's scrypt.
 */

/** The part of WebCrypto scrypt needs (`crypto.subtle`). */
export type Pbkdf2Crypto = Pick<SubtleCrypto, 'importKey' | 'deriveBits'>;

/** Options of `scrypt`. */
export interface ScryptOptions {
  /** WebCrypto's `subtle`; `globalThis.crypto.subtle` by default. */
  readonly subtle?: Pbkdf2Crypto;
  /**
   * Called every `pauseEvery` iterations of ROMix so a long derivation can let the page breathe
   * (e.g. `() => new Promise((resolve) => setTimeout(resolve, 0))`). None by default.
   */
  readonly pause?: () => Promise<void>;
  /** Iterations between pauses (default 2048). */
  readonly pauseEvery?: number;
}

/** The scrypt cost parameters. */
export interface ScryptParameters {
  /** CPU/memory cost N, a power of two greater than 1. */
  readonly cost: number;
  /** Block size r. */
  readonly blockSize: number;
  /** Parallelization p. */
  readonly parallelization: number;
}

async function pbkdf2Sha256(subtle: Pbkdf2Crypto, password: Uint8Array<ArrayBuffer>, salt: Uint8Array<ArrayBuffer>, bytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const key = await subtle.importKey('raw', password, 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 1 }, key, bytes * 8);
  return new Uint8Array(bits);
}

/** Salsa20/8 core on the 16 words of `block`, in place (RFC 7914 §3). Words are kept in locals for speed. */
function salsa208(block: Uint32Array): void {
  const b = block;
  let x0 = b[0] as number, x1 = b[1] as number, x2 = b[2] as number, x3 = b[3] as number;
  let x4 = b[4] as number, x5 = b[5] as number, x6 = b[6] as number, x7 = b[7] as number;
  let x8 = b[8] as number, x9 = b[9] as number, x10 = b[10] as number, x11 = b[11] as number;
  let x12 = b[12] as number, x13 = b[13] as number, x14 = b[14] as number, x15 = b[15] as number;
  let t: number;
  for (let round = 0; round < 8; round += 2) {
    // Column round.
    t = (x0 + x12) | 0; x4 ^= (t << 7) | (t >>> 25);
    t = (x4 + x0) | 0; x8 ^= (t << 9) | (t >>> 23);
    t = (x8 + x4) | 0; x12 ^= (t << 13) | (t >>> 19);
    t = (x12 + x8) | 0; x0 ^= (t << 18) | (t >>> 14);
    t = (x5 + x1) | 0; x9 ^= (t << 7) | (t >>> 25);
    t = (x9 + x5) | 0; x13 ^= (t << 9) | (t >>> 23);
    t = (x13 + x9) | 0; x1 ^= (t << 13) | (t >>> 19);
    t = (x1 + x13) | 0; x5 ^= (t << 18) | (t >>> 14);
    t = (x10 + x6) | 0; x14 ^= (t << 7) | (t >>> 25);
    t = (x14 + x10) | 0; x2 ^= (t << 9) | (t >>> 23);
    t = (x2 + x14) | 0; x6 ^= (t << 13) | (t >>> 19);
    t = (x6 + x2) | 0; x10 ^= (t << 18) | (t >>> 14);
    t = (x15 + x11) | 0; x3 ^= (t << 7) | (t >>> 25);
    t = (x3 + x15) | 0; x7 ^= (t << 9) | (t >>> 23);
    t = (x7 + x3) | 0; x11 ^= (t << 13) | (t >>> 19);
    t = (x11 + x7) | 0; x15 ^= (t << 18) | (t >>> 14);
    // Row round.
    t = (x0 + x3) | 0; x1 ^= (t << 7) | (t >>> 25);
    t = (x1 + x0) | 0; x2 ^= (t << 9) | (t >>> 23);
    t = (x2 + x1) | 0; x3 ^= (t << 13) | (t >>> 19);
    t = (x3 + x2) | 0; x0 ^= (t << 18) | (t >>> 14);
    t = (x5 + x4) | 0; x6 ^= (t << 7) | (t >>> 25);
    t = (x6 + x5) | 0; x7 ^= (t << 9) | (t >>> 23);
    t = (x7 + x6) | 0; x4 ^= (t << 13) | (t >>> 19);
    t = (x4 + x7) | 0; x5 ^= (t << 18) | (t >>> 14);
    t = (x10 + x9) | 0; x11 ^= (t << 7) | (t >>> 25);
    t = (x11 + x10) | 0; x8 ^= (t << 9) | (t >>> 23);
    t = (x8 + x11) | 0; x9 ^= (t << 13) | (t >>> 19);
    t = (x9 + x8) | 0; x10 ^= (t << 18) | (t >>> 14);
    t = (x15 + x14) | 0; x12 ^= (t << 7) | (t >>> 25);
    t = (x12 + x15) | 0; x13 ^= (t << 9) | (t >>> 23);
    t = (x13 + x12) | 0; x14 ^= (t << 13) | (t >>> 19);
    t = (x14 + x13) | 0; x15 ^= (t << 18) | (t >>> 14);
  }
  b[0] = ((b[0] as number) + x0) | 0; b[1] = ((b[1] as number) + x1) | 0;
  b[2] = ((b[2] as number) + x2) | 0; b[3] = ((b[3] as number) + x3) | 0;
  b[4] = ((b[4] as number) + x4) | 0; b[5] = ((b[5] as number) + x5) | 0;
  b[6] = ((b[6] as number) + x6) | 0; b[7] = ((b[7] as number) + x7) | 0;
  b[8] = ((b[8] as number) + x8) | 0; b[9] = ((b[9] as number) + x9) | 0;
  b[10] = ((b[10] as number) + x10) | 0; b[11] = ((b[11] as number) + x11) | 0;
  b[12] = ((b[12] as number) + x12) | 0; b[13] = ((b[13] as number) + x13) | 0;
  b[14] = ((b[14] as number) + x14) | 0; b[15] = ((b[15] as number) + x15) | 0;
}

/**
 * scryptBlockMix (RFC 7914 §4) of the 2r 64-byte blocks in `b`, in place. `y` is scratch space of
 * the same size; `mixed` is a 16-word scratch block.
 */
function blockMix(b: Uint32Array, y: Uint32Array, mixed: Uint32Array, r: number): void {
  const last = (2 * r - 1) * 16;
  for (let k = 0; k < 16; k += 1) mixed[k] = b[last + k] as number;
  for (let i = 0; i < 2 * r; i += 1) {
    const at = i * 16;
    for (let k = 0; k < 16; k += 1) mixed[k] = (mixed[k] as number) ^ (b[at + k] as number);
    salsa208(mixed);
    for (let k = 0; k < 16; k += 1) y[at + k] = mixed[k] as number;
  }
  // Even blocks first, then odd ones.
  for (let i = 0; i < r; i += 1) {
    const even = 2 * i * 16;
    const odd = even + 16;
    for (let k = 0; k < 16; k += 1) {
      b[i * 16 + k] = y[even + k] as number;
      b[(r + i) * 16 + k] = y[odd + k] as number;
    }
  }
}

function bytesToWords(bytes: Uint8Array, words: Uint32Array): void {
  for (let i = 0; i < words.length; i += 1) {
    const at = i * 4;
    words[i] = ((bytes[at] as number) | ((bytes[at + 1] as number) << 8) | ((bytes[at + 2] as number) << 16) | ((bytes[at + 3] as number) << 24)) >>> 0;
  }
}

function wordsToBytes(words: Uint32Array, bytes: Uint8Array): void {
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as number;
    const at = i * 4;
    bytes[at] = word & 0xff;
    bytes[at + 1] = (word >>> 8) & 0xff;
    bytes[at + 2] = (word >>> 16) & 0xff;
    bytes[at + 3] = (word >>> 24) & 0xff;
  }
}

/** scryptROMix (RFC 7914 §5) of one 128·r-byte block, in place. */
async function roMix(block: Uint8Array, r: number, n: number, options: ScryptOptions): Promise<void> {
  const words = 32 * r;
  const x = new Uint32Array(words);
  const y = new Uint32Array(words);
  const mixed = new Uint32Array(16);
  const v = new Uint32Array(words * n);
  const pauseEvery = Math.max(1, options.pauseEvery ?? 2048);
  bytesToWords(block, x);
  for (let i = 0; i < n; i += 1) {
    v.set(x, i * words);
    blockMix(x, y, mixed, r);
    if (options.pause !== undefined && i % pauseEvery === pauseEvery - 1) await options.pause();
  }
  for (let i = 0; i < n; i += 1) {
    // Integerify: the first word of the last 64-byte block, modulo N (N ≤ 2^32 is a power of two).
    const j = (x[(2 * r - 1) * 16] as number) & (n - 1);
    const from = j * words;
    for (let k = 0; k < words; k += 1) x[k] = (x[k] as number) ^ (v[from + k] as number);
    blockMix(x, y, mixed, r);
    if (options.pause !== undefined && i % pauseEvery === pauseEvery - 1) await options.pause();
  }
  wordsToBytes(x, block);
}

/**
 * The scrypt key of `password` and `salt` (RFC 7914 §6), `keyBytes` long. Throws a `RangeError`
 * for parameters scrypt does not define (N not a power of two above 1, r or p below 1).
 */
export async function scrypt(
  password: Uint8Array<ArrayBuffer>,
  salt: Uint8Array<ArrayBuffer>,
  parameters: ScryptParameters,
  keyBytes: number,
  options: ScryptOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const { cost: n, blockSize: r, parallelization: p } = parameters;
  if (!Number.isInteger(n) || n < 2 || (n & (n - 1)) !== 0) throw new RangeError('scrypt: N must be a power of two above 1');
  if (!Number.isInteger(r) || r < 1 || !Number.isInteger(p) || p < 1) throw new RangeError('scrypt: r and p must be positive integers');
  const subtle = options.subtle ?? globalThis.crypto.subtle;
  const blockBytes = 128 * r;
  const b = await pbkdf2Sha256(subtle, password, salt, p * blockBytes);
  for (let i = 0; i < p; i += 1) await roMix(b.subarray(i * blockBytes, (i + 1) * blockBytes), r, n, options);
  return pbkdf2Sha256(subtle, password, b, keyBytes);
}
