import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseSchoolConfig, schoolConfigSchema } from '../config/school-config.ts';
import { defaultMaxVisitSeconds, visitorTimeoutNames, visitorTimeoutRanges } from './visitor-timeouts.ts';

const bundled = parseSchoolConfig(readFileSync(new URL('../../resources/school/lycee-du-parc.json', import.meta.url), 'utf8'));
if (!bundled.ok) throw new Error('the bundled configuration is invalid');
const config = bundled.config;

describe('visitor timeouts', () => {
  it('the configuration schema accepts each range’s ends and refuses one second beyond', () => {
    for (const name of visitorTimeoutNames) {
      const { min, max } = visitorTimeoutRanges[name];
      const withValue = (value: number) => ({ ...config, timeouts: { ...config.timeouts, [name]: value } });
      expect(v.is(schoolConfigSchema, withValue(min)), `${name} = ${String(min)}`).toBe(true);
      expect(v.is(schoolConfigSchema, withValue(max)), `${name} = ${String(max)}`).toBe(true);
      expect(v.is(schoolConfigSchema, withValue(min - 1)), `${name} = ${String(min - 1)}`).toBe(false);
      expect(v.is(schoolConfigSchema, withValue(max + 1)), `${name} = ${String(max + 1)}`).toBe(false);
      expect(v.is(schoolConfigSchema, withValue(min + 0.5)), `${name} = ${String(min + 0.5)}`).toBe(false);
    }
  });

  it('a file without a longest visit gets 20 minutes', () => {
    const { maxVisitSeconds, ...written } = config.timeouts;
    expect(maxVisitSeconds).toBe(defaultMaxVisitSeconds);
    const parsed = v.parse(schoolConfigSchema, { ...config, timeouts: written });
    expect(parsed.timeouts.maxVisitSeconds).toBe(1200);
  });
});
