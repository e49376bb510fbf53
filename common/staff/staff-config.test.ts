import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chooseConfig } from '../config/config-snapshot.ts';
import { parseSchoolConfig } from '../config/school-config.ts';
import { configForRenderer, withKioskMode } from './staff-config.ts';

const bundledText = readFileSync(new URL('../../resources/school/lycee-du-parc.json', import.meta.url), 'utf8');
const bundled = JSON.parse(bundledText) as Record<string, unknown>;

describe('the staff fields of the configuration', () => {
  it('are in the bundled configuration: a PIN hash and no export folder', () => {
    const result = parseSchoolConfig(bundledText);
    if (!result.ok) throw new Error('bundled configuration invalid');
    expect(result.config.staffPinHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(result.config.statisticsExportFolder).toBeUndefined();
  });

  it('are optional', () => {
    const without = { ...bundled };
    delete without.staffPinHash;
    expect(parseSchoolConfig(JSON.stringify(without)).ok).toBe(true);
  });

  it.each([
    ['a PIN in clear', '2468'],
    ['another scheme', 'bcrypt$12$abc'],
    ['a cost beyond the limits', String(bundled.staffPinHash).replace('$32768$', '$2097152$')],
    ['a number', 2468],
  ])('refuses %s as the PIN hash, naming the field', (_name, staffPinHash) => {
    const result = parseSchoolConfig(JSON.stringify({ ...bundled, staffPinHash }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field)).toEqual(['staffPinHash']);
  });

  it('takes an export folder, and refuses an empty one naming the field', () => {
    expect(parseSchoolConfig(JSON.stringify({ ...bundled, statisticsExportFolder: 'E:\\statistiques' })).ok).toBe(true);
    const empty = parseSchoolConfig(JSON.stringify({ ...bundled, statisticsExportFolder: '  ' }));
    expect(empty.ok ? [] : empty.problems.map((p) => p.field)).toEqual(['statisticsExportFolder']);
  });
});

describe('configForRenderer', () => {
  it('keeps the PIN hash out of what the renderer receives, and nothing else', () => {
    const snapshot = chooseConfig(bundledText, { kind: 'none' });
    const shown = configForRenderer(snapshot);
    expect(JSON.stringify(shown)).not.toContain('scrypt$');
    expect('staffPinHash' in shown.config).toBe(false);
    expect({ ...shown.config, staffPinHash: snapshot.config.staffPinHash }).toEqual(snapshot.config);
    expect(snapshot.config.staffPinHash).toBeDefined();
  });
});

describe('withKioskMode', () => {
  it('puts the chosen mode in use without touching the rest', () => {
    const snapshot = chooseConfig(bundledText, { kind: 'none' });
    const demo = withKioskMode(snapshot, 'demonstration');
    expect(demo.config.mode).toBe('demonstration');
    expect({ ...demo.config, mode: 'public' }).toEqual(snapshot.config);
    expect(withKioskMode(snapshot, 'public')).toBe(snapshot);
  });
});
