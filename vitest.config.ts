import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

const include = ['{common,electron,renderer,scripts,tooling,resources,lint}/**/*.test.ts'];
// Tests named `*.dom.test.ts` run runes and effects as the page does: in a DOM, with Svelte's
// browser build (in Node, `svelte` resolves to its server build, where `untrack` tracks).
const domTests = ['renderer/**/*.dom.test.ts'];

export default defineConfig({
  plugins: [svelte()],
  test: {
    pool: 'threads',
    maxWorkers: 2,
    // A guard against hangs, not a budget: loading ESLint or compiling electron-builder's schema
    // takes several seconds on a busy two-core machine.
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'node', include, exclude: domTests, environment: 'node' } },
      {
        extends: true,
        resolve: { conditions: ['browser'] },
        test: { name: 'dom', include: domTests, environment: 'happy-dom' },
      },
    ],
  },
});
