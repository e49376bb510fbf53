import { describe, expect, it, vi } from 'vitest';
import { demoPortalCsp } from '../../../common/demo-portal/demo-headers.ts';
import { demoNotFoundPage } from '../../../common/demo-portal/demo-error-pages.ts';
import { demoPageTemplateFile } from '../../../common/demo-portal/demo-page-assembly.ts';
import { createDemoPortalHandler, type DemoFileReader, isDemoPortalUrl, type SessionFetch } from './demo-portal-handler.ts';

const encoder = new TextEncoder();
/** A page file: its title and one paragraph. */
const pageFile = (title: string): string => `<!--\ntitle: ${title}\n-->\n<p>${title}</p>\n`;
const files: Record<string, string> = {
  [demoPageTemplateFile]: '<!--\n-->\n<!doctype html><title>{{title}}</title>\n{{content}}\n',
  'index.html': pageFile('Accueil'),
  'effacement.html': pageFile('Fin de la visite'),
  'state.html': pageFile('État'),
  'broken.html': '<!doctype html><title>No fields block</title>',
  'not-utf8.html': '',
  'demo.css': 'body { margin: 0 }',
  'forms.js': "'use strict';",
};
/** The page the handler serves for a page file of `files`: the template filled with it. */
const served = (title: string): string => `<!doctype html><title>${title}</title>\n<p>${title}</p>\n`;

/** A reader over `files`, recording what it was asked. */
function fakeReader(): DemoFileReader & { asked: string[] } {
  const asked: string[] = [];
  const reader = async (file: string) => {
    asked.push(file);
    if (file === 'not-utf8.html') return new Uint8Array([0x3c, 0x21, 0x2d, 0x2d, 0xff, 0xfe]);
    const text = files[file];
    return text === undefined ? undefined : encoder.encode(text);
  };
  return Object.assign(reader, { asked });
}

function handlerWith(readFile: DemoFileReader = fakeReader(), fetch: SessionFetch = vi.fn<SessionFetch>(() => Promise.resolve(new Response('network')))) {
  return { handle: createDemoPortalHandler({ readFile, fetch }), readFile, fetch };
}

const demo = (path: string): string => `https://educonnect.demo.invalid${path}`;

describe('the demo portal handler: the demo host', () => {
  it('serves / as index.html, with the strict top-level headers', async () => {
    const { handle } = handlerWith();
    const response = await handle(new Request(demo('/')));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(served('Accueil'));
    expect(Object.fromEntries(response.headers)).toEqual({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy':
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    expect(response.headers.get('content-security-policy')).toBe(demoPortalCsp());
  });

  it('serves a page assembled from the template and its page file: no portal agent is injected', async () => {
    const { handle, readFile } = handlerWith();
    expect(await (await handle(new Request(demo('/state.html')))).text()).toBe(served('État'));
    expect((readFile as ReturnType<typeof fakeReader>).asked).toEqual(['state.html', demoPageTemplateFile]);
  });

  it('serves a file that is not a page as it is on disk, with no template', async () => {
    const { handle, readFile } = handlerWith();
    expect(await (await handle(new Request(demo('/forms.js')))).text()).toBe(files['forms.js']);
    expect((readFile as ReturnType<typeof fakeReader>).asked).toEqual(['forms.js']);
  });

  it.each(['/broken.html', '/not-utf8.html', `/${demoPageTemplateFile}`])('answers %s, which is no page, with the not-found page', async (path) => {
    const { handle } = handlerWith();
    const response = await handle(new Request(demo(path)));
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(demoNotFoundPage);
  });

  it('answers /__wipe with the end-of-visit page and Clear-Site-Data', async () => {
    const { handle } = handlerWith();
    const response = await handle(new Request(demo('/__wipe')));
    expect(response.status).toBe(200);
    expect(response.headers.get('clear-site-data')).toBe('"cookies", "storage", "cache"');
    expect(await response.text()).toBe(served('Fin de la visite'));
  });

  it('sends Clear-Site-Data on /__wipe only', async () => {
    const { handle } = handlerWith();
    for (const path of ['/', '/effacement.html', '/state.html', '/demo.css', '/nope.html']) {
      expect((await handle(new Request(demo(path)))).headers.get('clear-site-data'), path).toBeNull();
    }
  });

  it.each([
    ['/demo.css', 'text/css; charset=utf-8'],
    ['/forms.js', 'text/javascript; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const { handle } = handlerWith();
    const response = await handle(new Request(demo(path)));
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('ignores the query and the fragment', async () => {
    const { handle } = handlerWith();
    expect(await (await handle(new Request(demo('/state.html?x=1#top')))).text()).toBe(served('État'));
  });

  it('answers a missing file with the not-found page, never a failed load', async () => {
    const { handle, readFile } = handlerWith();
    const response = await handle(new Request(demo('/nope.html')));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(demoPortalCsp());
    expect(await response.text()).toBe(demoNotFoundPage);
    expect((readFile as ReturnType<typeof fakeReader>).asked).toEqual(['nope.html']);
  });

  it.each([
    ['a reader that rejects', () => Promise.reject(new Error('EACCES'))],
    ['a reader that throws', () => {
      throw new Error('EIO');
    }],
  ])('answers 404 with %s', async (_why, reader) => {
    const { handle } = handlerWith(reader as DemoFileReader);
    const response = await handle(new Request(demo('/index.html')));
    expect(response.status).toBe(404);
    expect(response.headers.get('clear-site-data')).toBeNull();
  });

  it.each([
    '/README.md',
    '/demo-portal.test.ts',
    '/..%2f..%2fpackage.json',
    '/..%5c..%5cpackage.json',
    '/index.html%00.css',
    '/%E0%A4%A',
    '/.env',
    '/__borne/portal-agent.js',
    '/sub/',
    `/${'a'.repeat(300)}.html`,
  ])('answers 404 for %s without reading anything', async (path) => {
    const { handle, readFile } = handlerWith();
    const response = await handle(new Request(demo(path)));
    expect(response.status).toBe(404);
    expect((readFile as ReturnType<typeof fakeReader>).asked).toEqual([]);
  });

  it('keeps dot segments inside the folder (the URL parser collapses them before the resolver sees them)', async () => {
    const { handle, readFile } = handlerWith();
    expect((await handle(new Request(demo('/../../../index.html')))).status).toBe(200);
    expect((await handle(new Request(demo('/%2e%2e/%2E%2e/package.json')))).status).toBe(404);
    expect((readFile as ReturnType<typeof fakeReader>).asked).toEqual(['index.html', demoPageTemplateFile, 'package.json']);
  });

  it('answers a port on the demo host with 404, and never the network', async () => {
    const { handle, fetch, readFile } = handlerWith();
    for (const url of ['https://educonnect.demo.invalid:8443/', 'https://educonnect.demo.invalid:1/index.html']) {
      expect((await handle(new Request(url))).status, url).toBe(404);
    }
    expect(fetch).not.toHaveBeenCalled();
    expect((readFile as ReturnType<typeof fakeReader>).asked).toEqual([]);
  });

  it('answers HEAD with the headers and no body', async () => {
    const { handle } = handlerWith();
    const response = await handle(new Request(demo('/__wipe'), { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('clear-site-data')).toBe('"cookies", "storage", "cache"');
    expect(response.body).toBeNull();
    const missing = await handle(new Request(demo('/nope.html'), { method: 'HEAD' }));
    expect(missing.status).toBe(404);
    expect(missing.body).toBeNull();
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('refuses %s with 405, reading nothing', async (method) => {
    const { handle, readFile, fetch } = handlerWith();
    const body = method === 'POST' || method === 'PUT' || method === 'PATCH' ? 'nom=Durand' : undefined;
    const response = await handle(new Request(demo('/index.html'), { method, body }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(response.headers.get('content-security-policy')).toBe(demoPortalCsp());
    expect(await response.text()).not.toContain('Durand');
    expect((readFile as ReturnType<typeof fakeReader>).asked).toEqual([]);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('treats the host with the DNS root dot as the demo host (never the network)', async () => {
    const { handle, fetch } = handlerWith();
    expect((await handle(new Request('https://educonnect.demo.invalid./'))).status).toBe(200);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('the demo portal handler: every other request', () => {
  it.each([
    'https://educonnect.education.gouv.fr/',
    'https://www.example.com/page?q=1',
    'https://evil.demo.invalid/',
    'https://educonnect.demo.invalid.example.com/',
    'https://xeduconnect.demo.invalid/',
  ])('sends %s on to the session, past the custom handlers, unchanged', async (url) => {
    const upstream = new Response('from the network', { status: 203, headers: { 'x-upstream': '1' } });
    const fetch = vi.fn<SessionFetch>(() => Promise.resolve(upstream));
    const { handle, readFile } = handlerWith(fakeReader(), fetch);
    const request = new Request(url, { headers: { 'x-page': 'yes' } });
    const response = await handle(request);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith(request, { bypassCustomProtocolHandlers: true });
    expect(response).toBe(upstream);
    expect((readFile as ReturnType<typeof fakeReader>).asked).toEqual([]);
  });

  it('passes a POST with its body on, untouched', async () => {
    const fetch = vi.fn<SessionFetch>((request) => request.text().then((text) => new Response(text)));
    const { handle } = handlerWith(fakeReader(), fetch);
    const response = await handle(new Request('https://educonnect.education.gouv.fr/idp', { method: 'POST', body: 'j_username=x' }));
    expect(await response.text()).toBe('j_username=x');
  });

  it('reports a network failure as a network error, never a rejection', async () => {
    const fetch = vi.fn<SessionFetch>(() => Promise.reject(new Error('net::ERR_NAME_NOT_RESOLVED https://secret.example/path')));
    const { handle } = handlerWith(fakeReader(), fetch);
    const response = await handle(new Request('https://secret.example/path'));
    expect(response.type).toBe('error');
  });
});

describe('isDemoPortalUrl', () => {
  it.each([
    ['https://educonnect.demo.invalid/', true],
    ['https://EDUCONNECT.demo.INVALID/x', true],
    ['https://educonnect.demo.invalid./', true],
    ['http://educonnect.demo.invalid/', false],
    ['https://demo.invalid/', false],
    ['https://a.educonnect.demo.invalid/', false],
    ['https://educonnect.demo.invalid../', false],
  ])('%s → %s', (url, verdict) => {
    expect(isDemoPortalUrl(new URL(url))).toBe(verdict);
  });
});
