import { memoizeQrEncoder, qrErrorCorrectionFor, type QrEncoder, type QrMatrix } from './qr-matrix.ts';

/** One segment of a QR symbol's data: here the UTF-8 bytes of the whole text. */
export interface QrByteSegment {
  readonly data: Uint8Array;
  readonly mode: 'byte';
}

/** The module grid of an encoded symbol, as the `qrcode` package returns it (1 for a dark module). */
export interface QrSymbolModules {
  readonly size: number;
  get(row: number, column: number): number;
}

/**
 * The `qrcode` package's `create`, injected: `common/` may not import the package (its entry
 * point's typings need Node's), so the main process passes the package's `create` and the
 * renderer the same function from the package's core.
 */
export type QrSymbolFactory = (segments: QrByteSegment[], options: { errorCorrectionLevel: 'L' | 'M' }) => { readonly modules: QrSymbolModules };

/**
 * The UTF-8 bytes of a text (`TextEncoder` is not among the globals `common/` may use). A lone
 * surrogate becomes U+FFFD, as `TextEncoder` makes it.
 */
export function utf8Bytes(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const character of text) {
    let code = character.codePointAt(0) ?? 0xfffd;
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
  }
  return Uint8Array.from(bytes);
}

/**
 * An encoder without memory. The text is one byte-mode segment: addresses are mostly lower-case
 * (which alphanumeric mode cannot hold), and skipping the package's segment optimiser makes the
 * long `mailto:` far quicker to encode. The grid is copied out, so it stays valid whatever the
 * package does with its buffer.
 */
export function createUncachedQrEncoder(create: QrSymbolFactory): QrEncoder {
  return (text: string): QrMatrix => {
    const { modules } = create([{ data: utf8Bytes(text), mode: 'byte' }], { errorCorrectionLevel: qrErrorCorrectionFor(text) });
    const size = modules.size;
    const dark = new Uint8Array(size * size);
    for (let row = 0; row < size; row += 1) for (let column = 0; column < size; column += 1) dark[row * size + column] = modules.get(row, column);
    return { size, isDark: (row, column) => dark[row * size + column] !== 0 };
  };
}

/**
 * The one QR encoder of the slip, on paper and on screen: the same segments and error correction
 * on both sides, so the codes on the recap are the printed ones. Each address is encoded once.
 */
export function createQrEncoder(create: QrSymbolFactory): QrEncoder {
  return memoizeQrEncoder(createUncachedQrEncoder(create));
}
