import { describe, expect, it } from 'vitest';
import { fallbackRollHeightMm, rollPageHeightMicrons } from './roll-height.ts';

describe('rollPageHeightMicrons', () => {
  it('converts CSS pixels to microns, rounded up to 0.1 mm, plus a 1 mm guard', () => {
    expect(rollPageHeightMicrons(96 / 25.4 * 150)).toBe(151_000);
    expect(rollPageHeightMicrons(1122)).toBe(297_900);
  });

  it('uses the fallback height when nothing sensible was measured', () => {
    for (const bad of [undefined, 0, -5, Number.NaN, Number.POSITIVE_INFINITY]) expect(rollPageHeightMicrons(bad)).toBe(fallbackRollHeightMm * 1000);
  });

  it('keeps the page within bounds', () => {
    expect(rollPageHeightMicrons(1)).toBe(20_000);
    expect(rollPageHeightMicrons(1e7)).toBe(2_000_000);
  });
});
