import { escapeHtml } from './html-escape.ts';
import { qrGeometryMm, type SlipFormat } from './slip-format.ts';
import { qrPathData, qrViewSize, type QrMatrix } from './qr-matrix.ts';

/** The printed width of a QR code on a format: modules of a readable size, within the format's bounds. */
export function qrPrintedSizeMm(matrix: QrMatrix, format: SlipFormat): number {
  const geometry = qrGeometryMm[format];
  const natural = qrViewSize(matrix) * geometry.module;
  return Math.round(Math.min(geometry.max, Math.max(geometry.min, natural)) * 10) / 10;
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
    `shape-rendering="crispEdges" role="img" aria-label="${escapeHtml(label)}">` +
    `<rect width="${view}" height="${view}" fill="#fff"/><path fill="#000" d="${qrPathData(matrix)}"/></svg>`
  );
}
