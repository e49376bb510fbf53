import { describe, expect, it } from 'vitest';
import { slipPrintOptions } from './print-page.ts';

describe('slipPrintOptions', () => {
  it('prints silently, without margins, with explicit paper', () => {
    expect(slipPrintOptions('PDF', 'roll', 1122)).toEqual({
      silent: true,
      deviceName: 'PDF',
      printBackground: true,
      landscape: false,
      copies: 1,
      margins: { marginType: 'none' },
      pageSize: { width: 80_000, height: 297_900 },
    });
    expect(slipPrintOptions('PDF', 'a4', 1122).pageSize).toBe('A4');
  });
});
