/**
 * A small PDF written the way Chromium's `printToPDF` (Skia) writes one: a catalog, a page tree
 * and one uncompressed page dictionary per page with its own `/MediaBox` — for testing the PDF
 * reader and as the fake kiosk's printout.
 */
import type { PdfPageSize } from '../pdf-pages.ts';

/** The bytes of a PDF with one page of each given size (points). */
export function minimalPdf(pages: readonly PdfPageSize[], options: { readonly inheritBox?: boolean } = {}): Uint8Array {
  const objects: string[] = [];
  const pageIds = pages.map((_page, index) => index + 3);
  const kids = pageIds.map((id) => `${String(id)} 0 R`).join(' ');
  const first = pages[0] ?? { width: 0, height: 0 };
  objects.push('1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj');
  objects.push(
    `2 0 obj\n<< /Type /Pages /Kids [${kids}] /Count ${String(pages.length)}${options.inheritBox === true ? ` /MediaBox [0 0 ${String(first.width)} ${String(first.height)}]` : ''} >>\nendobj`,
  );
  pages.forEach((page, index) => {
    const box = options.inheritBox === true ? '' : ` /MediaBox [0 0 ${page.width.toFixed(2)} ${page.height.toFixed(2)}]`;
    objects.push(`${String(index + 3)} 0 obj\n<< /Type /Page /Parent 2 0 R${box} /Resources << >> /Contents ${String(pages.length + 3)} 0 R >>\nendobj`);
  });
  objects.push(`${String(pages.length + 3)} 0 obj\n<< /Length 0 >>\nstream\n\nendstream\nendobj`);
  return new TextEncoder().encode(`%PDF-1.4\n%\u00e2\u00e3\n${objects.join('\n')}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`);
}
