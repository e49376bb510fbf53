// Compiles the Electron main process and preload scripts into single CommonJS files.
// Sandboxed preloads cannot `require` our own modules, so each is bundled with its imports.
import path from 'node:path';
import { build } from 'esbuild';
import { electronEntries, electronOutDir } from '../tooling/lib/electron-entries.ts';
import { repoRoot } from '../tooling/lib/preview-server-endpoints.ts';

const outdir = path.join(repoRoot, electronOutDir);

await build({
  absWorkingDir: repoRoot,
  entryPoints: electronEntries,
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
