import fc from 'fast-check';
import { create } from 'qrcode';
import { create as createFromCore } from 'qrcode/lib/core/qrcode.js';
import { describe, expect, it } from 'vitest';
import { createQrEncoder, createUncachedQrEncoder, utf8Bytes } from './qr-encoder.ts';
import { qrSvg } from './qr-svg.ts';
import { decodeQrSvg } from './test-support/qr-raster.ts';

const grid = (encode: ReturnType<typeof createUncachedQrEncoder>, text: string): string => {
  const matrix = encode(text);
  return Array.from({ length: matrix.size }, (_, row) => Array.from({ length: matrix.size }, (__, column) => (matrix.isDark(row, column) ? '#' : '.')).join('')).join('\n');
};

describe('the slip’s one QR encoder', () => {
  it('writes a text’s UTF-8 bytes as TextEncoder does, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect([...utf8Bytes(text)]).toEqual([...new TextEncoder().encode(text)]);
      }),
    );
    expect([...utf8Bytes('\uD800é')]).toEqual([...new TextEncoder().encode('\uD800é')]);
  });

  it('gives the same grid with the package’s entry point (main process) and its core (renderer)', () => {
    for (const text of ['https://educonnect.education.gouv.fr/', 'mailto:a@b.fr?subject=V%C3%A9rification', 'Élève « oui »']) {
      expect(grid(createUncachedQrEncoder(createFromCore), text)).toBe(grid(createUncachedQrEncoder(create), text));
    }
  });

  it('reads back as the text encoded, and encodes each text once', () => {
    const encode = createQrEncoder(create);
    const target = 'https://cas.ent.auvergnerhonealpes.fr/login?selection=EDU';
    expect(decodeQrSvg(qrSvg(encode(target), 18, 'ENT'))).toBe(target);
    expect(encode(target)).toBe(encode(target));
  });
});
