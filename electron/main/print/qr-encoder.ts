import { create } from 'qrcode';
import { memoizeQrEncoder, qrErrorCorrectionFor, type QrMatrix } from '../../../common/slip/qr-matrix.ts';

/**
 * Encodes an address as a QR module grid with the `qrcode` package, without memory. The text is
 * one byte-mode segment: addresses are mostly lower-case (which alphanumeric mode cannot hold),
 * and skipping the package's segment optimiser makes the long `mailto:` far quicker to encode.
 */
export function encodeQrUncached(text: string): QrMatrix {
  const { modules } = create([{ data: new TextEncoder().encode(text), mode: 'byte' }], { errorCorrectionLevel: qrErrorCorrectionFor(text) });
  // Copied out so the grid stays valid whatever the package does with its buffer.
  const dark = Uint8Array.from(modules.data);
  const size = modules.size;
  return { size, isDark: (row, column) => dark[row * size + column] !== 0 };
}

/** The main process's QR encoder: each address is encoded once, then reused. */
export const encodeQr = memoizeQrEncoder(encodeQrUncached);
