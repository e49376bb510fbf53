/**
 * The pages of a PDF, as Chromium's `printToPDF` writes them: each page object's `/MediaBox`, in
 * points. Chromium (Skia) writes page dictionaries uncompressed, so reading the text is enough;
 * a PDF whose pages cannot be found this way reads as having none.
 */

/** One page's size in points (1/72 inch). */
export interface PdfPageSize {
  readonly width: number;
  readonly height: number;
}

/** Points per millimetre. */
export const pointsPerMm = 72 / 25.4;

const number = String.raw`-?(?:\d+(?:\.\d*)?|\.\d+)`;
const pageObject = new RegExp(String.raw`/Type\s*/Page(?![a-zA-Z])`, 'g');
const mediaBox = new RegExp(String.raw`/MediaBox\s*\[\s*(${number})\s+(${number})\s+(${number})\s+(${number})\s*\]`);

/** Splits the PDF's text into its objects (`N G obj … endobj`). */
function objects(text: string): string[] {
  return text.split(/\bendobj\b/).filter((part) => /\bobj\b/.test(part));
}

/**
 * The size of each page, in order of appearance. A page without its own `/MediaBox` takes the
 * one of its `/Pages` parent (the first `/Pages` object's, which is how Skia writes it when it does).
 */
export function pdfPageSizes(bytes: Uint8Array): PdfPageSize[] {
  const text = new TextDecoder('latin1').decode(bytes);
  if (!text.startsWith('%PDF-')) return [];
  const all = objects(text);
  const inherited = all.find((object) => /\/Type\s*\/Pages\b/.test(object));
  const inheritedBox = inherited === undefined ? undefined : mediaBox.exec(inherited);
  const sizes: PdfPageSize[] = [];
  for (const object of all) {
    pageObject.lastIndex = 0;
    if (!pageObject.test(object)) continue;
    const box = mediaBox.exec(object) ?? inheritedBox;
    if (box === undefined || box === null) continue;
    const [x0, y0, x1, y1] = box.slice(1, 5).map(Number) as [number, number, number, number];
    sizes.push({ width: Math.abs(x1 - x0), height: Math.abs(y1 - y0) });
  }
  return sizes;
}
