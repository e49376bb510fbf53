// The layering rules of the codebase, as ESLint `no-restricted-imports` patterns.
// Layers import downward only: renderer → common; electron/* → common; common → nothing of ours.
// The tooling has its layers too: tooling/ (what tests, benchmarks and scripts share) → common;
// scripts/, e2e/ and bench/ → tooling and common, never one another's files nor the product's
// internals (electron/main, electron/preload, renderer), which they start and drive from outside.
import { builtinModules } from 'node:module';

const nodeBuiltins = {
  regex: `^(node:.*|${builtinModules.map((name) => name.replace(/[/]/g, '\\/')).join('|')})(/.*)?$`,
  message: 'No Node.js built-ins in this layer.',
};
const electronModule = { regex: '^electron(/.*)?$', message: 'Only the main process and preloads may import electron.' };
const intoElectron = { regex: '(^|/)electron/', message: 'Do not import the Electron layer from here.' };
const intoRenderer = { regex: '(^|/)renderer/', message: 'Do not import the renderer from here.' };
const intoTooling = { regex: '(^|/)(scripts|tooling|e2e|bench|lint)/', message: 'Product code does not import tooling.' };
const intoProductInternals = {
  regex: '(^|/)(electron/(main|preload)|renderer)/',
  message: 'Tooling drives the kiosk from outside: share what it needs through common/ or tooling/.',
};
const intoScripts = { regex: '(^|/)scripts/', message: 'scripts/ are entry points: move what is shared to tooling/.' };
const intoE2e = { regex: '(^|/)e2e/', message: 'e2e/ holds specs only: move what is shared to tooling/.' };
const intoBench = { regex: '(^|/)bench/', message: 'bench/ holds benchmarks only: move what is shared to tooling/.' };
const svelteComponents = { regex: '\\.svelte(\\.ts)?$', message: 'common/ is framework-free.' };
const previewFromRenderer = {
  regex: '^(\\.{1,2}/)+preview/',
  message: 'The preview bridge must never reach the Electron build: only renderer/preview/ imports it.',
};
const mainFromPreload = { regex: '(^|/)main/', message: 'The preload does not import main-process code.' };
const preloadFromMain = { regex: '(^|/)preload/', message: 'Main-process code does not import the preloads.' };

/**
 * @param {{ regex: string, message: string }[]} patterns
 * @returns {import('eslint').Linter.RulesRecord}
 */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const testFiles = ['**/*.test.ts'];

/** Flat-config blocks enforcing the layers. */
export const layering = [
  {
    files: ['common/**/*.ts'],
    ignores: testFiles,
    rules: restrict([electronModule, nodeBuiltins, intoElectron, intoRenderer, intoTooling, svelteComponents]),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.svelte'],
    ignores: [...testFiles, 'renderer/preview/**'],
    rules: restrict([electronModule, nodeBuiltins, intoElectron, intoTooling, previewFromRenderer]),
  },
  {
    files: ['renderer/preview/**/*.ts'],
    ignores: testFiles,
    rules: restrict([electronModule, nodeBuiltins, intoElectron, intoTooling]),
  },
  {
    files: ['electron/preload/**/*.ts'],
    ignores: testFiles,
    rules: restrict([nodeBuiltins, intoRenderer, intoTooling, mainFromPreload]),
  },
  {
    files: ['electron/main/**/*.ts'],
    ignores: testFiles,
    rules: restrict([intoRenderer, intoTooling, preloadFromMain]),
  },
  {
    files: ['tooling/**/*.ts'],
    ignores: testFiles,
    rules: restrict([intoProductInternals, intoScripts, intoE2e, intoBench]),
  },
  {
    files: ['scripts/**/*.ts'],
    ignores: testFiles,
    rules: restrict([intoProductInternals, intoE2e]),
  },
  {
    files: ['e2e/**/*.ts'],
    ignores: testFiles,
    rules: restrict([intoProductInternals, intoScripts, intoBench]),
  },
  {
    files: ['bench/**/*.ts'],
    ignores: testFiles,
    rules: restrict([intoProductInternals, intoScripts, intoE2e]),
  },
];
