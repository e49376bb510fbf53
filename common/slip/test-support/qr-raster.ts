/**
 * Test support: reads a QR code back from the SVG markup the slip ships. The SVG's path (the
 * `M x y h n v 1 h -n z` runs written by `qrPathData`) is drawn into an RGBA buffer, which a QR
 * decoder then reads, as a phone would read the printed square.
 */
import jsQR from 'jsqr';

/** An RGBA image. */
export interface RgbaImage {
  readonly data: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
}

/** Draws one QR SVG (`viewBox` and the dark path) into an RGBA image, `scale` pixels per module. */
export function rasterizeQrSvg(svg: string, scale = 4): RgbaImage {
  const view = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  const path = /<path[^>]*\sd="([^"]*)"/.exec(svg);
  if (view === null || path === null) throw new Error('not a slip QR SVG');
  const modules = Number(view[1]);
  const width = modules * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const run of (path[1] ?? '').matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    const [x, y, length] = [Number(run[1]), Number(run[2]), Number(run[3])];
    for (let py = y * scale; py < (y + 1) * scale; py += 1) {
      for (let px = x * scale; px < (x + length) * scale; px += 1) {
        const offset = (py * width + px) * 4;
        data[offset] = 0;
        data[offset + 1] = 0;
        data[offset + 2] = 0;
      }
    }
  }
  return { data, width, height: width };
}

/** Decodes a QR SVG of the slip; undefined when no code can be read. */
export function decodeQrSvg(svg: string): string | undefined {
  const image = rasterizeQrSvg(svg);
  return jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data;
}

/** Every `<svg>…</svg>` element of a document, in order, with the `data-qr` kind of its figure. */
export function qrSvgsIn(html: string): { kind: string; svg: string }[] {
  return [...html.matchAll(/<figure data-qr="([a-z]+)">(<svg[\s\S]*?<\/svg>)/g)].map((match) => ({ kind: match[1] ?? '', svg: match[2] ?? '' }));
}

/** The SVG markup inside a `data:image/svg+xml,` address (as `qrImageUrl` writes it). */
export function svgOfImageUrl(url: string): string {
  const prefix = 'data:image/svg+xml,';
  if (!url.startsWith(prefix)) throw new Error('not an SVG data address');
  return decodeURIComponent(url.slice(prefix.length));
}
