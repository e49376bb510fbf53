import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoWipePath } from '../preview/preview-endpoints.ts';
import { demoContentTypeOf, demoPortalContentTypes, extensionOf } from './demo-content-types.ts';
import { demoPageTemplateFile } from './demo-page-assembly.ts';
import { type DemoPortalRoute, maxDemoPathLength, resolveDemoPortalRoute } from './demo-route.ts';

const demoFolder = new URL('../../resources/demo-portal/', import.meta.url);
const folderFiles = readdirSync(demoFolder);

const notFound: DemoPortalRoute = { kind: 'not-found' };
const page = (file: string, clearSiteData = false): DemoPortalRoute => ({
  kind: 'file',
  file,
  contentType: 'text/html; charset=utf-8',
  clearSiteData,
});

describe('resolveDemoPortalRoute: the pages', () => {
  it('serves index.html at /', () => {
    expect(resolveDemoPortalRoute('/')).toEqual(page('index.html'));
  });

  it('serves the end-of-visit page at /__wipe, with Clear-Site-Data', () => {
    expect(demoWipePath).toBe('/__wipe');
    expect(resolveDemoPortalRoute(demoWipePath)).toEqual(page('effacement.html', true));
  });

  it('asks Clear-Site-Data only on /__wipe, not on the same page under its own name', () => {
    expect(resolveDemoPortalRoute('/effacement.html')).toEqual(page('effacement.html'));
  });

  it.each([
    ['/index.html', 'index.html'],
    ['/state.html', 'state.html'],
    ['/ent.html', 'ent.html'],
    ['/pronote.html', 'pronote.html'],
    ['/mot-de-passe-oublie.html', 'mot-de-passe-oublie.html'],
  ])('serves %s', (path, file) => {
    expect(resolveDemoPortalRoute(path)).toEqual(page(file));
  });

  it('decodes harmless escapes of ordinary characters', () => {
    expect(resolveDemoPortalRoute('/%69ndex.html')).toEqual(page('index.html'));
  });

  it('serves a file in a sub-folder', () => {
    expect(resolveDemoPortalRoute('/fonts/marianne.woff2')).toEqual({
      kind: 'file',
      file: 'fonts/marianne.woff2',
      contentType: 'font/woff2',
      clearSiteData: false,
    });
  });

  it('serves every web file the folder holds, under its own name, with its content type', () => {
    const webFiles = folderFiles.filter((file) => demoContentTypeOf(file) !== undefined && !file.includes('.test.') && file !== demoPageTemplateFile);
    expect(webFiles).toEqual(expect.arrayContaining(['index.html', 'state.html', 'effacement.html', 'demo.css', 'forms.js', 'seed-stores.js', 'state.js']));
    for (const file of webFiles) {
      expect(resolveDemoPortalRoute(`/${file}`), file).toEqual({ kind: 'file', file, contentType: demoContentTypeOf(file), clearSiteData: false });
    }
  });

  it('never serves the README, the tests or the page template of the folder', () => {
    const others = folderFiles.filter((file) => demoContentTypeOf(file) === undefined || file.includes('.test.') || file === demoPageTemplateFile);
    expect(others).toEqual(expect.arrayContaining(['README.md', 'demo-portal.test.ts', demoPageTemplateFile]));
    for (const file of others) expect(resolveDemoPortalRoute(`/${file}`), file).toEqual(notFound);
  });
});

describe('resolveDemoPortalRoute: content types', () => {
  it.each([
    ['/demo.css', 'text/css; charset=utf-8'],
    ['/forms.js', 'text/javascript; charset=utf-8'],
    ['/data.json', 'application/json; charset=utf-8'],
    ['/logo.svg', 'image/svg+xml'],
    ['/logo.png', 'image/png'],
    ['/photo.jpg', 'image/jpeg'],
    ['/photo.jpeg', 'image/jpeg'],
    ['/photo.webp', 'image/webp'],
    ['/favicon.ico', 'image/x-icon'],
    ['/marianne.woff2', 'font/woff2'],
    ['/marianne.woff', 'font/woff'],
    ['/index.html', 'text/html; charset=utf-8'],
  ])('%s is %s', (path, contentType) => {
    const route = resolveDemoPortalRoute(path);
    expect(route.kind === 'file' ? route.contentType : undefined).toBe(contentType);
  });

  it.each(['/README.md', '/demo-portal.test.ts', '/forms.test.js', '/page.spec.html', '/notes.txt', '/script.ts', '/page.htm', '/archive.zip', '/run.sh', '/index', '/Makefile', '/server.cjs', '/index.html.bak'])(
    'refuses %s, which is not a web file',
    (path) => {
      expect(resolveDemoPortalRoute(path)).toEqual(notFound);
    },
  );

  it('knows each extension with its dot, in lower case, and nothing from the object prototype', () => {
    for (const extension of Object.keys(demoPortalContentTypes)) expect(extension).toMatch(/^\.[a-z0-9]+$/);
    expect(demoContentTypeOf('constructor')).toBeUndefined();
    expect(demoContentTypeOf('x.constructor')).toBeUndefined();
    expect(demoContentTypeOf('x.__proto__')).toBeUndefined();
    expect(demoContentTypeOf('x.toString')).toBeUndefined();
    expect(extensionOf('.html')).toBe('');
    expect(extensionOf('a/b.CSS')).toBe('.css');
  });
});

describe('resolveDemoPortalRoute: what never names a file', () => {
  it.each([
    // Dot segments, plain and encoded in every case mix.
    ['..', '/../package.json'],
    ['.. deeper', '/../../etc/passwd'],
    ['.. inside', '/sub/../index.html'],
    ['.', '/./index.html'],
    ['%2e%2e', '/%2e%2e/package.json'],
    ['%2E%2e%2f', '/%2E%2e%2fpackage.json'],
    ['%2e%2E%2F twice', '/%2e%2E%2F%2e%2E%2Fpackage.json'],
    ['.%2e', '/.%2e/package.json'],
    ['%2e alone', '/%2e/index.html'],
    ['double-encoded ..', '/%252e%252e/package.json'],
    // Encoded separators.
    ['encoded slash', '/..%2f..%2fpackage.json'],
    ['encoded slash, upper case', '/..%2F..%2Fpackage.json'],
    ['encoded slash inside a name', '/sub%2findex.html'],
    ['encoded backslash', '/..%5c..%5cpackage.json'],
    ['encoded backslash, upper case', '/..%5C..%5Cpackage.json'],
    ['encoded backslash inside a name', '/sub%5cindex.html'],
    // Backslashes.
    ['backslash traversal', '/..\\..\\package.json'],
    ['backslash separator', '/sub\\index.html'],
    ['leading backslash', '\\index.html'],
    // Absolute paths and empty segments.
    ['no leading slash', 'index.html'],
    ['empty path', ''],
    ['double slash', '//index.html'],
    ['protocol-relative host', '//evil.example/index.html'],
    ['empty inner segment', '/sub//index.html'],
    ['trailing slash (a directory)', '/sub/'],
    ['absolute Unix path', '/etc/passwd'],
    ['absolute path encoded', '/%2fetc%2fpasswd'],
    ['Windows drive', '/C:/Windows/win.ini'],
    ['Windows drive, encoded colon', '/C%3a/Windows/win.ini'],
    ['Windows drive without slash', 'C:\\Windows\\win.ini'],
    ['UNC path', '/\\\\server\\share\\index.html'],
    ['alternate data stream', '/index.html::$DATA'],
    ['Windows device name', '/nul.html'],
    ['Windows device name, another', '/con.css'],
    ['Windows serial port', '/com1.js'],
    ['Windows short name', '/INDEX~1.HTM'],
    // NUL and control characters.
    ['NUL', '/index.html%00'],
    ['NUL before an extension', '/package.json%00.html'],
    ['raw NUL', '/index.html\u0000'],
    ['encoded newline', '/index%0a.html'],
    ['encoded space', '/index%20.html'],
    ['raw space', '/in dex.html'],
    // Invalid percent-encoding.
    ['truncated escape', '/%E0%A4%A'],
    ['lone percent', '/%'],
    ['bad hex', '/%zz.html'],
    ['percent then one digit', '/index%2.html'],
    ['overlong UTF-8 for a slash', '/..%c0%af..%c0%afpackage.json'],
    ['invalid UTF-8', '/%ff.html'],
    // Dot-files and odd names.
    ['dot-file', '/.env'],
    ['dot-file with a web extension', '/.hidden.html'],
    ['git folder', '/.git/config'],
    ['trailing dot', '/index.html.'],
    ['two dots in a name', '/index..html'],
    ['leading hyphen', '/-index.html'],
    ['upper case (Windows would serve it, Linux not)', '/INDEX.HTML'],
    ['non-ASCII lookalike', '/іndex.html'],
    ['encoded non-ASCII', '/%C3%A9t%C3%A9.html'],
    ['query-like name', '/index.html?x=1'],
    ['fragment-like name', '/index.html#top'],
    ['the preview agent path', '/__borne/portal-agent.js'],
    ['the agent folder', '/__borne/'],
    ['the wipe path with a slash', '/__wipe/'],
    ['the wipe path encoded', '/%5F%5Fwipe'],
    ['the wipe path in capitals', '/__WIPE'],
    ['too deep', '/a/b/c/d/index.html'],
  ])('refuses %s: %j', (_why, path) => {
    expect(resolveDemoPortalRoute(path)).toEqual(notFound);
  });

  it('caps the path length', () => {
    const name = (length: number): string => `/${'a'.repeat(length - '/.html'.length)}.html`;
    expect(name(maxDemoPathLength)).toHaveLength(maxDemoPathLength);
    expect(resolveDemoPortalRoute(name(maxDemoPathLength)).kind).toBe('file');
    expect(resolveDemoPortalRoute(name(maxDemoPathLength + 1))).toEqual(notFound);
    expect(resolveDemoPortalRoute(`/${'%2e'.repeat(100_000)}.html`)).toEqual(notFound);
    expect(resolveDemoPortalRoute('/'.repeat(1_000_000))).toEqual(notFound);
  });

  it('never throws, and never names a file that is not plain lower-case segments with a web extension', () => {
    const pieces = fc.constantFrom('/', '\\', '.', '..', '%', '%2e', '%2E', '%2f', '%2F', '%5c', '%5C', '%00', '%zz', 'a', 'index', '.html', '.md', ':', '~', '%25', 'A', 'é');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(pieces).map((parts) => parts.join(''))), (path) => {
        const route = resolveDemoPortalRoute(path);
        if (route.kind === 'not-found') return;
        expect(route.file).toMatch(/^(?:[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9_-]+)*\/){0,3}[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9_-]+)*\.[a-z0-9]+$/);
        expect(route.file.split('/')).not.toContain('..');
        expect(demoContentTypeOf(route.file)).toBe(route.contentType);
      }),
      { numRuns: 2_000 },
    );
  });
});
