/**
 * The visitor timeouts of the configuration, checked one by one: a missing or out-of-range value
 * is replaced by the bundled default and reported for staff, so one bad number never costs the
 * school the rest of its configuration (issue 5, "Bad input").
 */
import type { ConfigProblem, SchoolConfig } from '../config/school-config.ts';

/** The configured visitor timeouts, in whole seconds. */
export type VisitorTimeouts = SchoolConfig['timeouts'];

/** The name of one visitor timeout. */
export type VisitorTimeoutName = keyof VisitorTimeouts;

/** The accepted range of one timeout, in seconds, both ends included. */
export interface SecondsRange {
  readonly min: number;
  readonly max: number;
}

/**
 * The accepted range of each timeout. They match `schoolConfigSchema.timeouts`; the portal allows
 * longer waits (a parent may wait minutes for an SMS).
 */
export const visitorTimeoutRanges: { readonly [name in VisitorTimeoutName]: SecondsRange } = {
  idleSeconds: { min: 20, max: 900 },
  portalIdleSeconds: { min: 60, max: 1800 },
  recapIdleSeconds: { min: 20, max: 900 },
  countdownSeconds: { min: 5, max: 120 },
};

/** Every timeout name, in configuration order. */
export const visitorTimeoutNames = Object.keys(visitorTimeoutRanges) as VisitorTimeoutName[];

/** The timeouts to run with, and each configured value that was replaced by its default. */
export interface CheckedVisitorTimeouts {
  readonly timeouts: VisitorTimeouts;
  /** One entry per replaced value, naming the field (`timeouts.idleSeconds`) and what was expected. */
  readonly replaced: readonly ConfigProblem[];
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function expectation(range: SecondsRange): string {
  return `un nombre entier de secondes entre ${String(range.min)} et ${String(range.max)}`;
}

/** True when `value` is a whole number of seconds inside `range`. */
export function isSecondsInRange(value: unknown, range: SecondsRange): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max;
}

/** Brings `value` to the nearest whole number of seconds inside `range` (the minimum when not finite). */
export function clampSeconds(value: number, range: SecondsRange): number {
  if (!Number.isFinite(value)) return range.min;
  return Math.min(range.max, Math.max(range.min, Math.round(value)));
}

/**
 * Checks each configured timeout (`configured` is the raw `timeouts` value of a parsed file, of any
 * shape). A value that is missing, not a whole number, or outside its range is replaced by the one
 * in `defaults` (the bundled configuration's, itself validated) and reported; a `defaults` value
 * outside its range is clamped into it, so the result is always usable.
 */
export function checkVisitorTimeouts(configured: unknown, defaults: VisitorTimeouts): CheckedVisitorTimeouts {
  const source = isRecord(configured) ? configured : {};
  const replaced: ConfigProblem[] = [];
  const timeouts = { ...defaults };
  for (const name of visitorTimeoutNames) {
    const range = visitorTimeoutRanges[name];
    const value = source[name];
    if (isSecondsInRange(value, range)) {
      timeouts[name] = value;
    } else {
      timeouts[name] = clampSeconds(defaults[name], range);
      replaced.push({ field: `timeouts.${name}`, expected: expectation(range) });
    }
  }
  return { timeouts, replaced };
}
