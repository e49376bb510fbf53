import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseSchoolConfig, schoolConfigSchema } from '../config/school-config.ts';
import {
  checkVisitorTimeouts,
  clampSeconds,
  visitorTimeoutNames,
  visitorTimeoutRanges,
  type VisitorTimeouts,
} from './visitor-timeouts.ts';

const defaults: VisitorTimeouts = { idleSeconds: 90, portalIdleSeconds: 300, recapIdleSeconds: 60, countdownSeconds: 20 };

describe('checkVisitorTimeouts', () => {
  it('keeps valid configured values and reports nothing', () => {
    const configured = { idleSeconds: 120, portalIdleSeconds: 600, recapIdleSeconds: 30, countdownSeconds: 10 };
    expect(checkVisitorTimeouts(configured, defaults)).toEqual({ timeouts: configured, replaced: [] });
  });

  it('replaces a missing value by the default and names the field', () => {
    const result = checkVisitorTimeouts({ idleSeconds: 120, recapIdleSeconds: 30, countdownSeconds: 10 }, defaults);
    expect(result.timeouts).toEqual({ idleSeconds: 120, portalIdleSeconds: 300, recapIdleSeconds: 30, countdownSeconds: 10 });
    expect(result.replaced).toEqual([
      { field: 'timeouts.portalIdleSeconds', expected: 'un nombre entier de secondes entre 60 et 1800' },
    ]);
  });

  it.each([
    ['below the range', 4],
    ['above the range', 121],
    ['not whole', 10.5],
    ['a string', '10'],
    ['not a number', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
    ['null', null],
  ])('replaces a countdown %s by the default', (_name, value) => {
    const result = checkVisitorTimeouts({ ...defaults, countdownSeconds: value }, defaults);
    expect(result.timeouts.countdownSeconds).toBe(20);
    expect(result.replaced.map((problem) => problem.field)).toEqual(['timeouts.countdownSeconds']);
  });

  it('accepts both ends of each range', () => {
    for (const name of visitorTimeoutNames) {
      const { min, max } = visitorTimeoutRanges[name];
      expect(checkVisitorTimeouts({ ...defaults, [name]: min }, defaults).timeouts[name]).toBe(min);
      expect(checkVisitorTimeouts({ ...defaults, [name]: max }, defaults).replaced).toEqual([]);
    }
  });

  it('replaces every value when the timeouts are missing or not an object', () => {
    for (const configured of [undefined, null, 42, [90, 300, 60, 20]]) {
      const result = checkVisitorTimeouts(configured, defaults);
      expect(result.timeouts).toEqual(defaults);
      expect(result.replaced).toHaveLength(4);
    }
  });

  it('never returns a value out of range, even from broken defaults', () => {
    const broken = { idleSeconds: 5, portalIdleSeconds: 99_999, recapIdleSeconds: Number.NaN, countdownSeconds: 7.6 };
    const { timeouts } = checkVisitorTimeouts({}, broken);
    expect(timeouts).toEqual({ idleSeconds: 20, portalIdleSeconds: 1800, recapIdleSeconds: 20, countdownSeconds: 8 });
    expect(clampSeconds(Number.NEGATIVE_INFINITY, { min: 5, max: 9 })).toBe(5);
  });

  it('has the same ranges as the configuration schema', () => {
    const bundled = parseSchoolConfig(
      readFileSync(new URL('../../resources/school/lycee-du-parc.json', import.meta.url), 'utf8'),
    );
    if (!bundled.ok) throw new Error('the bundled configuration is invalid');
    for (const name of visitorTimeoutNames) {
      const { min, max } = visitorTimeoutRanges[name];
      const withValue = (value: number) => ({ ...bundled.config, timeouts: { ...bundled.config.timeouts, [name]: value } });
      expect(v.is(schoolConfigSchema, withValue(min)), `${name} = ${String(min)}`).toBe(true);
      expect(v.is(schoolConfigSchema, withValue(max)), `${name} = ${String(max)}`).toBe(true);
      expect(v.is(schoolConfigSchema, withValue(min - 1)), `${name} = ${String(min - 1)}`).toBe(false);
      expect(v.is(schoolConfigSchema, withValue(max + 1)), `${name} = ${String(max + 1)}`).toBe(false);
    }
    expect(checkVisitorTimeouts(bundled.config.timeouts, defaults).replaced).toEqual([]);
  });
});
