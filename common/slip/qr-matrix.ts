/**
 * QR codes as numbers. `common/` cannot load the `qrcode` package (its typings need Node's), so
 * each side hands the package's `create` to the one encoder (`qr-encoder.ts`), which returns the
 * module grid; the SVG is then drawn from numbers only, the same way on the printed slip and on screen.
 */

/** The module grid of one QR code. */
export interface QrMatrix {
  /** Modules per side. */
  readonly size: number;
  /** True for a dark module. */
  isDark(row: number, column: number): boolean;
}

/** Encodes a text (an address) as a QR module grid. */
export type QrEncoder = (text: string) => QrMatrix;

/** The light margin around a QR code, in modules, that readers need to find it. */
export const qrQuietZone = 4;

/** Modules per side including the quiet zone: the SVG's view box. */
export function qrViewSize(matrix: QrMatrix): number {
  return matrix.size + 2 * qrQuietZone;
}

/** Path data already drawn, per grid: a grid never changes, and the encoders keep each one. */
const drawnPaths = new WeakMap<QrMatrix, string>();

/**
 * The SVG path data drawing the dark modules, one rectangle per horizontal run, in module units
 * with the quiet zone included (origin at the quiet zone's corner). Only integers go into it.
 * Drawn once per grid: the recap screen and every printed slip reuse the same few codes.
 */
export function qrPathData(matrix: QrMatrix): string {
  const known = drawnPaths.get(matrix);
  if (known !== undefined) return known;
  const commands: string[] = [];
  for (let row = 0; row < matrix.size; row += 1) {
    let column = 0;
    while (column < matrix.size) {
      if (!matrix.isDark(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < matrix.size && matrix.isDark(row, column)) column += 1;
      const run = column - start;
      commands.push(`M${String(start + qrQuietZone)} ${String(row + qrQuietZone)}h${String(run)}v1h-${String(run)}z`);
    }
  }
  const drawn = commands.join('');
  drawnPaths.set(matrix, drawn);
  return drawn;
}

/**
 * The error correction level for a QR code's text: `M` (15 % recoverable) for short web
 * addresses; `L` for the long `mailto:` address, which keeps its modules large enough to scan
 * on an 80 mm roll.
 */
export function qrErrorCorrectionFor(text: string): 'L' | 'M' {
  return text.length > 200 ? 'L' : 'M';
}

/**
 * Remembers the last few encodings: a slip's QR codes depend on the configuration only (never on
 * the path), so each is encoded once and every later slip reuses it. `capacity` bounds the memory.
 */
export function memoizeQrEncoder(encode: QrEncoder, capacity = 16): QrEncoder {
  const cache = new Map<string, QrMatrix>();
  return (text) => {
    const known = cache.get(text);
    if (known !== undefined) return known;
    const matrix = encode(text);
    if (cache.size >= capacity) cache.delete(cache.keys().next().value ?? '');
    cache.set(text, matrix);
    return matrix;
  };
}
