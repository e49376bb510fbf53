import { describe, expect, it } from 'vitest';
import { assertPlainOrigin, clearSiteDataValue, demoPortalCsp, demoPortalHeaders } from './demo-headers.ts';
import { demoNotFoundPage } from './demo-error-pages.ts';

const directives = (csp: string): string[] => csp.split('; ');

describe('demoPortalCsp', () => {
  it('is the strict top-level policy when no page may frame the demo', () => {
    expect(demoPortalCsp()).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'",
    );
  });

  it('lets exactly one plain origin frame the demo (the preview host page)', () => {
    const csp = directives(demoPortalCsp('http://127.0.0.1:4173'));
    expect(csp).toContain('frame-ancestors http://127.0.0.1:4173');
    expect(csp.filter((directive) => directive.startsWith('frame-ancestors'))).toHaveLength(1);
  });

  it('never allows inline code, eval or any host', () => {
    for (const csp of [demoPortalCsp(), demoPortalCsp('http://127.0.0.1:1')]) expect(csp).not.toMatch(/unsafe-|\*|https?:(?!\/\/127)/);
  });

  it.each(["http://127.0.0.1:1; script-src 'unsafe-inline'", 'http://127.0.0.1:1"><script>', '*', "'self'", 'javascript:x', '', 'http://a b'])(
    'refuses a frame ancestor that is not a plain origin: %j',
    (origin) => {
      expect(() => demoPortalCsp(origin)).toThrow();
      expect(() => assertPlainOrigin(origin)).toThrow();
    },
  );
});

describe('demoPortalHeaders', () => {
  it('forbid sniffing, referrers and caching, with the CSP', () => {
    expect(demoPortalHeaders()).toEqual({
      'Content-Security-Policy': demoPortalCsp(),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
  });

  it('name the three kinds of data the end-of-visit page erases', () => {
    expect(clearSiteDataValue).toBe('"cookies", "storage", "cache"');
  });
});

describe('the not-found page', () => {
  it('is in French with the SIMULATION band, like every demo page', () => {
    expect(demoNotFoundPage).toContain('<html lang="fr">');
    expect(demoNotFoundPage).toMatch(/<div class="simulation-band"[^>]*>SIMULATION\b[^<]*<\/div>/);
    expect(demoNotFoundPage).toContain('Page introuvable');
  });

  it('has nothing inline that the strict CSP would refuse', () => {
    expect(demoNotFoundPage).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=|javascript:/i);
  });
});
