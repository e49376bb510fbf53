import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createDemoPortalHandler } from './demo-portal-handler.ts';
import { createDemoFileReader, demoPortalFolderName, maxDemoFileBytes } from './demo-portal-files.ts';

const resources = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'resources');
const demoFolder = path.join(resources, demoPortalFolderName);
const text = (bytes: Uint8Array | undefined): string | undefined => (bytes === undefined ? undefined : new TextDecoder().decode(bytes));

const scratch = mkdtempSync(path.join(tmpdir(), 'demo-portal-files-'));
const root = path.join(scratch, 'demo-portal');
mkdirSync(path.join(root, 'sub'), { recursive: true });
writeFileSync(path.join(root, 'page.html'), '<p>page</p>');
writeFileSync(path.join(root, 'sub', 'inner.css'), 'p {}');
writeFileSync(path.join(root, 'huge.js'), Buffer.alloc(maxDemoFileBytes + 1));
writeFileSync(path.join(scratch, 'secret.html'), 'outside');
mkdirSync(path.join(root, 'folder.html'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('createDemoFileReader', () => {
  const read = createDemoFileReader(root);

  it('reads a file of the folder, and of a sub-folder', async () => {
    expect(text(await read('page.html'))).toBe('<p>page</p>');
    expect(text(await read('sub/inner.css'))).toBe('p {}');
  });

  it('says "no such file" for a missing file, a folder, or a file too large to be a demo page', async () => {
    expect(await read('missing.html')).toBeUndefined();
    expect(await read('folder.html')).toBeUndefined();
    expect(await read('huge.js')).toBeUndefined();
  });

  it('never reads outside the folder, even when asked directly (the resolver refuses such paths first)', async () => {
    expect(await read('../secret.html')).toBeUndefined();
    expect(await read('sub/../../secret.html')).toBeUndefined();
    expect(await read(path.join(scratch, 'secret.html'))).toBeUndefined();
    expect(await read('')).toBeUndefined();
    expect(await read('.')).toBeUndefined();
  });
});

describe('the handler over the real demo portal folder', () => {
  const handle = createDemoPortalHandler({
    readFile: createDemoFileReader(demoFolder),
    fetch: () => Promise.reject(new Error('no network in this test')),
  });
  const get = (pathname: string): Promise<Response> => handle(new Request(`https://educonnect.demo.invalid${pathname}`));

  it('serves the profile choice at /, marked SIMULATION', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('SIMULATION');
  });

  it('keeps the state page of the wipe proof working: the four [data-store] cells and its script', async () => {
    const html = await (await get('/state.html')).text();
    for (const store of ['cookie', 'localStorage', 'sessionStorage', 'indexedDB']) expect(html).toContain(`data-store="${store}"`);
    expect(html).toContain('<script src="state.js" defer></script>');
    const script = await get('/state.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const code = await script.text();
    expect(code).toContain('dataset.stateReady');
    expect(code).toContain("'set' : 'empty'");
  });

  it('answers /__wipe with the end-of-visit page and Clear-Site-Data', async () => {
    const response = await get('/__wipe');
    expect(response.headers.get('clear-site-data')).toBe('"cookies", "storage", "cache"');
    expect(await response.text()).toContain('Fin de la visite');
  });

  it.each(['/README.md', '/demo-portal.test.ts', '/_template.html', '/../school/lycee-du-parc.json', '/%2e%2e/school/lycee-du-parc.json', '/..%2fschool%2flycee-du-parc.json', '/nope.html'])(
    'answers 404 for %s',
    async (pathname) => {
      expect((await get(pathname)).status).toBe(404);
    },
  );
});
