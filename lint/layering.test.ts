import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

/** Lints `code` as if it were the file at `filePath`; returns the layering messages. */
async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layering lint', () => {
  it.each([
    ['common/ importing electron', 'common/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['common/ importing a node built-in', 'common/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"],
    ['common/ importing a bare node built-in', 'common/x.ts', "import path from 'path';\nexport const p = path;\n"],
    ['common/ importing the renderer', 'common/x.ts', "import { ShellState } from '../renderer/state/shell-state.svelte.ts';\nexport const s = ShellState;\n"],
    ['common/ importing main', 'common/bridge/x.ts', "import { run } from '../../electron/main/log.ts';\nexport const r = run;\n"],
    ['the renderer importing electron', 'renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n"],
    ['the renderer importing node', 'renderer/state/x.ts', "import fs from 'node:fs';\nexport const f = fs;\n"],
    ['the renderer importing main', 'renderer/x.ts', "import { x } from '../electron/main/log.ts';\nexport const y = x;\n"],
    ['the renderer importing the preview bridge', 'renderer/x.ts', "import { createPreviewBridge } from './preview/preview-bridge.ts';\nexport const c = createPreviewBridge;\n"],
    ['a screen importing the preview bridge', 'renderer/screens/x.ts', "import { createPreviewBridge } from '../preview/preview-bridge.ts';\nexport const c = createPreviewBridge;\n"],
    ['the preload importing node', 'electron/preload/x.ts', "import { spawn } from 'node:child_process';\nexport const s = spawn;\n"],
    ['the preload importing main', 'electron/preload/x.ts', "import { createLogger } from '../main/log.ts';\nexport const c = createLogger;\n"],
    ['main importing the renderer', 'electron/main/x.ts', "import { ShellState } from '../../renderer/state/shell-state.svelte.ts';\nexport const s = ShellState;\n"],
  ])('reports %s', async (_name, filePath, code) => {
    expect((await layeringErrors(filePath, code)).length).toBeGreaterThan(0);
  });

  it.each([
    ['common/ importing common/', 'common/x.ts', "import { ok } from './bridge/result.ts';\nexport const o = ok;\n"],
    ['the renderer importing common/', 'renderer/x.ts', "import { ok } from '../common/bridge/result.ts';\nexport const o = ok;\n"],
    ['the preview entry importing the preview bridge', 'renderer/preview/x.ts', "import { createPreviewBridge } from './preview-bridge.ts';\nexport const c = createPreviewBridge;\n"],
    ['the preload importing electron and common/', 'electron/preload/x.ts', "import { contextBridge } from 'electron';\nimport { ok } from '../../common/bridge/result.ts';\nexport const c = [contextBridge, ok];\n"],
    ['main importing electron, node and common/', 'electron/main/x.ts', "import { app } from 'electron';\nimport path from 'node:path';\nimport { ok } from '../../common/bridge/result.ts';\nexport const a = [app, path, ok];\n"],
  ])('allows %s', async (_name, filePath, code) => {
    expect(await layeringErrors(filePath, code)).toEqual([]);
  });
});
