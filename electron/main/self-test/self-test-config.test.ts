import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chooseConfig } from '../../../common/config/config-snapshot.ts';
import { validateSchoolConfig } from '../../../common/config/school-config.ts';
import { demonstrationPortalSettings, portalSettingsFor } from '../../../common/demo-portal/portal-settings.ts';
import { selfTestConfig } from './self-test-config.ts';

const bundled = chooseConfig(readFileSync(new URL('../../../resources/school/lycee-du-parc.json', import.meta.url), 'utf8'), { kind: 'none' });

describe('the self-test configuration', () => {
  const config = selfTestConfig(bundled).config;

  it('is a valid school configuration, in demonstration mode, with the shortest timeouts', () => {
    expect(validateSchoolConfig(config).ok).toBe(true);
    expect(config.mode).toBe('demonstration');
    expect(config.timeouts).toEqual({ idleSeconds: 20, portalIdleSeconds: 60, recapIdleSeconds: 20, countdownSeconds: 5, maxVisitSeconds: 300 });
  });

  it('counts no statistics, never restarts during the run, and keeps the printer and PIN', () => {
    expect(config.statistics).toBe(false);
    expect(config.dailyRestartAt).toBeNull();
    expect(config.staffPinHash).toBe(bundled.config.staffPinHash);
    expect(config.printer).toBe(bundled.config.printer);
  });

  it('puts the portal on the demo portal, under its own allow-list only', () => {
    expect(portalSettingsFor(config)).toBe(demonstrationPortalSettings);
    expect(demonstrationPortalSettings.allowedHosts).toEqual(['educonnect.demo.invalid']);
  });

  it('does not change the snapshot it was given', () => {
    expect(bundled.config.mode).toBe('public');
  });
});
