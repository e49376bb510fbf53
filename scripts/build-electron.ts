// Compiles the Electron main process and preload scripts into single CommonJS files.
// Sandboxed preloads cannot `require` our own modules, so each is bundled with its imports.
import path from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from './lib/preview-endpoints.ts';

const outdir = path.join(repoRoot, 'build', 'electron');

const entries: Record<string, string> = {
  main: 'electron/main/main.ts',
  'preload-host': 'electron/preload/host.ts',
  'preload-portal': 'electron/preload/portal.ts',
};

await build({
  absWorkingDir: repoRoot,
  entryPoints: entries,
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
});

process.stdout.write(`Electron main and preload built in ${path.relative(repoRoot, outdir)}/\n`);
