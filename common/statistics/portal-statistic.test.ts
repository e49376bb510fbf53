import { describe, expect, it } from 'vitest';
import bundled from '../../resources/school/lycee-du-parc.json';
import { validateSchoolConfig } from '../config/school-config.ts';
import { countedHostName, knownHostNames } from './counted-host.ts';
import { portalStatistic } from './portal-statistic.ts';
import { emptyStatistics, countersOf, recordStatistic } from './statistics.ts';

const parsed = validateSchoolConfig(bundled);
if (!parsed.ok) throw new Error('the bundled configuration must be valid');
const known = knownHostNames(parsed.config);

describe('the host a refused navigation is counted under', () => {
  it('keeps the school’s own hosts, its exact allowed hosts and common outside sites', () => {
    expect(countedHostName('assistanceteleservices.education.gouv.fr', known)).toBe('assistanceteleservices.education.gouv.fr');
    expect(countedHostName('moncompte.educonnect.education.gouv.fr', known)).toBe('moncompte.educonnect.education.gouv.fr');
    expect(countedHostName('www.index-education.com', known)).toBe('www.index-education.com');
    expect(countedHostName('accounts.google.com', known)).toBe('accounts.google.com');
  });

  it.each([
    'durand-jean.tracker.example',
    'a1b2c3d4e5.ads.example',
    'www.impots.gouv.fr.evil.example',
    'famille-martin.fr',
  ])('counts a host chosen by a page (%s) as _other', (host) => {
    expect(countedHostName(host, known)).toBe('_other');
    const event = portalStatistic({ type: 'blocked', host }, known);
    expect(event).toEqual({ kind: 'host-blocked', host: '_other' });
    const day = '2026-12-03';
    const stats = recordStatistic(emptyStatistics, day, event ?? { kind: 'visit-started' });
    expect(countersOf(stats, day).blockedHosts).toEqual({ _other: 1 });
    expect(JSON.stringify(stats)).not.toContain(host);
  });

  it('never keeps a host only matched by a suffix rule: the subdomain is the page’s choice', () => {
    expect(countedHostName('famille-martin.impots.gouv.fr', known)).toBe('_other');
  });
});

describe('portalStatistic', () => {
  it('counts refusals of the file chooser and the print dialog', () => {
    expect(portalStatistic({ type: 'refused', what: 'file-upload' }, known)).toEqual({ kind: 'portal-refused', what: 'file-upload' });
    expect(portalStatistic({ type: 'refused', what: 'print' }, known)).toEqual({ kind: 'portal-refused', what: 'print' });
    const day = '2026-12-03';
    const stats = recordStatistic(emptyStatistics, day, { kind: 'portal-refused', what: 'print' });
    expect(countersOf(stats, day).portalRefusals).toEqual({ print: 1 });
  });

  it.each([
    { type: 'activity' },
    { type: 'focus', field: 'password' },
    { type: 'loading', loading: true, canGoBack: false },
    { type: 'typing-unavailable' },
    { type: 'time-limit', secondsLeft: 20 },
  ] as const)('counts nothing for %j', (event) => {
    expect(portalStatistic(event, known)).toBeUndefined();
  });
});
