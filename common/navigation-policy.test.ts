import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostOf, isAllowedUrl, isValidHostPattern } from './navigation-policy.ts';
import { navigationPolicyAllowList, navigationPolicyCases } from './navigation-policy-cases.ts';

/** The allow-list the table is written against, and the table: also replayed as real navigations by the self-test. */
const allowList = navigationPolicyAllowList;
const table = navigationPolicyCases;

describe('isAllowedUrl', () => {
  it('has a table of at least 60 cases, both verdicts represented', () => {
    expect(table.length).toBeGreaterThanOrEqual(60);
    expect(table.filter(([, , verdict]) => verdict).length).toBeGreaterThan(10);
    expect(table.filter(([, , verdict]) => !verdict).length).toBeGreaterThan(50);
  });

  it.each(table)('%s: %j → %s', (_why, url, verdict) => {
    expect(isAllowedUrl(url, allowList)).toBe(verdict);
  });

  it('refuses everything with an empty allow-list', () => {
    expect(isAllowedUrl('https://educonnect.education.gouv.fr/', [])).toBe(false);
  });

  it('ignores invalid entries instead of widening the list', () => {
    const invalid = ['*', '*.fr', '', 'EDUCONNECT.education.gouv.fr', ' educonnect.education.gouv.fr', 'https://educonnect.education.gouv.fr/'];
    expect(isAllowedUrl('https://educonnect.education.gouv.fr/', invalid)).toBe(false);
    expect(isAllowedUrl('https://anything.fr/', invalid)).toBe(false);
  });
});

describe('isValidHostPattern', () => {
  it.each([
    'educonnect.education.gouv.fr',
    'app.franceconnect.gouv.fr',
    '*.index-education.net',
    '*.ent.auvergnerhonealpes.fr',
    'xn--lyce-du-parc-deb.fr',
    'example.xn--p1ai',
    '0690026d.index-education.net',
  ])('accepts %j', (pattern) => {
    expect(isValidHostPattern(pattern)).toBe(true);
  });

  it.each([
    '',
    '*',
    '*.',
    '*.fr',
    '*.*.fr',
    '**.example.fr',
    'www.*.example.fr',
    'fr',
    'localhost',
    'EVIL.fr',
    'EVIL.fr ',
    ' evil.fr',
    'evil.fr.',
    'evil..fr',
    '-evil.fr',
    'evil-.fr',
    'evil_fr.fr',
    'evil.fr:443',
    'https://evil.fr',
    'evil.fr/path',
    'user@evil.fr',
    '127.0.0.1',
    '[::1]',
    'lycée-du-parc.fr',
    `${'a'.repeat(64)}.fr`,
  ])('refuses %j', (pattern) => {
    expect(isValidHostPattern(pattern)).toBe(false);
  });
});

describe('hostOf', () => {
  it.each([
    ['https://Evil.Example./a/b?c=d#e', 'evil.example'],
    ['http://evil.fr/secret?token=1', 'evil.fr'],
    ['https://educonnect.education.gouv.fr@evil.fr/', 'evil.fr'],
    ['https://lycée-du-parc.fr/', 'xn--lyce-du-parc-deb.fr'],
    ['https://[::1]:8443/', '[::1]'],
  ])('reports only the host of %j', (url, host) => {
    expect(hostOf(url)).toBe(host);
  });

  it.each(['', 'not a url', 'data:text/html,x', 'javascript:alert(1)', 'about:blank'])('has no host for %j', (url) => {
    expect(hostOf(url)).toBeUndefined();
  });
});

/** The reference oracle the properties compare against: a label-wise comparison, written apart. */
function hostIsListed(host: string): boolean {
  const labels = host.split('.');
  return allowList.some((entry) => {
    const entryLabels = entry.split('.');
    if (entryLabels[0] !== '*') return labels.join('.') === entry;
    const suffix = entryLabels.slice(1);
    return labels.length > suffix.length && labels.slice(labels.length - suffix.length).join('.') === suffix.join('.');
  });
}

/** Pieces an attacker would combine around the allowed hosts. */
const trickPieces = fc.constantFrom(
  'educonnect.education.gouv.fr', 'index-education.net', 'ent.auvergnerhonealpes.fr', 'evil.fr', 'xn--',
  '.', '..', '@', ':', ':443', ':8443', '/', '\\', '?', '#', '%2e', '%40', '-', '*', ' ', '\t', '\n', '\u0000',
  '\u00ad', '\u200b', '．', '。', 'е', 'а', 'é', '[::1]', '127.0.0.1', 'https:', '//', 'www', 'a',
);

const trickyUrl = fc
  .tuple(fc.constantFrom('https://', 'HTTPS://', 'http://', '//', 'https:', 'https:/', ''), fc.array(trickPieces, { maxLength: 8 }))
  .map(([start, pieces]) => start + pieces.join(''));

const generatedUrl = fc.webUrl({
  validSchemes: ['https', 'http', 'ws', 'wss', 'ftp', 'file'],
  withQueryParameters: true,
  withFragments: true,
  authoritySettings: { withUserInfo: true, withPort: true, withIPv4: true, withIPv6: true, withIPv4Extended: true },
});

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?$/);

describe('properties', () => {
  it('never allows a URL whose parsed host is outside the list, nor a non-https, userinfo or port URL', () => {
    fc.assert(
      fc.property(fc.oneof(trickyUrl, generatedUrl, fc.string(), fc.string({ unit: 'grapheme' })), (url) => {
        if (!isAllowedUrl(url, allowList)) return;
        const parsed = new URL(url);
        expect(parsed.protocol).toBe('https:');
        expect(parsed.username + parsed.password + parsed.port).toBe('');
        expect(hostIsListed(parsed.hostname.replace(/\.$/, ''))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('never allows a generated host that is not listed', () => {
    const host = fc.array(fc.oneof(label, fc.constantFrom('educonnect', 'education', 'gouv', 'fr', 'index-education', 'net')), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(host, fc.webPath(), (labels, path) => {
        const name = labels.join('.');
        expect(isAllowedUrl(`https://${name}${path}`, allowList)).toBe(hostIsListed(name) && isValidHostPattern(name));
      }),
    );
  });

  it('allows every generated subdomain of a suffix rule, with any path, query and fragment', () => {
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 4 }), fc.webPath(), fc.webQueryParameters(), fc.webFragments(), (labels, path, query, fragment) => {
        const url = `https://${labels.join('.')}.index-education.net${path}?${query}#${fragment}`;
        expect(isAllowedUrl(url, allowList)).toBe(true);
        expect(isAllowedUrl(`https://${labels.join('.')}.index-education.net.evil.fr${path}`, allowList)).toBe(false);
      }),
    );
  });
});
