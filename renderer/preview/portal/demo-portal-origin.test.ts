import { describe, expect, it } from 'vitest';
import { previewPortalEndpoint } from '../../../common/preview/preview-endpoints.ts';
import { demoPageUrl } from './demo-pages.ts';
import { fetchDemoPortalOrigin, normalizeDemoOrigin } from './demo-portal-origin.ts';

describe('normalizeDemoOrigin', () => {
  it.each([
    ['http://127.0.0.1:41234', 'http://127.0.0.1:41234'],
    ['http://127.0.0.1:41234/', 'http://127.0.0.1:41234'],
    ['HTTP://LOCALHOST:80', 'http://localhost'],
    ['https://demo.example', 'https://demo.example'],
  ])('keeps the origin of %s', (value, origin) => {
    expect(normalizeDemoOrigin(value)).toBe(origin);
  });

  it.each([
    'javascript:alert(1)',
    'file:///tmp',
    'data:text/html,x',
    'http://user:pass@127.0.0.1:1',
    'http://127.0.0.1:1/page.html',
    'http://127.0.0.1:1/?q',
    'http://127.0.0.1:1/#f',
    'not a url',
  ])('refuses %s', (value) => {
    expect(() => normalizeDemoOrigin(value)).toThrow();
  });
});

describe('fetchDemoPortalOrigin', () => {
  const answering = (status: number, body: unknown): { fetcher: typeof fetch; asked: string[] } => {
    const asked: string[] = [];
    const fetcher = (async (input: RequestInfo | URL) => {
      asked.push(String(input));
      return new Response(JSON.stringify(body), { status });
    }) as typeof fetch;
    return { fetcher, asked };
  };

  it('asks the preview endpoint and returns the origin', async () => {
    const { fetcher, asked } = answering(200, { origin: 'http://127.0.0.1:41234/' });
    await expect(fetchDemoPortalOrigin(fetcher)).resolves.toBe('http://127.0.0.1:41234');
    expect(asked).toEqual([previewPortalEndpoint]);
  });

  it('fails on an HTTP error, a malformed answer or an origin with a path', async () => {
    await expect(fetchDemoPortalOrigin(answering(404, {}).fetcher)).rejects.toThrow('404');
    await expect(fetchDemoPortalOrigin(answering(200, { url: 'x' }).fetcher)).rejects.toThrow();
    await expect(fetchDemoPortalOrigin(answering(200, { origin: 'http://127.0.0.1:1/evil' }).fetcher)).rejects.toThrow();
  });
});

describe('demoPageUrl', () => {
  it('maps each portal target to its demo page', () => {
    const origin = 'http://127.0.0.1:41234';
    expect(demoPageUrl(origin, 'educonnect')).toBe(`${origin}/`);
    expect(demoPageUrl(origin, 'entLogin')).toBe(`${origin}/ent.html`);
    expect(demoPageUrl(origin, 'pronote')).toBe(`${origin}/pronote.html`);
  });
});
