/**
 * The staff PIN as a salted scrypt hash, stored in the configuration as
 * `scrypt$N$r$p$saltBase64$hashBase64` (see `common/staff/pin-hash-format.ts`).
 *
 * Parameters: N = 2^15, r = 8, p = 1 (32 MiB of memory and about 0.1 s per check on a kiosk PC:
 * OWASP's minimum for scrypt), a 16-byte random salt, a 32-byte key. A short numeric PIN can always
 * be brute-forced offline from its hash, so the hash slows that down but the configuration file must
 * still be readable by the référent only; on the kiosk, the lock-out is what protects the PIN.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { formatPinHash, parsePinHash, pinHashLimits, type PinHashParts } from '../../../common/staff/pin-hash-format.ts';
import { isPinFormat } from '../../../common/staff/pin-pad.ts';

/** scrypt parameters of a new hash. */
export interface PinHashParameters {
  readonly cost: number;
  readonly blockSize: number;
  readonly parallelization: number;
  readonly saltBytes: number;
  readonly keyBytes: number;
}

/** The parameters `hashPin` uses by default. */
export const defaultPinHashParameters: PinHashParameters = {
  cost: 2 ** 15,
  blockSize: 8,
  parallelization: 1,
  saltBytes: 16,
  keyBytes: 32,
};

function derive(pin: string, salt: Buffer, keyBytes: number, parts: Omit<PinHashParts, 'salt' | 'hash'>): Promise<Buffer> {
  const options: ScryptOptions = {
    N: parts.cost,
    r: parts.blockSize,
    p: parts.parallelization,
    // Node refuses more than 32 MiB by default; parsePinHash has already bounded 128·N·r.
    maxmem: 2 * pinHashLimits.maxMemoryBytes,
  };
  return new Promise((resolve, reject) => {
    scrypt(pin, salt, keyBytes, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/**
 * Hashes a PIN (4 to 8 digits) with a fresh random salt; throws on anything else, so a
 * configuration never holds the hash of a PIN the pad cannot type.
 */
export async function hashPin(pin: string, parameters: PinHashParameters = defaultPinHashParameters): Promise<string> {
  if (!isPinFormat(pin)) throw new Error('Le code doit faire de 4 à 8 chiffres.');
  const salt = randomBytes(parameters.saltBytes);
  const placeholder = formatPinHash({ ...parameters, salt: salt.toString('base64'), hash: Buffer.alloc(parameters.keyBytes).toString('base64') });
  if (parsePinHash(placeholder) === undefined) throw new Error('Paramètres de hachage hors des limites acceptées.');
  const key = await derive(pin, salt, parameters.keyBytes, parameters);
  return formatPinHash({ ...parameters, salt: salt.toString('base64'), hash: key.toString('base64') });
}

/**
 * True when `pin` matches the stored hash, compared in constant time. A malformed or out-of-limits
 * stored hash never verifies, and nothing here throws.
 */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  try {
    const parts = parsePinHash(stored);
    if (parts === undefined) return false;
    const expected = Buffer.from(parts.hash, 'base64');
    const actual = await derive(pin, Buffer.from(parts.salt, 'base64'), expected.length, parts);
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}
