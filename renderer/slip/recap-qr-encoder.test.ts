import { describe, expect, it } from 'vitest';
import { qrImageUrl } from '../../common/slip/qr-svg.ts';
import { decodeQrSvg, svgOfImageUrl } from '../../common/slip/test-support/qr-raster.ts';
import { encodeQr } from './recap-qr-encoder.ts';

describe('on-screen QR codes', () => {
  it('read back, from the image address the recap shows, as the address encoded', () => {
    for (const target of ['https://educonnect.education.gouv.fr/', `mailto:secretariat@example.fr?subject=V%C3%A9rification&body=${'x'.repeat(250)}`]) {
      expect(decodeQrSvg(svgOfImageUrl(qrImageUrl(encodeQr(target))))).toBe(target);
    }
  });

  it('are encoded and drawn once per address', () => {
    const target = 'https://ent.example.fr/';
    expect(encodeQr(target)).toBe(encodeQr(target));
    expect(qrImageUrl(encodeQr(target))).toBe(qrImageUrl(encodeQr(target)));
  });
});
