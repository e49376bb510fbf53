/**
 * The `qrcode` package's encoder core, imported on its own by the renderer: the package's main
 * typings reference Node's (`stream`, `Buffer`), which the renderer's type-check does not load.
 * Only what `qr-encoder.ts` uses is declared; it matches `create()` in `@types/qrcode`.
 */
declare module 'qrcode/lib/core/qrcode.js' {
  /** Options of `create`. */
  interface QrCoreOptions {
    readonly errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
  }

  /** The encoded symbol's module grid. */
  interface QrCoreModules {
    readonly size: number;
    get(row: number, column: number): number;
  }

  /** A segment of the data, in one encoding mode: here the UTF-8 bytes of the text. */
  interface QrCoreSegment {
    readonly data: Uint8Array;
    readonly mode: 'byte';
  }

  /** Encodes a text, or segments of it, as a QR code symbol. */
  export function create(data: readonly QrCoreSegment[], options?: QrCoreOptions): { readonly modules: QrCoreModules };
}
