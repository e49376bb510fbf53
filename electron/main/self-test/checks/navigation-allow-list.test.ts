import { describe, expect, it } from 'vitest';
import { navigationPolicyCases } from '../../../../common/navigation-policy-cases.ts';
import { fakeContext, FakeKiosk } from '../test-support/fake-kiosk.ts';
import { navigationAllowListCheck, type NavigationObservation } from './navigation-allow-list.ts';

const environment = fakeContext(new FakeKiosk()).environment;
const good: NavigationObservation = {
  tries: 100,
  leftAllowList: [],
  wronglyBlocked: [],
  notReached: 0,
  committedOutside: [],
  blockedHosts: ['www.example.org'],
  outsideReported: true,
  webContentsBefore: 2,
  webContentsAfter: 2,
};

describe('the navigation allow-list check', () => {
  it('passes on a kiosk that enforces its allow-list on every navigation', async () => {
    const kiosk = new FakeKiosk();
    const observation = await navigationAllowListCheck.run(fakeContext(kiosk));
    expect(observation.tries).toBe(navigationPolicyCases.length + 5);
    expect(observation).toMatchObject({ leftAllowList: [], committedOutside: [], wronglyBlocked: [], outsideReported: true });
    expect(observation.blockedHosts).toEqual(expect.arrayContaining(['evil.fr', '127.0.0.1', 'www.example.org']));
    expect(navigationAllowListCheck.verdict(observation, environment).verdict).toBe('passed');
    expect(kiosk.portal.isOpen()).toBe(false);
  });

  it('fails, naming hosts only, when refused addresses are followed', async () => {
    const observation = await navigationAllowListCheck.run(fakeContext(new FakeKiosk({ faults: { followRefusedNavigation: true } })));
    expect(observation.committedOutside).toEqual(expect.arrayContaining(['evil.fr', 'www.example.org']));
    const { verdict, reason } = navigationAllowListCheck.verdict(observation, environment);
    expect(verdict).toBe('failed');
    expect(reason).toContain('hors des sites autorisés');
    expect(reason).not.toMatch(/secret|\?/);
  });

  it('fails on a new window or an unreported refusal; counts unreachable allowed sites as network, not failure', () => {
    expect(navigationAllowListCheck.verdict({ ...good, webContentsAfter: 3 }, environment).reason).toBe('une nouvelle fenêtre s’est ouverte');
    expect(navigationAllowListCheck.verdict({ ...good, outsideReported: false }, environment).verdict).toBe('failed');
    expect(navigationAllowListCheck.verdict({ ...good, notReached: 4 }, environment)).toMatchObject({ verdict: 'passed', reason: expect.stringContaining('faute de réseau') });
  });
});
