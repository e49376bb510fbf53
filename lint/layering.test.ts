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
    ['common/ importing tooling', 'common/x.ts', "import { repoRoot } from '../tooling/lib/preview-server-endpoints.ts';\nexport const r = repoRoot;\n"],
    ['main importing a benchmark', 'electron/main/x.ts', "import { slip } from '../../bench/slip.ts';\nexport const s = slip;\n"],
    ['tooling importing main', 'tooling/lib/x.ts', "import { printQrEncoder } from '../../electron/main/print/slip-document.ts';\nexport const p = printQrEncoder;\n"],
    ['tooling importing the renderer', 'tooling/pages/x.ts', "import { createPreviewPortalHost } from '../../renderer/preview/portal/preview-portal-host.ts';\nexport const c = createPreviewPortalHost;\n"],
    ['tooling importing a script', 'tooling/lib/x.ts', "import { x } from '../../scripts/start.ts';\nexport const y = x;\n"],
    ['tooling importing a spec', 'tooling/x.ts', "import { noRuntimeReason } from '../e2e/electron/runtime.ts';\nexport const n = noRuntimeReason;\n"],
    ['tooling importing a benchmark', 'tooling/x.ts', "import { quantile } from '../bench/stats.ts';\nexport const q = quantile;\n"],
    ['a script importing main', 'scripts/x.ts', "import { createLogger } from '../electron/main/log.ts';\nexport const c = createLogger;\n"],
    ['a script importing a spec', 'scripts/x.ts', "import { noRuntimeReason } from '../e2e/electron/runtime.ts';\nexport const n = noRuntimeReason;\n"],
    ['a spec importing main', 'e2e/preview/x.spec.ts', "import { rollPageHeightMicrons } from '../../electron/main/print/print-page.ts';\nexport const r = rollPageHeightMicrons;\n"],
    ['a spec importing the preload', 'e2e/electron/x.spec.ts', "import { x } from '../../electron/preload/portal.ts';\nexport const y = x;\n"],
    ['a spec importing the renderer', 'e2e/preview/x.spec.ts', "import { x } from '../../renderer/main.ts';\nexport const y = x;\n"],
    ['a spec importing a script', 'e2e/x.ts', "import { x } from '../scripts/e2e.ts';\nexport const y = x;\n"],
    ['a spec importing a benchmark', 'e2e/preview/x.spec.ts', "import { quantile } from '../../bench/stats.ts';\nexport const q = quantile;\n"],
    ['a benchmark importing main', 'bench/x.ts', "import { rollPageHeightMicrons } from '../electron/main/print/print-page.ts';\nexport const r = rollPageHeightMicrons;\n"],
    ['a benchmark importing the renderer', 'bench/x.ts', "import { x } from '../renderer/main.ts';\nexport const y = x;\n"],
    ['a benchmark importing a spec helper', 'bench/x.ts', "import { x } from '../e2e/fixtures.ts';\nexport const y = x;\n"],
    ['a benchmark importing a script', 'bench/x.ts', "import { x } from '../scripts/bench.ts';\nexport const y = x;\n"],
  ])('reports %s', async (_name, filePath, code) => {
    expect((await layeringErrors(filePath, code)).length).toBeGreaterThan(0);
  });

  it.each([
    ['common/ importing common/', 'common/x.ts', "import { ok } from './bridge/result.ts';\nexport const o = ok;\n"],
    ['the renderer importing common/', 'renderer/x.ts', "import { ok } from '../common/bridge/result.ts';\nexport const o = ok;\n"],
    ['the preview entry importing the preview bridge', 'renderer/preview/x.ts', "import { createPreviewBridge } from './preview-bridge.ts';\nexport const c = createPreviewBridge;\n"],
    ['the preload importing electron and common/', 'electron/preload/x.ts', "import { contextBridge } from 'electron';\nimport { ok } from '../../common/bridge/result.ts';\nexport const c = [contextBridge, ok];\n"],
    ['tooling importing common/ and node', 'tooling/lib/x.ts', "import path from 'node:path';\nimport { ok } from '../../common/bridge/result.ts';\nexport const a = [path, ok];\n"],
    ['a script importing tooling, common/ and a benchmark', 'scripts/x.ts', "import { run } from '../tooling/lib/run.ts';\nimport { ok } from '../common/bridge/result.ts';\nimport { slip } from '../bench/slip.ts';\nexport const a = [run, ok, slip];\n"],
    ['a spec importing tooling and common/', 'e2e/preview/x.spec.ts', "import { GuidePage } from '../../tooling/pages/guide-page.ts';\nimport { ok } from '../../common/bridge/result.ts';\nexport const a = [GuidePage, ok];\n"],
    ['an Electron spec importing electron and its siblings', 'e2e/electron/x.spec.ts', "import { electronExecutable } from './runtime.ts';\nexport const a = electronExecutable;\n"],
    ['a benchmark importing tooling and common/', 'bench/x.ts', "import { edgeCoveringPaths } from '../tooling/guide-data.ts';\nimport { ok } from '../common/bridge/result.ts';\nexport const a = [edgeCoveringPaths, ok];\n"],
    ['main importing electron, node and common/', 'electron/main/x.ts', "import { app } from 'electron';\nimport path from 'node:path';\nimport { ok } from '../../common/bridge/result.ts';\nexport const a = [app, path, ok];\n"],
  ])('allows %s', async (_name, filePath, code) => {
    expect(await layeringErrors(filePath, code)).toEqual([]);
  });
});
