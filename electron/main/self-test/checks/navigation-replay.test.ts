import { describe, expect, it } from 'vitest';
import { navigationPolicyCases } from '../../../../common/navigation-policy-cases.ts';
import { harmless, nameOf, replayCases, resolveFrom } from './navigation-replay.ts';

const start = 'https://educonnect.demo.invalid/state.html';
const kioskList = ['educonnect.education.gouv.fr', 'educonnect.demo.invalid'];

describe('the navigation replay', () => {
  it('replays every case of the policy table', () => {
    expect(replayCases(kioskList, start)).toHaveLength(navigationPolicyCases.length);
  });

  it('judges the address the browser goes to, with the kiosk’s allow-list', () => {
    const byLabel = new Map(replayCases(kioskList, start).map((replay) => [replay.label, replay]));
    // Backslashes become slashes in a special scheme: the browser reaches the allowed host.
    expect(byLabel.get('backslashes instead of slashes')).toMatchObject({ resolved: 'https://educonnect.education.gouv.fr/', allowed: true });
    // Without slashes, the address is relative to the page.
    expect(byLabel.get('scheme without slashes')).toMatchObject({ resolved: 'https://educonnect.demo.invalid/educonnect.education.gouv.fr/', allowed: true });
    expect(byLabel.get('allowed host as user name, evil host')).toMatchObject({ allowed: false });
    expect(byLabel.get('FranceConnect v1')).toMatchObject({ allowed: false });
    expect(byLabel.get('encoded @ in the authority')).toMatchObject({ resolved: undefined, allowed: false });
  });

  it('never lets a javascript: address open a dialog', () => {
    expect(harmless('javascript:alert(document.cookie)')).toBe('javascript:void(document.cookie)');
    expect(harmless('https://example.fr/alert(1)')).toBe('https://example.fr/alert(1)');
    for (const replay of replayCases(kioskList, start)) expect(replay.url).not.toMatch(/^javascript:.*alert\(/i);
  });

  it('names an address by its host or its scheme only', () => {
    expect(nameOf('https://evil.example/secret?token=1')).toBe('evil.example');
    expect(nameOf('data:text/html,<p>x</p>')).toBe('une adresse data:');
    expect(nameOf('')).toBe('une adresse illisible');
    expect(resolveFrom('//[::1', start)).toBeUndefined();
  });
});
