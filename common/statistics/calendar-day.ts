/**
 * Calendar days as `YYYY-MM-DD` text: the finest time statistics ever hold. A day is taken from an
 * injected date in the kiosk's local time zone (a visit at 00:30 in Lyon counts on that day).
 */

/** A calendar day, `YYYY-MM-DD`. */
export type CalendarDay = string;

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const msPerDay = 24 * 60 * 60 * 1000;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The local calendar day of `date`. */
export function dayOf(date: Date): CalendarDay {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** Days since 1970-01-01 of a well-formed day, or `undefined` when `text` is not a real date. */
function dayNumber(text: string): number | undefined {
  const match = dayPattern.exec(text);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return time / msPerDay;
}

function fromDayNumber(days: number): CalendarDay {
  const date = new Date(days * msPerDay);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** True when `text` is a real calendar day written `YYYY-MM-DD` (so `2025-02-30` is not). */
export function isCalendarDay(text: string): boolean {
  return dayNumber(text) !== undefined;
}

/** The day `count` days after `day` (before it when negative). Throws on a malformed day. */
export function addDays(day: CalendarDay, count: number): CalendarDay {
  const number = dayNumber(day);
  if (number === undefined) throw new RangeError(`Not a calendar day: ${day}`);
  return fromDayNumber(number + count);
}

/** The `count` days ending with `lastDay`, oldest first. */
export function daysEndingWith(lastDay: CalendarDay, count: number): CalendarDay[] {
  return Array.from({ length: Math.max(0, count) }, (_, index) => addDays(lastDay, index - count + 1));
}
