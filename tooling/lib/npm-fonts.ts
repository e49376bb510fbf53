// Fonts for the Chromium delivered through npm: a machine without Chromium may have no fonts
// either, and the kiosk's texts need Latin and Cyrillic (Noto Sans), Arabic (Noto Sans Arabic)
// and Simplified Chinese (Noto Sans S Chinese). They come from npm packages and reach that
// Chromium through a fonts.conf of our own, so no system font is installed or needed.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The folders holding the fonts, inside the npm packages that ship them. */
export const npmFontFolders: readonly string[] = [
  '@expo-google-fonts/noto-sans',
  '@expo-google-fonts/noto-sans-arabic',
  '@embedpdf/fonts-sc/fonts',
];

/**
 * The generic families the page may ask for, mapped to the npm fonts: Chromium resolves
 * `sans-serif` (and its default font) through fontconfig, and only these fonts are there.
 */
const preferredFamilies = ['Noto Sans', 'Noto Sans Arabic', 'Noto Sans S Chinese'];

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** The text of a fonts.conf listing `fontFolders` only, with its cache in `cacheFolder`. */
export function fontsConfText(fontFolders: readonly string[], cacheFolder: string): string {
  const prefer = preferredFamilies.map((family) => `<family>${family}</family>`).join('');
  const aliases = ['sans-serif', 'system-ui', 'serif'].map(
    (generic) => `  <alias><family>${generic}</family><prefer>${prefer}</prefer></alias>`,
  );
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<fontconfig>',
    ...fontFolders.map((folder) => `  <dir>${escapeXml(folder)}</dir>`),
    `  <cachedir>${escapeXml(cacheFolder)}</cachedir>`,
    ...aliases,
    '</fontconfig>',
    '',
  ].join('\n');
}

/**
 * Writes `file`, a fonts.conf for the font packages found under `nodeModules` whose cache is
 * `cacheFolder`; false, writing nothing, when one of the packages is not installed.
 */
export function writeNpmFontsConf(nodeModules: string, file: string, cacheFolder: string): boolean {
  const folders = npmFontFolders.map((folder) => path.join(nodeModules, folder));
  if (!folders.every((folder) => existsSync(folder))) return false;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, fontsConfText(folders, cacheFolder));
  return true;
}
