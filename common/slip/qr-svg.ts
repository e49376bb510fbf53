import { escapeHtml } from './html-escape.ts';
import { qrGeometryMm, type SlipFormat } from './slip-format.ts';
import { qrPathData, qrViewSize, type QrMatrix } from './qr-matrix.ts';

/** The printed width of a QR code on a format: modules of a readable size, within the format's bounds. */
export function qrPrintedSizeMm(matrix: QrMatrix, format: SlipFormat): number {
  const geometry = qrGeometryMm[format];
  const natural = qrViewSize(matrix) * geometry.module;
  return Math.round(Math.min(geometry.max, Math.max(geometry.min, natural)) * 10) / 10;
}

/** The code's white square (quiet zone included) and its dark modules, as SVG elements. */
function qrDrawing(matrix: QrMatrix, view: string): string {
  return `<rect width="${view}" height="${view}" fill="#fff"/><path fill="#000" d="${qrPathData(matrix)}"/>`;
}

/**
 * A QR code as inline SVG markup for the printed slip: a white square with the quiet zone and
 * one path of dark modules. Built from numbers only; the label is escaped.
 */
export function qrSvg(matrix: QrMatrix, sizeMm: number, label: string): string {
  const view = String(qrViewSize(matrix));
  const size = `${String(sizeMm)}mm`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${view} ${view}" width="${size}" height="${size}" ` +
    `shape-rendering="crispEdges" role="img" aria-label="${escapeHtml(label)}">${qrDrawing(matrix, view)}</svg>`
  );
}

/** Image addresses already made, per grid (a grid never changes). */
const imageUrls = new WeakMap<QrMatrix, string>();

/**
 * A QR code as a `data:` image address for an `<img>` on screen: the same square and path as the
 * printed code, without a size (the image fills the box it is given). Made once per grid, so every
 * recap shows the same address and the browser reuses the image it has already drawn, where an
 * inline SVG would be parsed and laid out again on every recap.
 */
export function qrImageUrl(matrix: QrMatrix): string {
  const known = imageUrls.get(matrix);
  if (known !== undefined) return known;
  const view = String(qrViewSize(matrix));
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${view} ${view}" shape-rendering="crispEdges">${qrDrawing(matrix, view)}</svg>`;
  const url = `data:image/svg+xml,${encodeURIComponent(svg)}`;
  imageUrls.set(matrix, url);
  return url;
}
