import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPageTemplateFile, isDemoPageFile } from '../../common/demo-portal/demo-page-assembly.ts';
import { resolveDemoPortalRoute } from '../../common/demo-portal/demo-route.ts';
import { demoAgentPath, demoWipePath } from '../../common/preview/preview-endpoints.ts';
import { createDemoFileReader } from '../../electron/main/demo-portal/demo-portal-files.ts';
import { createDemoPortalHandler } from '../../electron/main/demo-portal/demo-portal-handler.ts';
import {
  clearSiteDataValue,
  demoPortalCsp,
  demoPortalDir,
  injectPortalAgent,
  startDemoPortalServer,
  type DemoPortalServer,
} from './demo-portal-server.ts';

const hostOrigin = 'http://127.0.0.1:4199';
const agentScript = '/* the portal agent */';
const agentTag = `<script src="${demoAgentPath}" data-host-origin="${hostOrigin}" defer></script>`;

describe('demoPortalCsp', () => {
  const csp = demoPortalCsp(hostOrigin);

  it('allows only the demo origin, with no inline script or eval, and framing by the host page only', () => {
    for (const directive of ["default-src 'none'", "script-src 'self'", "form-action 'self'", "object-src 'none'", "base-uri 'none'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).toContain(`frame-ancestors ${hostOrigin}`);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it.each(["http://127.0.0.1:1; script-src 'unsafe-inline'", 'http://127.0.0.1:1"><script>', '*', 'javascript:x', ''])(
    'refuses a host origin that is not a plain origin: %s',
    (origin) => {
      expect(() => demoPortalCsp(origin)).toThrow();
      expect(() => injectPortalAgent('<head></head>', origin)).toThrow();
    },
  );
});

describe('injectPortalAgent', () => {
  it('adds the agent just before </head>', () => {
    expect(injectPortalAgent('<html><head><title>x</title></HEAD><body></body></html>', hostOrigin)).toMatch(
      new RegExp(`<title>x</title>\\s*${agentTag.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\s*</HEAD>`),
    );
  });

  it('puts it first in a page with no head', () => {
    expect(injectPortalAgent('<p>x</p>', hostOrigin).startsWith(agentTag)).toBe(true);
  });
});

describe('the demo portal server', () => {
  let server: DemoPortalServer;
  beforeAll(async () => {
    server = await startDemoPortalServer({ hostOrigin, agentScript });
  });
  afterAll(() => server.close());

  it('listens on its own port of 127.0.0.1', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves the demo pages with the strict CSP and the agent injected', async () => {
    const response = await fetch(`${server.origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(demoPortalCsp(hostOrigin));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('clear-site-data')).toBeNull();
    const html = await response.text();
    expect(html).toContain('Responsable légal');
    expect(html).toContain(agentTag);
  });

  it('serves the agent script', async () => {
    const response = await fetch(`${server.origin}${demoAgentPath}`);
    expect(response.headers.get('content-type')).toContain('text/javascript');
    expect(await response.text()).toBe(agentScript);
  });

  it('answers the end-of-visit page with Clear-Site-Data, the band and the agent', async () => {
    const response = await fetch(`${server.origin}${demoWipePath}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('clear-site-data')).toBe(clearSiteDataValue);
    expect(clearSiteDataValue).toBe('"cookies", "storage", "cache"');
    const html = await response.text();
    expect(html).toContain('SIMULATION');
    expect(html).toContain(agentTag);
  });

  it('serves style sheets and scripts untouched', async () => {
    const css = await fetch(`${server.origin}/demo.css`);
    expect(css.headers.get('content-type')).toContain('text/css');
    expect(await css.text()).not.toContain(demoAgentPath);
  });

  it('serves every page byte for byte as the Electron kiosk does, but for the agent (one assembly of template and page)', async () => {
    const kiosk = createDemoPortalHandler({ readFile: createDemoFileReader(demoPortalDir), fetch: () => Promise.reject(new Error('no network in this test')) });
    const pages = readdirSync(demoPortalDir).filter((file) => isDemoPageFile(file) && file !== demoPageTemplateFile);
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) {
      const inKiosk = await kiosk(new Request(`https://educonnect.demo.invalid/${file}`));
      expect(inKiosk.status, file).toBe(200);
      const kioskHtml = await inKiosk.text();
      expect(kioskHtml, file).toMatch(/^<!doctype html>\n[\s\S]*<\/html>\n$/);
      expect(await (await fetch(`${server.origin}/${file}`)).text(), file).toBe(injectPortalAgent(kioskHtml, hostOrigin));
    }
  });

  it.each([
    '/nope.html',
    `/${demoPageTemplateFile}`,
    '/README.md',
    '/demo-portal.test.ts',
    '/..%2F..%2Fpackage.json',
    '/%2e%2e/%2e%2e/package.json',
    '/%E0%A4%A',
    '/__borne/',
    '/..%5c..%5cpackage.json',
    '/index.html%00',
    '/.env',
    '/INDEX.HTML',
    '/sub/',
    `/${'a'.repeat(300)}.html`,
  ])('answers 404 for %s', async (path) => {
    const response = await fetch(`${server.origin}${path}`);
    expect(response.status).toBe(404);
  });

  it('answers 404 with the simulated not-found page, under the same CSP', async () => {
    const response = await fetch(`${server.origin}/nope.html`);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(demoPortalCsp(hostOrigin));
    const html = await response.text();
    expect(html).toContain('Page introuvable');
    expect(html).toContain('SIMULATION');
  });

  it('serves every web file of the folder, as the Electron kiosk does (one resolver)', async () => {
    for (const file of readdirSync(demoPortalDir)) {
      const route = resolveDemoPortalRoute(`/${file}`);
      const response = await fetch(`${server.origin}/${file}`, { method: 'HEAD' });
      expect(response.status, file).toBe(route.kind === 'file' ? 200 : 404);
      if (route.kind === 'file') expect(response.headers.get('content-type'), file).toBe(route.contentType);
    }
  });

  it('refuses any method but GET and HEAD', async () => {
    const post = await fetch(`${server.origin}/`, { method: 'POST', body: 'nom=Durand' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const head = await fetch(`${server.origin}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
