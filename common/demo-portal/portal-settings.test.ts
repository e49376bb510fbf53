import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAllowedUrl, isValidHostPattern } from '../navigation-policy.ts';
import { parseSchoolConfig, type SchoolConfig } from '../config/school-config.ts';
import { portalTargets } from '../portal/portal-types.ts';
import { demoPortalHost, demoPortalOrigin } from './demo-host.ts';
import { demoPagePaths, demoPageUrl } from './demo-pages.ts';
import { resolveDemoPortalRoute } from './demo-route.ts';
import { demonstrationPortalSettings, portalSettingsFor } from './portal-settings.ts';

const parsed = parseSchoolConfig(readFileSync(new URL('../../resources/school/lycee-du-parc.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('the bundled configuration is invalid');
const bundled = parsed.config;
const inMode = (mode: SchoolConfig['mode']): SchoolConfig => ({ ...bundled, mode });

describe('the demo host', () => {
  it('is under the reserved .invalid top-level domain, on https', () => {
    expect(demoPortalHost).toBe('educonnect.demo.invalid');
    expect(demoPortalOrigin).toBe('https://educonnect.demo.invalid');
    expect(new URL(demoPortalOrigin).origin).toBe(demoPortalOrigin);
  });

  it('is a valid allow-list entry for the navigation policy (its top-label rule accepts "invalid")', () => {
    expect(isValidHostPattern(demoPortalHost)).toBe(true);
  });
});

describe('portalSettingsFor in demonstration mode', () => {
  const settings = portalSettingsFor(inMode('demonstration'));

  it('opens the demo pages the preview uses, on the demo origin', () => {
    expect(settings.targets).toEqual({
      educonnect: 'https://educonnect.demo.invalid/',
      entLogin: 'https://educonnect.demo.invalid/ent.html',
      pronote: 'https://educonnect.demo.invalid/pronote.html',
    });
    for (const target of portalTargets) expect(settings.targets[target]).toBe(demoPageUrl(demoPortalOrigin, target));
  });

  it('signs out on the demo end-of-visit page, and allows the demo host only', () => {
    expect(settings.logoutUrl).toBe('https://educonnect.demo.invalid/__wipe');
    expect(settings.allowedHosts).toEqual(['educonnect.demo.invalid']);
    expect(settings.demonstration).toBe(true);
  });

  it('gives addresses the navigation policy accepts under that allow-list, and the real ones it refuses', () => {
    for (const url of [...Object.values(settings.targets), settings.logoutUrl]) expect(isAllowedUrl(url, settings.allowedHosts), url).toBe(true);
    for (const url of [bundled.addresses.educonnect, bundled.addresses.entLogin, bundled.addresses.pronote, bundled.addresses.educonnectLogout]) {
      expect(isAllowedUrl(url, settings.allowedHosts), url).toBe(false);
    }
    expect(isAllowedUrl('https://www.example.com/', settings.allowedHosts)).toBe(false);
    expect(isAllowedUrl('http://educonnect.demo.invalid/', settings.allowedHosts)).toBe(false);
    expect(isAllowedUrl('https://evil.demo.invalid/', settings.allowedHosts)).toBe(false);
  });

  it('names pages the demo portal serves', () => {
    for (const path of Object.values(demoPagePaths)) expect(resolveDemoPortalRoute(path).kind).toBe('file');
    const wipe = resolveDemoPortalRoute(new URL(settings.logoutUrl).pathname);
    expect(wipe.kind === 'file' && wipe.clearSiteData).toBe(true);
  });

  it('does not depend on the school (the same simulation everywhere) and cannot be changed', () => {
    expect(portalSettingsFor({ ...inMode('demonstration'), allowedHosts: ['autre.fr'] })).toBe(demonstrationPortalSettings);
    expect(Object.isFrozen(settings) && Object.isFrozen(settings.targets) && Object.isFrozen(settings.allowedHosts)).toBe(true);
  });
});

describe.each(['public', 'staff'] as const)('portalSettingsFor in %s mode', (mode) => {
  const settings = portalSettingsFor(inMode(mode));

  it("uses the configuration's own addresses and allow-list", () => {
    expect(settings.targets).toEqual({
      educonnect: bundled.addresses.educonnect,
      entLogin: bundled.addresses.entLogin,
      pronote: bundled.addresses.pronote,
    });
    expect(settings.logoutUrl).toBe(bundled.addresses.educonnectLogout);
    expect(settings.allowedHosts).toEqual(bundled.allowedHosts);
    expect(settings.demonstration).toBe(false);
  });

  it('never allows the demo host', () => {
    expect(isAllowedUrl(demoPageUrl(demoPortalOrigin, 'educonnect'), settings.allowedHosts)).toBe(false);
  });

  it('follows the configuration it is given (a reloaded one)', () => {
    const other = portalSettingsFor({ ...inMode(mode), allowedHosts: ['ent.exemple.fr'] });
    expect(other.allowedHosts).toEqual(['ent.exemple.fr']);
  });
});
