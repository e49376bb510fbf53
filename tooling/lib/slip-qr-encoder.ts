// The slip's QR encoder for the tests and benchmarks that rebuild a slip outside the kiosk: the
// same common encoder as the print service, over the same `qrcode` package, so what they scan or
// measure is what the kiosk prints.
import { create } from 'qrcode';
import type { QrEncoder } from '../../common/slip/qr-matrix.ts';
import { createQrEncoder } from '../../common/slip/qr-encoder.ts';

/** Encodes a slip address as the kiosk's print service does. */
export const slipQrEncoder: QrEncoder = createQrEncoder(create);
