import { describe, expect, it } from 'vitest';
import { pdfPageSizes } from './pdf-pages.ts';
import { minimalPdf } from './test-support/minimal-pdf.ts';

describe('reading a PDF’s pages', () => {
  it('reads each page’s MediaBox, in order', () => {
    const pages = [{ width: 226.77, height: 680.31 }, { width: 595.28, height: 841.89 }];
    expect(pdfPageSizes(minimalPdf(pages))).toEqual(pages);
  });

  it('takes the page tree’s MediaBox when a page has none, and does not count the tree as a page', () => {
    expect(pdfPageSizes(minimalPdf([{ width: 100, height: 200 }], { inheritBox: true }))).toEqual([{ width: 100, height: 200 }]);
  });

  it('reads nothing from something that is not a PDF', () => {
    expect(pdfPageSizes(new TextEncoder().encode('<html>/Type /Page /MediaBox [0 0 1 1]</html>'))).toEqual([]);
  });
});
