import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectNodeModules } from './npm-chromium.ts';
import { fontsConfText, npmFontFolders, writeNpmFontsConf } from './npm-fonts.ts';

describe('the fonts.conf of the npm Chromium', () => {
  let folder = '';
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('lists the given font folders and cache only, escaped for XML', () => {
    const text = fontsConfText(['/a&b/fonts'], '/cache<1>');
    expect(text).toContain('<dir>/a&amp;b/fonts</dir>');
    expect(text).toContain('<cachedir>/cache&lt;1&gt;</cachedir>');
    expect(text.match(/<dir>/g)).toHaveLength(1);
    expect(text).not.toContain('<include');
  });

  it('points at font folders that the installed packages really hold', () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'borne-fonts-'));
    const file = path.join(folder, 'fonts.conf');
    expect(writeNpmFontsConf(projectNodeModules, file, path.join(folder, 'cache'))).toBe(true);
    const dirs = [...readFileSync(file, 'utf8').matchAll(/<dir>([^<]+)<\/dir>/g)].map((match) => match[1] ?? '');
    expect(dirs).toHaveLength(npmFontFolders.length);
    for (const dir of dirs) expect(existsSync(dir)).toBe(true);
  });

  it('writes nothing when a font package is missing', () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'borne-fonts-'));
    const file = path.join(folder, 'fonts.conf');
    expect(writeNpmFontsConf(folder, file, path.join(folder, 'cache'))).toBe(false);
    expect(existsSync(file)).toBe(false);
  });
});
