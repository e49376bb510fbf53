/**
 * The French words written in the source rather than in the texts files (staff labels, the
 * keyboard's, the slip's, the self-test's messages) follow the same spacing as the texts: a narrow
 * no-break space inside « » and before ; ! ? :, never an ordinary or a no-break space.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** The source files whose string literals hold French words a parent or staff member reads. */
function sourceFiles(): string[] {
  const listed = (dir: string, recursive: boolean): string[] =>
    readdirSync(path.join(root, dir), { recursive, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.includes('test-support'))
      .map((file) => path.join(dir, file));
  return [
    'renderer/staff/staff-labels.ts',
    'renderer/staff/staff-panel.svelte.ts',
    'renderer/preview/staff/preview-staff.ts',
    'renderer/keyboard/keyboard-labels.ts',
    ...listed('common/slip', false),
    ...listed('common/self-test', false),
    // page-scripts.ts is JavaScript run in the page, not words: its template literals hold code.
    ...listed('electron/main/self-test', true).filter((file) => !file.endsWith('page-scripts.ts')),
  ];
}

/** An ordinary or no-break space after « or before » ; ! ? : (not the one that opens a `[[` part). */
const wideSpace = /«[ \u00A0]|(?<!\[\[)[ \u00A0][»;!?:]/u;

/** The string and template literals of a TypeScript source whose value has a wide space, with their line. */
function faultsIn(fileName: string, code: string): string[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const faults: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      if (wideSpace.test(node.text)) faults.push(`${fileName}:${String(source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1)} ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return faults;
}

/** The Svelte components, whose markup holds the staff screen's French words. */
function svelteFiles(): string[] {
  return readdirSync(path.join(root, 'renderer'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.svelte'))
    .map((file) => path.join('renderer', file));
}

/**
 * The lines of a component's markup text with a wide space: comments, script and style blocks are
 * left out, and so are `{…}` expressions (their ` ? a : b` is code, innermost first), leaving the literal text around them.
 */
function markupFaultsIn(fileName: string, code: string): string[] {
  const blank = (match: string): string => match.replace(/[^\n]/g, ' ');
  let text = code.replace(/<!--[\s\S]*?-->|<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, blank);
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\{[^{}]*\}/g, blank);
  }
  return text.split('\n').flatMap((line, index) => (wideSpace.test(line) ? [`${fileName}:${String(index + 1)} ${line.trim()}`] : []));
}

describe('French spacing in the source', () => {
  it('finds the faults the rule is for in markup text, not in its expressions', () => {
    const code = '<script>const a = x ? 1 : 2;</script>\n<p>Le fichier : {name}</p>\n<p>{ok ? "a" : "b"}</p>\n<b>« {label} »</b>\n<!-- « note » -->\n';
    expect(markupFaultsIn('Sample.svelte', code)).toEqual(['Sample.svelte:2 <p>Le fichier :       </p>', 'Sample.svelte:4 <b>«         »</b>']);
  });

  it('writes the French words of every component’s markup with narrow no-break spaces', () => {
    const faults = svelteFiles().flatMap((file) => markupFaultsIn(file, readFileSync(path.join(root, file), 'utf8')));
    expect(faults).toEqual([]);
  });

  it('finds the faults the rule is for, in strings and templates, not in code', () => {
    const code = "const a = 'Nom :';\nconst b = `la page « ${id} » : ${why}`;\nconst c = ok ? 'x' : 'y';\nconst d = 'Fin.[[ Lieu\\u202F: {secretariatPlace}]]';\n";
    expect(faultsIn('sample.ts', code)).toEqual(['sample.ts:1 Nom :', 'sample.ts:2 la page « ', 'sample.ts:2  » : ']);
  });

  it('lists the files it checks', () => {
    expect(sourceFiles()).toEqual(expect.arrayContaining(['common/self-test/self-test-messages.ts', 'electron/main/self-test/checks/slip-pdf.ts']));
  });

  it('writes every French word with narrow no-break spaces inside « » and before ; ! ? :', () => {
    const faults = sourceFiles().flatMap((file) => faultsIn(file, readFileSync(path.join(root, file), 'utf8')));
    expect(faults).toEqual([]);
  });
});
