import { describe, expect, it } from 'vitest';
import { loggedHost, loggedHostOf } from './logged-host.ts';

describe('loggedHost', () => {
  it.each([
    ['famille-martin.impots.gouv.fr', 'impots.gouv.fr'],
    ['educonnect.education.gouv.fr', 'education.gouv.fr'],
    ['durand.jean.tracker.example.co.uk', 'example.co.uk'],
    ['a1b2c3.ads.example.com', 'example.com'],
    ['accounts.google.com', 'google.com'],
  ])('keeps the registrable domain of %s only: %s', (host, domain) => {
    expect(loggedHost(host)).toBe(domain);
  });

  it.each(['', '127.0.0.1', 'localhost', 'fr'])('names %j without writing it', (host) => {
    const line = loggedHost(host);
    expect(line.startsWith('an address')).toBe(true);
  });

  it('reads the host of an address and never writes its path or query', () => {
    expect(loggedHostOf('https://secret-name.evil.example/path?user=durand')).toBe('evil.example');
    expect(loggedHostOf('not an address')).toBe('an address that does not parse');
    expect(loggedHostOf('javascript:alert(1)')).toBe('an address without a host');
  });
});
