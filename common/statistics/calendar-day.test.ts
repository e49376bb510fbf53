import { describe, expect, it } from 'vitest';
import { addDays, dayOf, daysEndingWith, isCalendarDay } from './calendar-day.ts';

describe('calendar days', () => {
  it('takes the local calendar day of a date, whatever the hour', () => {
    expect(dayOf(new Date(2025, 8, 2, 0, 0, 1))).toBe('2025-09-02');
    expect(dayOf(new Date(2025, 8, 2, 23, 59, 59))).toBe('2025-09-02');
    expect(dayOf(new Date(987, 0, 5))).toBe('0987-01-05');
  });

  it('recognises real days only', () => {
    for (const day of ['2025-09-02', '2024-02-29', '2000-12-31']) expect(isCalendarDay(day)).toBe(true);
    for (const text of ['2025-02-29', '2025-13-01', '2025-9-2', '2025-09-02T10:00', '', 'aaaa-bb-cc', '2025-00-10']) {
      expect(isCalendarDay(text)).toBe(false);
    }
  });

  it('adds and subtracts days across months, years and leap days', () => {
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-10-26', 1)).toBe('2025-10-27');
    expect(addDays('2025-09-02', 0)).toBe('2025-09-02');
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
  });

  it('lists the days of a period ending on a day, oldest first', () => {
    expect(daysEndingWith('2025-03-02', 3)).toEqual(['2025-02-28', '2025-03-01', '2025-03-02']);
    expect(daysEndingWith('2025-03-02', 30)).toHaveLength(30);
    expect(daysEndingWith('2025-03-02', 0)).toEqual([]);
  });
});
