import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleDemoPage, type DemoPageAssembly, demoPageTemplateFile, type DemoTextReader, isDemoPageFile } from './demo-page-assembly.ts';
import { parseDemoPageSource } from './demo-page-fields.ts';
import { resolveDemoPortalRoute } from './demo-route.ts';

const demoFolder = new URL('../../resources/demo-portal/', import.meta.url);
const readFolder: DemoTextReader = (file) => readFileSync(new URL(file, demoFolder), 'utf8');
const pageFiles = readdirSync(demoFolder).filter((file) => isDemoPageFile(file) && file !== demoPageTemplateFile).sort();

const template = `<!--
brand: Marque
band: SIMULATION
-->
<html>
  <head>
    {{scripts}}
    <title>{{title}}</title>
  </head>
  <body>
    <div class="simulation-band">{{band}}</div>
    <span class="brand">{{brand}}</span>
    <main>
      {{content}}
    </main>
  </body>
</html>
`;

/** A reader over `files` (the template included unless given), recording what it was asked. */
function readerOver(files: Readonly<Record<string, string>>): DemoTextReader & { readonly asked: string[] } {
  const all: Readonly<Record<string, string>> = { [demoPageTemplateFile]: template, ...files };
  const asked: string[] = [];
  const reader = (file: string): string | undefined => {
    asked.push(file);
    return Object.hasOwn(all, file) ? all[file] : undefined;
  };
  return Object.assign(reader, { asked });
}

const html = (assembly: DemoPageAssembly): string => {
  if (assembly.kind !== 'page') throw new Error(`not assembled: ${JSON.stringify(assembly)}`);
  return assembly.html;
};

describe('assembleDemoPage: the pages of the folder', () => {
  it('finds the pages and keeps the template out of them', () => {
    expect(pageFiles).toEqual(expect.arrayContaining(['index.html', 'connexion.html', 'dates-naissance.html', 'state.html', 'effacement.html']));
    expect(readdirSync(demoFolder)).toContain(demoPageTemplateFile);
  });

  it.each(pageFiles)('assembles %s with the template’s head, band and end, and the page’s own content', async (file) => {
    const page = parseDemoPageSource(readFileSync(new URL(file, demoFolder), 'utf8'));
    if (!page.ok) throw new Error(page.problem);
    const assembled = html(await assembleDemoPage(file, readFolder));
    expect(assembled.startsWith('<!doctype html>\n<html lang="fr">\n  <head>\n    <meta charset="utf-8" />\n')).toBe(true);
    expect(assembled).toContain('    <link rel="stylesheet" href="demo.css" />\n');
    expect(assembled).toContain(`    <title>${page.fields.title ?? '?'}</title>\n  </head>\n  <body>\n    <div class="simulation-band" role="note" aria-label="Simulation">SIMULATION`);
    expect(assembled).toContain('    <header class="portal-header">\n      <span class="brand">');
    expect(assembled.endsWith('\n    </main>\n  </body>\n</html>\n')).toBe(true);
    for (const script of (page.fields.scripts ?? '').split(' ').filter(Boolean)) expect(assembled).toContain(`    <script src="${script}" defer></script>\n`);
    const content = page.body.replace(/\n$/, '').split('\n').map((line) => (line === '' ? '' : `      ${line}`)).join('\n');
    expect(assembled).toContain(`    <main>\n${content}\n    </main>\n`);
    expect(assembled).not.toContain('{{');
  });
});

describe('assembleDemoPage: filling the template', () => {
  it('puts the fields, the scripts and the indented content in their places', async () => {
    const reader = readerOver({ 'a.html': '<!--\ntitle: Titre\nscripts: one.js two.js\n-->\n<h1>Bonjour</h1>\n<ul>\n  <li>x</li>\n</ul>\n' });
    expect(html(await assembleDemoPage('a.html', reader))).toBe(`<html>
  <head>
    <script src="one.js" defer></script>
    <script src="two.js" defer></script>
    <title>Titre</title>
  </head>
  <body>
    <div class="simulation-band">SIMULATION</div>
    <span class="brand">Marque</span>
    <main>
      <h1>Bonjour</h1>
      <ul>
        <li>x</li>
      </ul>
    </main>
  </body>
</html>
`);
    expect(reader.asked).toEqual(['a.html', demoPageTemplateFile]);
  });

  it('drops the line of an empty block and lets a page override the template’s defaults', async () => {
    const reader = readerOver({ 'a.html': '<!--\ntitle: T\nbrand: Autre\nband: SIMULATION — essai\n-->\n' });
    const assembled = html(await assembleDemoPage('a.html', reader));
    expect(assembled).not.toContain('<script');
    expect(assembled).toContain('  <head>\n    <title>T</title>');
    expect(assembled).toContain('<span class="brand">Autre</span>');
    expect(assembled).toContain('<div class="simulation-band">SIMULATION — essai</div>');
    expect(assembled).toContain('    <main>\n    </main>');
  });

  it('escapes the text fields, so a field adds no markup', async () => {
    const reader = readerOver({ 'a.html': '<!--\ntitle: </title><script>alert(1)</script> & "x"\n-->\n<p>x</p>\n' });
    expect(html(await assembleDemoPage('a.html', reader))).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</title>');
  });

  it('never expands placeholders found in a page’s own text', async () => {
    const reader = readerOver({ 'a.html': '<!--\ntitle: {{band}}\n-->\n{{content}}\n<p>{{title}} {{template}}</p>\n' });
    const assembled = html(await assembleDemoPage('a.html', reader));
    expect(assembled).toContain('<title>{{band}}</title>');
    expect(assembled).toContain('      {{content}}\n      <p>{{title}} {{template}}</p>\n');
  });

  it('accepts Windows line ends', async () => {
    const reader = readerOver({ 'a.html': '<!--\r\ntitle: T\r\n-->\r\n<p>x</p>\r\n' });
    expect(html(await assembleDemoPage('a.html', reader))).toContain('<title>T</title>\n  </head>');
  });
});

describe('assembleDemoPage: what is not a page', () => {
  it('says a missing page is missing, without reading the template', async () => {
    const reader = readerOver({});
    expect(await assembleDemoPage('nope.html', reader)).toEqual({ kind: 'missing', file: 'nope.html' });
    expect(reader.asked).toEqual(['nope.html']);
  });

  it('says the page is missing when the reader fails or the template is gone', async () => {
    expect(await assembleDemoPage('a.html', () => Promise.reject(new Error('EIO')))).toEqual({ kind: 'missing', file: 'a.html' });
    const noTemplate: DemoTextReader = (file) => (file === 'a.html' ? '<!--\ntitle: T\n-->\n' : undefined);
    expect(await assembleDemoPage('a.html', noTemplate)).toEqual({ kind: 'missing', file: demoPageTemplateFile });
  });

  it.each([
    ['a full page with no fields block', '<!doctype html>\n<html lang="fr"></html>\n'],
    ['an unclosed fields block', '<!--\ntitle: T\n'],
    ['an unknown field', '<!--\ntitle: T\nbody-class: x\n-->\n'],
    ['a field given twice', '<!--\ntitle: T\ntitle: U\n-->\n'],
    ['a line that is no field', '<!--\ntitle: T\njust words\n-->\n'],
    ['no title anywhere', '<!--\nbrand: B\n-->\n'],
  ])('refuses %s', async (_what, source) => {
    expect((await assembleDemoPage('a.html', readerOver({ 'a.html': source }))).kind).toBe('invalid');
  });

  it('refuses the template itself, and anything that is not an .html file, as a page', async () => {
    for (const file of [demoPageTemplateFile, 'forms.js', 'demo.css', 'README.md']) {
      const reader = readerOver({ [file]: '<!--\ntitle: T\n-->\n' });
      expect((await assembleDemoPage(file, reader)).kind, file).toBe('invalid');
      expect(reader.asked, file).toEqual([]);
    }
  });

  it('is never served by the route resolver under its own name', () => {
    expect(resolveDemoPortalRoute(`/${demoPageTemplateFile}`)).toEqual({ kind: 'not-found' });
  });
});

describe('assembleDemoPage: a page file names no other file', () => {
  it.each([
    ['template: ../../package.json'],
    ['template: _template.html'],
    ['layout: /etc/passwd'],
    ['include: forms.js'],
  ])('refuses a page with "%s", reading nothing but the page', async (line) => {
    const reader = readerOver({ 'a.html': `<!--\ntitle: T\n${line}\n-->\n<p>x</p>\n`, 'forms.js': 'secret' });
    expect(await assembleDemoPage('a.html', reader)).toMatchObject({ kind: 'invalid', file: 'a.html' });
    expect(reader.asked).toEqual(['a.html']);
  });

  it.each([
    '../package.json.js',
    'sub/forms.js',
    'https://www.example.com/x.js',
    '//www.example.com/x.js',
    'forms.js"><script>alert(1)</script>',
    'forms.css',
    '.hidden.js',
  ])('refuses the script %s (only a .js file of the folder)', async (script) => {
    const reader = readerOver({ 'a.html': `<!--\ntitle: T\nscripts: forms.js ${script}\n-->\n` });
    expect((await assembleDemoPage('a.html', reader)).kind).toBe('invalid');
  });

  it('reads nothing but the page and the template, whatever the page file says', async () => {
    const line = fc.oneof(
      fc.string(),
      fc.tuple(fc.constantFrom('title', 'brand', 'scripts', 'template', 'layout', 'include'), fc.string({ minLength: 1 })).map(([name, value]) => `${name}: ${value}`),
    );
    const source = fc.tuple(fc.array(line, { maxLength: 5 }), fc.string()).map(([lines, body]) => `<!--\n${lines.join('\n')}\n-->\n${body}`);
    await fc.assert(
      fc.asyncProperty(fc.oneof(source, fc.string()), async (text) => {
        const reader = readerOver({ 'a.html': text });
        const assembly = await assembleDemoPage('a.html', reader);
        expect(reader.asked.every((file) => file === 'a.html' || file === demoPageTemplateFile)).toBe(true);
        if (assembly.kind === 'page') expect(assembly.html.startsWith('<html>\n  <head>\n')).toBe(true);
      }),
    );
  });
});
