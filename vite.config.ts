import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { demoPortalPlugin } from './tooling/lib/demo-portal-endpoint.ts';
import { previewEndpoints } from './tooling/lib/preview-server-endpoints.ts';

const packageJson = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Two builds of one renderer: `--mode kiosk` (the Electron host page, `build/renderer`) and
 * `--mode preview` (the same UI on the in-browser bridge, `build/preview`). The preview bridge is
 * only reachable from the preview entry, so it never ends up in the kiosk build.
 */
export default defineConfig(({ mode }) => {
  const preview = mode !== 'kiosk';
  return {
    root: preview ? 'renderer/preview' : 'renderer',
    base: './',
    plugins: [svelte({ configFile: fileURLToPath(new URL('./svelte.config.js', import.meta.url)) }), previewEndpoints(), demoPortalPlugin()],
    define: {
      'import.meta.env.VITE_APP_VERSION': JSON.stringify(packageJson.version),
    },
    build: {
      outDir: preview ? '../../build/preview' : '../build/renderer',
      emptyOutDir: true,
      target: 'chrome120',
      assetsInlineLimit: 0,
      sourcemap: false,
      reportCompressedSize: false,
      rolldownOptions: {
        // Rolldown would otherwise move modules shared by the on-demand parts into the entry chunk,
        // which the attract screen then loads although it never runs them.
        experimental: { chunkOptimization: { mergeCommonChunks: false } },
        output: {
          codeSplitting: {
            groups: [
              { name: 'svelte', test: /node_modules[\\/](svelte|clsx|esm-env)[\\/]/ },
              { name: 'valibot', test: /node_modules[\\/]valibot[\\/]/ },
            ],
          },
        },
      },
    },
    server: {
      host: '127.0.0.1',
      fs: { allow: ['.'] },
    },
  };
});
