import { describe, expect, it } from 'vitest';
import type { UserDataEntry } from './self-test-kiosk.ts';
import { changedPaths, isAllowedVisitWrite, visitWrites } from './user-data-diff.ts';

const file = (path: string, size = 1, modifiedMs = 1): UserDataEntry => ({ path, directory: false, size, modifiedMs });
const folder = (path: string, modifiedMs = 1): UserDataEntry => ({ path, directory: true, size: 0, modifiedMs });

describe('the data folder comparison', () => {
  it('finds added, removed and changed files, not folders whose time moved', () => {
    const before = [folder('logs'), file('logs/kiosk.log'), file('Preferences'), file('gone')];
    const after = [folder('logs', 9), file('logs/kiosk.log', 2), file('Preferences', 1, 5), file('Cookies')];
    expect(changedPaths(before, after)).toEqual(['Cookies', 'Preferences', 'gone', 'logs/kiosk.log']);
  });

  it('allows the statistics and the log only', () => {
    expect(isAllowedVisitWrite('statistics/statistics.json')).toBe(true);
    expect(isAllowedVisitWrite('logs/kiosk.log.1')).toBe(true);
    expect(isAllowedVisitWrite('statistics-evil')).toBe(false);
    expect(isAllowedVisitWrite('Partitions/portal-visitor-1/Cookies')).toBe(false);
  });

  it('does not blame the visit for what the browser also changed without one', () => {
    const a = [file('Local State', 1, 1)];
    const b = [file('Local State', 1, 2)];
    const c = [file('Local State', 1, 3), file('statistics/statistics.json'), file('Partitions/x/Cookies')];
    expect(visitWrites({ before: a, after: b }, { before: b, after: c })).toEqual({ written: ['Partitions/x/Cookies'], background: ['Local State'] });
  });
});
