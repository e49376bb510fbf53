import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [svelte()],
  test: {
    include: ['{common,electron,renderer,scripts,resources,lint}/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    maxWorkers: 2,
    // A guard against hangs, not a budget: loading ESLint or compiling electron-builder's schema
    // takes several seconds on a busy two-core machine.
    testTimeout: 30_000,
  },
});
