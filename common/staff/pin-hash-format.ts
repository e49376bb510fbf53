/**
 * The text form of the staff PIN's salted hash, as the configuration stores it:
 * `scrypt$N$r$p$saltBase64$hashBase64` (e.g. `scrypt$32768$8$1$…$…`). Parsing is pure and strict,
 * so the configuration schema can check a hash and the main process never feeds scrypt a
 * parameter that would exhaust memory or time. Hashing itself lives in `electron/main/staff/`.
 */

/** The parts of a stored PIN hash. */
export interface PinHashParts {
  /** scrypt's CPU/memory cost, a power of two. */
  readonly cost: number;
  /** scrypt's block size. */
  readonly blockSize: number;
  /** scrypt's parallelization. */
  readonly parallelization: number;
  /** The salt, standard base64 with padding. */
  readonly salt: string;
  /** The derived key, standard base64 with padding. */
  readonly hash: string;
}

/** The first field of the format. */
export const pinHashScheme = 'scrypt';

/** Limits a stored hash must respect to be tried at all. */
export const pinHashLimits = {
  /** log2 of the smallest and largest accepted cost. */
  minCostLog2: 10,
  maxCostLog2: 20,
  maxBlockSize: 32,
  maxParallelization: 16,
  /** Largest memory scrypt may use for a stored hash, in bytes (128 × N × r). */
  maxMemoryBytes: 256 * 1024 * 1024,
  /** Decoded lengths, in bytes. */
  minSaltBytes: 16,
  maxSaltBytes: 64,
  minHashBytes: 16,
  maxHashBytes: 64,
} as const;

/** Standard base64 with its padding, nothing else. */
const base64Pattern = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The number of bytes a well-formed base64 text decodes to. */
export function base64ByteLength(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

function wholeNumber(text: string): number | undefined {
  if (!/^[1-9]\d{0,9}$/.test(text)) return undefined;
  return Number(text);
}

function isBase64OfLength(text: string, min: number, max: number): boolean {
  if (text.length === 0 || !base64Pattern.test(text)) return false;
  const bytes = base64ByteLength(text);
  return bytes >= min && bytes <= max;
}

/** The parts of a stored hash, or `undefined` when it is malformed or outside the limits. */
export function parsePinHash(stored: string): PinHashParts | undefined {
  const fields = stored.split('$');
  if (fields.length !== 6) return undefined;
  const [scheme, costText, blockText, parallelText, salt, hash] = fields as [string, string, string, string, string, string];
  if (scheme !== pinHashScheme) return undefined;
  const cost = wholeNumber(costText);
  const blockSize = wholeNumber(blockText);
  const parallelization = wholeNumber(parallelText);
  if (cost === undefined || blockSize === undefined || parallelization === undefined) return undefined;
  const costLog2 = Math.log2(cost);
  if (!Number.isInteger(costLog2) || costLog2 < pinHashLimits.minCostLog2 || costLog2 > pinHashLimits.maxCostLog2) {
    return undefined;
  }
  if (blockSize > pinHashLimits.maxBlockSize || parallelization > pinHashLimits.maxParallelization) return undefined;
  if (128 * cost * blockSize > pinHashLimits.maxMemoryBytes) return undefined;
  if (!isBase64OfLength(salt, pinHashLimits.minSaltBytes, pinHashLimits.maxSaltBytes)) return undefined;
  if (!isBase64OfLength(hash, pinHashLimits.minHashBytes, pinHashLimits.maxHashBytes)) return undefined;
  return { cost, blockSize, parallelization, salt, hash };
}

/** The text form of a hash's parts. */
export function formatPinHash(parts: PinHashParts): string {
  return [pinHashScheme, parts.cost, parts.blockSize, parts.parallelization, parts.salt, parts.hash].join('$');
}

/** True when `stored` is a well-formed PIN hash within the limits (for the configuration schema). */
export function isPinHash(stored: string): boolean {
  return parsePinHash(stored) !== undefined;
}
