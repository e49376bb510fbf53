import { create } from 'qrcode/lib/core/qrcode.js';
import { memoizeQrEncoder, qrErrorCorrectionFor, type QrMatrix } from '../../common/slip/qr-matrix.ts';

/**
 * Encodes an address as a QR module grid with the `qrcode` package's core (the `create` the main
 * process calls through the package's entry point), as one byte-mode segment like the main
 * process does, so the on-screen codes are the printed ones. Each address is encoded once.
 */
export const encodeQr = memoizeQrEncoder((text: string): QrMatrix => {
  const { modules } = create([{ data: new TextEncoder().encode(text), mode: 'byte' }], { errorCorrectionLevel: qrErrorCorrectionFor(text) });
  return { size: modules.size, isDark: (row, column) => modules.get(row, column) !== 0 };
});
