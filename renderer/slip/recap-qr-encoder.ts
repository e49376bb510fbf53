import { create } from 'qrcode/lib/core/qrcode.js';
import { createQrEncoder } from '../../common/slip/qr-encoder.ts';

/**
 * The recap screen's QR encoder: the slip's one encoder with the `qrcode` package's core (the
 * renderer cannot load the package's entry point, whose typings need Node's).
 */
export const encodeQr = createQrEncoder(create);
