import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Benchmark } from './types.ts';

/** Budget of the kiosk's first screen: renderer JavaScript loaded before anything on demand, gzip. */
export const initialJavaScriptBudgetKb = 30;

/** Budget of the kiosk's first screen: stylesheets linked by `index.html`, gzip. */
export const initialCssBudgetKb = 8;

/** The files `index.html` loads before anything on demand: scripts and module preloads, or stylesheets. */
function initialFiles(buildDir: string, kind: 'js' | 'css'): string[] {
  const html = readFileSync(path.join(buildDir, 'index.html'), 'utf8');
  const pattern =
    kind === 'js'
      ? /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g
      : /<link[^>]*rel="stylesheet"[^>]*\shref="([^"]+\.css)"/g;
  return [...html.matchAll(pattern)].map((match) => path.join(buildDir, match[1] ?? ''));
}

function gzippedKb(files: readonly string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0) / 1024;
}

/** Gzipped size of the kiosk build's initial JavaScript and CSS (the Electron renderer, not the preview). */
export const initialJavaScript: Benchmark = {
  name: 'initial JavaScript',
  run: async ({ repoRoot }) => {
    const buildDir = path.join(repoRoot, 'build', 'renderer');
    const scripts = initialFiles(buildDir, 'js');
    const styles = initialFiles(buildDir, 'css');
    if (scripts.length === 0 || styles.length === 0) throw new Error(`no initial script or stylesheet found in ${buildDir}/index.html`);
    return [
      { name: 'kiosk renderer initial JS (gzip)', value: gzippedKb(scripts), unit: 'KB', budget: initialJavaScriptBudgetKb },
      { name: 'kiosk renderer initial CSS (gzip)', value: gzippedKb(styles), unit: 'KB', budget: initialCssBudgetKb },
    ];
  },
};
