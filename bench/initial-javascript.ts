import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Benchmark } from './types.ts';

/** Budget of the foundation issue: initial renderer JavaScript, gzip. */
export const initialJavaScriptBudgetKb = 60;

/** The scripts and module preloads the kiosk's `index.html` loads before anything lazy. */
function initialScripts(buildDir: string): string[] {
  const html = readFileSync(path.join(buildDir, 'index.html'), 'utf8');
  const sources = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)];
  return sources.map((match) => path.join(buildDir, match[1] ?? ''));
}

/** Gzipped size of the kiosk build's initial JavaScript (the Electron renderer, not the preview). */
export const initialJavaScript: Benchmark = {
  name: 'initial JavaScript',
  run: async ({ repoRoot }) => {
    const files = initialScripts(path.join(repoRoot, 'build', 'renderer'));
    const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
    return [{ name: 'kiosk renderer initial JS (gzip)', value: bytes / 1024, unit: 'KB', budget: initialJavaScriptBudgetKb }];
  },
};
