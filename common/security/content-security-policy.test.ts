import { describe, expect, it } from 'vitest';
import { isTrustedOriginUrl, appOrigin } from './app-origin.ts';
import { contentSecurityPolicy } from './content-security-policy.ts';

describe('the host page Content-Security-Policy', () => {
  const csp = contentSecurityPolicy();

  it('allows only our own scripts, with no inline script or eval', () => {
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('forbids plugins, framing, base rewriting and form posts', () => {
    for (const directive of ["object-src 'none'", "frame-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"]) {
      expect(csp).toContain(directive);
    }
  });

  it('adds frame sources only when asked', () => {
    expect(contentSecurityPolicy({ frameSources: ['http://127.0.0.1:4200'] })).toContain('frame-src http://127.0.0.1:4200');
  });
});

describe('isTrustedOriginUrl', () => {
  it.each([
    ['app://kiosk/index.html', true],
    ['app://kiosk/assets/x.js', true],
    ['app://kiosk.evil/index.html', false],
    ['app://user@kiosk/index.html', false],
    ['https://kiosk/index.html', false],
    ['file:///app/index.html', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isTrustedOriginUrl(url, [appOrigin])).toBe(expected);
  });
});
