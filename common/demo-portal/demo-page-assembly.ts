/**
 * How a page of the demo portal is made, the same way in the preview's server and in the Electron
 * kiosk: the shared template (`demoPageTemplateFile`: the head, the SIMULATION band, the header,
 * the `<main>` frame and the end of the page) filled with the page file's fields and content.
 *
 * The template's placeholders are `{{name}}`:
 * - a text field (`title`, `brand`, `tagline`, `band`) anywhere in a line, replaced by the page's
 *   value, or else the template's own, HTML-escaped;
 * - `{{scripts}}` and `{{content}}`, each alone on its line: the page's `<script src>` tags (local
 *   `.js` file names only, so never inline code) and the page file's text after its fields, every
 *   line indented as the placeholder is; the line goes when there is nothing to put there.
 * Replacement is one pass over the template: a page's text is never searched for placeholders.
 *
 * The reader is asked for the page file, then for `demoPageTemplateFile` and nothing else: no
 * field names another file.
 */
import { extensionOf } from './demo-content-types.ts';
import { type DemoPageFieldName, type DemoPageFields, parseDemoPageSource } from './demo-page-fields.ts';

/**
 * The template of every page. The route resolver never serves it (a leading `_` is no request
 * path's segment), so it is read only through `assembleDemoPage`.
 */
export const demoPageTemplateFile = '_template.html';

/**
 * Reads a text file of the demo portal's folder, named relative with `/` separators; undefined
 * when there is no such file. It may also throw or reject: the page is then missing.
 */
export type DemoTextReader = (file: string) => string | undefined | Promise<string | undefined>;

/** What assembling a page gives. */
export type DemoPageAssembly =
  | { readonly kind: 'page'; readonly html: string }
  /** The page file or the template cannot be read. */
  | { readonly kind: 'missing'; readonly file: string }
  /** The page file or the template is not in the expected form (the problem says why, for logs and tests). */
  | { readonly kind: 'invalid'; readonly file: string; readonly problem: string };

const textFields: readonly DemoPageFieldName[] = ['title', 'brand', 'tagline', 'band'];
const blockPlaceholders = ['scripts', 'content'] as const;
type BlockPlaceholder = (typeof blockPlaceholders)[number];

/** A script a page may load: a `.js` file of the folder itself, named like a route segment. */
const scriptName = /^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9_-]+)*\.js$/;
const placeholder = /\{\{([a-z]+)\}\}/g;
const blockLine = /^([ \t]*)\{\{([a-z]+)\}\}[ \t]*$/;

/** True for a file of the folder that is a page, assembled before it is served. */
export function isDemoPageFile(file: string): boolean {
  return extensionOf(file) === '.html';
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function isBlockPlaceholder(name: string): name is BlockPlaceholder {
  return (blockPlaceholders as readonly string[]).includes(name);
}

function isTextField(name: string): name is DemoPageFieldName {
  return textFields.includes(name as DemoPageFieldName);
}

/** The lines of a block, or a problem. */
type Block = { readonly ok: true; readonly lines: readonly string[] } | { readonly ok: false; readonly problem: string };

function scriptLines(value: string | undefined): Block {
  const names = value === undefined ? [] : value.split(/\s+/);
  const unsafe = names.find((name) => !scriptName.test(name));
  if (unsafe !== undefined) return { ok: false, problem: 'a script is not a .js file of the folder' };
  return { ok: true, lines: names.map((name) => `<script src="${name}" defer></script>`) };
}

function contentLines(body: string): Block {
  const text = body.endsWith('\n') ? body.slice(0, -1) : body;
  return { ok: true, lines: text === '' ? [] : text.split('\n') };
}

/** Fills the template; a problem names what in the template (or a field) is wrong. */
function fill(template: string, fields: DemoPageFields, body: string): { readonly html: string } | { readonly problem: string } {
  const blocks: Readonly<Record<BlockPlaceholder, Block>> = { scripts: scriptLines(fields.scripts), content: contentLines(body) };
  const out: string[] = [];
  for (const line of template.replace(/\r\n/g, '\n').split('\n')) {
    const block = blockLine.exec(line);
    const blockName = block?.[2];
    if (block !== null && blockName !== undefined && isBlockPlaceholder(blockName)) {
      const lines = blocks[blockName];
      if (!lines.ok) return { problem: lines.problem };
      const indent = block[1] ?? '';
      for (const inner of lines.lines) out.push(inner === '' ? '' : indent + inner);
      continue;
    }
    let problem: string | undefined;
    const filled = line.replace(placeholder, (whole, name: string) => {
      const value = isTextField(name) ? fields[name] : undefined;
      if (value === undefined) {
        problem ??= isTextField(name) ? `no value for "${name}"` : `"${whole}" is not a text field here`;
        return whole;
      }
      return escapeText(value);
    });
    if (problem !== undefined) return { problem };
    out.push(filled);
  }
  return { html: out.join('\n') };
}

async function readOrUndefined(readText: DemoTextReader, file: string): Promise<string | undefined> {
  try {
    return await readText(file);
  } catch {
    return undefined;
  }
}

/**
 * Assembles the page `file` (as the route resolver names it) from its page file and the
 * template, both read through `readText`. Never rejects.
 */
export async function assembleDemoPage(file: string, readText: DemoTextReader): Promise<DemoPageAssembly> {
  if (!isDemoPageFile(file) || file === demoPageTemplateFile) return { kind: 'invalid', file, problem: 'not a page file' };
  const pageText = await readOrUndefined(readText, file);
  if (pageText === undefined) return { kind: 'missing', file };
  const page = parseDemoPageSource(pageText);
  if (!page.ok) return { kind: 'invalid', file, problem: page.problem };
  const templateText = await readOrUndefined(readText, demoPageTemplateFile);
  if (templateText === undefined) return { kind: 'missing', file: demoPageTemplateFile };
  const template = parseDemoPageSource(templateText);
  if (!template.ok) return { kind: 'invalid', file: demoPageTemplateFile, problem: template.problem };
  const filled = fill(template.body, { ...template.fields, ...page.fields }, page.body);
  return 'html' in filled ? { kind: 'page', html: filled.html } : { kind: 'invalid', file, problem: filled.problem };
}
