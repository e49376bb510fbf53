import { describe, expect, it } from 'vitest';
import { slipPrintOptions } from '../print/print-page.ts';
import { pdfOptionsFor } from './pdf-slip.ts';

describe('the PDF options of a slip', () => {
  it('keep the roll’s 80 mm width and measured height, in inches, with no margins', () => {
    const options = pdfOptionsFor(slipPrintOptions('PDF', 'roll', 906));
    expect(options).toMatchObject({ landscape: false, printBackground: true, margins: { top: 0, bottom: 0, left: 0, right: 0 }, preferCSSPageSize: false });
    const size = options.pageSize as { width: number; height: number };
    expect(size.width * 25.4).toBeCloseTo(80, 5);
    expect(size.height * 25.4).toBeCloseTo(240.8, 5);
  });

  it('keep A4', () => {
    expect(pdfOptionsFor(slipPrintOptions('PDF', 'a4', 1000)).pageSize).toBe('A4');
  });
});
