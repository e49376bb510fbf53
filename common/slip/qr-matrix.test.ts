import { describe, expect, it } from 'vitest';
import { memoizeQrEncoder, qrErrorCorrectionFor, qrPathData, qrQuietZone, qrViewSize, type QrMatrix } from './qr-matrix.ts';
import { qrImageUrl, qrPrintedSizeMm, qrSvg } from './qr-svg.ts';
import { svgOfImageUrl } from './test-support/qr-raster.ts';

const grid = (rows: readonly string[]): QrMatrix => ({
  size: rows.length,
  isDark: (row, column) => rows[row]?.[column] === '#',
});

describe('qrPathData', () => {
  it('draws one rectangle per run of dark modules, offset by the quiet zone', () => {
    const q = qrQuietZone;
    expect(qrPathData(grid(['##.', '...', '.##']))).toBe(`M${String(q)} ${String(q)}h2v1h-2zM${String(q + 1)} ${String(q + 2)}h2v1h-2z`);
  });

  it('is empty for a blank grid, and the view includes the quiet zone', () => {
    expect(qrPathData(grid(['..', '..']))).toBe('');
    expect(qrViewSize(grid(['..', '..']))).toBe(2 + 2 * qrQuietZone);
  });

  it('draws each grid once, and another grid anew', () => {
    let reads = 0;
    const counted: QrMatrix = { size: 2, isDark: (row, column) => ((reads += 1), row === column) };
    const first = qrPathData(counted);
    const readsForOneDrawing = reads;
    expect(qrPathData(counted)).toBe(first);
    expect(reads).toBe(readsForOneDrawing);
    expect(qrPathData(grid(['#.', '.#']))).toBe(first);
    expect(qrPathData(grid(['.#', '#.']))).not.toBe(first);
  });
});

describe('qrImageUrl', () => {
  it('gives the same address for the same grid, and carries no markup but numbers', () => {
    const matrix = grid(['#.', '.#']);
    expect(qrImageUrl(matrix)).toBe(qrImageUrl(matrix));
    expect(svgOfImageUrl(qrImageUrl(matrix))).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\sa-zA-Z0-9="#.\-/<>]*<\/svg>$/);
  });
});

describe('qrSvg', () => {
  it('is numbers only, with the label escaped', () => {
    const svg = qrSvg(grid(['#.', '.#']), 24, 'a <b> & "c"');
    expect(svg).toContain('aria-label="a &lt;b&gt; &amp; &quot;c&quot;"');
    expect(svg).toContain('width="24mm"');
    expect(svg.replace(/aria-label="[^"]*"/, '')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\sa-zA-Z0-9="#.\-/<>]*<\/svg>$/);
  });
});

describe('sizes and error correction', () => {
  it('keeps printed codes within each format’s bounds', () => {
    expect(qrPrintedSizeMm(grid(Array.from({ length: 21 }, () => '.'.repeat(21))), 'roll')).toBe(18);
    expect(qrPrintedSizeMm(grid(Array.from({ length: 65 }, () => '.'.repeat(65))), 'roll')).toBe(29.2);
    expect(qrPrintedSizeMm(grid(Array.from({ length: 77 }, () => '.'.repeat(77))), 'roll')).toBe(32);
    expect(qrPrintedSizeMm(grid(Array.from({ length: 177 }, () => '.'.repeat(177))), 'a4')).toBe(56);
  });

  it('uses level M for web addresses and L for the long mailto', () => {
    expect(qrErrorCorrectionFor('https://educonnect.education.gouv.fr/')).toBe('M');
    expect(qrErrorCorrectionFor(`mailto:a@b.fr?body=${'x'.repeat(300)}`)).toBe('L');
  });
});

describe('memoizeQrEncoder', () => {
  it('encodes each text once, within a bounded memory', () => {
    let calls = 0;
    const encode = memoizeQrEncoder((text) => {
      calls += 1;
      return grid([text.length % 2 === 0 ? '#' : '.']);
    }, 2);
    const first = encode('a');
    expect(encode('a')).toBe(first);
    expect(calls).toBe(1);
    encode('b');
    encode('c');
    encode('a');
    expect(calls).toBe(4);
  });
});
