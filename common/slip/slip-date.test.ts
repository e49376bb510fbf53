import { describe, expect, it } from 'vitest';
import { formatSlipDate } from './slip-date.ts';

describe('formatSlipDate', () => {
  const day = new Date(2025, 8, 3, 10, 30);

  it('writes the day in the language', () => {
    expect(formatSlipDate(day, 'fr')).toBe('3 septembre 2025');
    expect(formatSlipDate(day, 'en')).toBe('September 3, 2025');
  });

  it('falls back to ISO digits for a tag the runtime refuses', () => {
    expect(formatSlipDate(day, 'not a language')).toBe('2025-09-03');
  });
});

describe('formatSlipDate, formatters kept between calls', () => {
  it('gives the same words on a second call and for another day', () => {
    expect(formatSlipDate(new Date(2025, 8, 3), 'fr')).toBe('3 septembre 2025');
    expect(formatSlipDate(new Date(2025, 8, 3), 'fr')).toBe('3 septembre 2025');
    expect(formatSlipDate(new Date(2026, 0, 15), 'fr')).toBe('15 janvier 2026');
  });

  it('keeps refusing a refused tag', () => {
    expect(formatSlipDate(new Date(2025, 8, 3), 'not a language')).toBe('2025-09-03');
    expect(formatSlipDate(new Date(2026, 0, 15), 'not a language')).toBe('2026-01-15');
  });
});
