// The last resort for a Chromium: the headless build that @sparticuz/chromium ships inside its npm
// package, so that `npm ci` alone gives the e2e tests and the benchmarks a browser. It is unpacked
// once into node_modules/.cache (not /tmp, which may forbid running programs and is shared with
// other checkouts), together with the libraries it needs (NSS, which a bare machine lacks), its
// software graphics stack and a fonts.conf that shows it the fonts of npm-fonts.ts.
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, createBrotliDecompress } from 'node:zlib';
import { writeNpmFontsConf } from './npm-fonts.ts';
import { extractTar } from './untar.ts';

/** The unpacked npm Chromium: its executable and what its process needs. */
export interface NpmChromium {
  readonly executablePath: string;
  /** Environment for the browser process: its own libraries first, its own fonts only. */
  readonly env: Readonly<Record<string, string>>;
  /** The flags this build needs: it ships no setuid sandbox helper. */
  readonly args: readonly string[];
}

const packageName = '@sparticuz/chromium';
const completeMarker = '.complete';

/** The project's node_modules, where the package and the unpacked copy live. */
export const projectNodeModules = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules');

function packageVersion(nodeModules: string): string | undefined {
  const manifest = path.join(nodeModules, packageName, 'package.json');
  if (!existsSync(manifest)) return undefined;
  const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown };
  return typeof parsed.version === 'string' ? parsed.version : undefined;
}

// The fonts.conf names its cache by the final folder, where the browser will run from.
async function unpackInto(bin: string, nodeModules: string, folder: string, finalFolder: string): Promise<boolean> {
  mkdirSync(folder, { recursive: true });
  if (!writeNpmFontsConf(nodeModules, path.join(folder, 'fonts.conf'), path.join(finalFolder, 'fontconfig-cache'))) return false;
  await pipeline(createReadStream(path.join(bin, 'chromium.br')), createBrotliDecompress(), createWriteStream(path.join(folder, 'chromium'), { mode: 0o755 }));
  extractTar(brotliDecompressSync(readFileSync(path.join(bin, 'al2023.tar.br'))), folder);
  extractTar(brotliDecompressSync(readFileSync(path.join(bin, 'swiftshader.tar.br'))), folder);
  writeFileSync(path.join(folder, completeMarker), '');
  return true;
}

/**
 * Unpacks (the first time) and returns the npm Chromium, or undefined when the package or one of
 * the font packages is not installed or the machine is not x64 Linux, the only build shipped.
 * Several processes may call it at once (Playwright's workers): each unpacks into a folder of its
 * own and renames it into place, so none ever sees a half-written browser.
 */
export async function unpackNpmChromium(nodeModules: string = projectNodeModules): Promise<NpmChromium | undefined> {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  const version = packageVersion(nodeModules);
  if (version === undefined) return undefined;
  const folder = path.join(nodeModules, '.cache', `borne-chromium-${version}`);
  if (!existsSync(path.join(folder, completeMarker))) {
    const partial = `${folder}.partial-${String(process.pid)}`;
    rmSync(partial, { recursive: true, force: true });
    try {
      if (!(await unpackInto(path.join(nodeModules, packageName, 'bin'), nodeModules, partial, folder))) return undefined;
      // A folder without the marker is what an interrupted unpack left.
      if (!existsSync(path.join(folder, completeMarker))) rmSync(folder, { recursive: true, force: true });
      renameSync(partial, folder);
    } catch (error) {
      // Another process may have put its complete copy in place first: then use that one.
      if (!existsSync(path.join(folder, completeMarker))) throw error;
    } finally {
      rmSync(partial, { recursive: true, force: true });
    }
  }
  const libraries = path.join(folder, 'lib');
  const inherited = process.env.LD_LIBRARY_PATH;
  return {
    executablePath: path.join(folder, 'chromium'),
    env: {
      FONTCONFIG_FILE: path.join(folder, 'fonts.conf'),
      LD_LIBRARY_PATH: inherited === undefined || inherited === '' ? libraries : `${libraries}${path.delimiter}${inherited}`,
    },
    args: ['--no-sandbox'],
  };
}
