// Silent slip printing in the real Electron runtime: a small main-process harness built
// from the print modules prints the slip of a path, in both formats, to a PDF-capable printer
// (CUPS-PDF on Linux), from the hidden JavaScript-free window. Skips without a runtime, and
// without such a printer.
import path from 'node:path';
import { _electron as electron, type ElectronApplication, expect, test } from '@playwright/test';
import { build } from 'esbuild';
import type { PrinterSummary, PrintResult } from '../../common/slip/slip-bridge.ts';
import type { SlipFormat } from '../../common/slip/slip-format.ts';
import { repoRoot } from '../../tooling/lib/preview-server-endpoints.ts';
import { electronExecutable, noRuntimeReason } from './runtime.ts';

test.skip(electronExecutable === undefined, noRuntimeReason);

/** What the harness exposes on the main process's `globalThis`. */
interface SlipHarness {
  printers(): Promise<PrinterSummary[]>;
  use(printer: string | undefined): void;
  print(format: SlipFormat, path?: string[]): Promise<PrintResult>;
  endVisit(): void;
}

const harnessSource = `
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow } from 'electron';
import { parseSchoolConfig } from './common/config/school-config.ts';
import { validateGuide } from './common/guide/validate-guide.ts';
import { createLogger } from './electron/main/log.ts';
import { setupSlipPrinting } from './electron/main/print/setup-slip-printing.ts';

const read = (file) => readFileSync(path.join(process.cwd(), 'resources', file), 'utf8');
const guide = validateGuide(JSON.parse(read('guide/guide.json')), JSON.parse(read('guide/texts/fr.json')));
const config = parseSchoolConfig(read('school/lycee-du-parc.json'));
if (!guide.ok || !config.ok) throw new Error('bundled guide or configuration invalid');
const trouble = ['who', 'has-account', 'activation-choice', 'route-sms', 'portal-sms', 'result-sms', 'trouble-step1', 'trouble-step2', 'recap'];

app.whenReady().then(() => {
  const host = new BrowserWindow({ show: false });
  let printer;
  const printing = setupSlipPrinting({
    BrowserWindow,
    graph: () => guide.guide.graph,
    frenchTexts: () => guide.guide.texts,
    texts: async () => undefined,
    config: () => config.config,
    now: () => new Date(),
    getPrinters: () => host.webContents.getPrintersAsync(),
    printer: () => (printer === undefined ? undefined : { name: printer, format: 'roll' }),
    log: createLogger(),
  });
  globalThis.slipHarness = {
    printers: () => printing.listPrinters(),
    use: (name) => { printer = name; },
    print: (format, walk = trouble) => printing.printSlip({ path: walk, language: 'fr', format }),
    endVisit: () => printing.endVisit(),
  };
});
`;

async function launch(outputDir: string): Promise<ElectronApplication> {
  const bundle = path.join(outputDir, 'print-harness.cjs');
  await build({
    stdin: { contents: harnessSource, resolveDir: repoRoot, sourcefile: 'print-harness.ts', loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    outfile: bundle,
    logLevel: 'warning',
  });
  const app = await electron.launch({ executablePath: electronExecutable, args: [bundle], cwd: repoRoot });
  await expect
    .poll(() => app.evaluate(() => (globalThis as unknown as { slipHarness?: SlipHarness }).slipHarness !== undefined))
    .toBe(true);
  return app;
}

const harness = (app: ElectronApplication) => ({
  printers: () => app.evaluate(() => (globalThis as unknown as { slipHarness: SlipHarness }).slipHarness.printers()),
  use: (name: string | undefined) => app.evaluate((_electron, chosen) => (globalThis as unknown as { slipHarness: SlipHarness }).slipHarness.use(chosen), name),
  print: (format: SlipFormat, walk?: string[]) =>
    app.evaluate((_electron, [paper, trail]) => (globalThis as unknown as { slipHarness: SlipHarness }).slipHarness.print(paper, trail), [format, walk] as const),
  endVisit: () => app.evaluate(() => (globalThis as unknown as { slipHarness: SlipHarness }).slipHarness.endVisit()),
});

test('prints the slip silently to a PDF-capable printer, on the 80 mm roll and on A4, three per visit', async () => {
  const app = await launch(test.info().outputDir);
  try {
    const slips = harness(app);
    const pdf = (await slips.printers()).find((printer) => /pdf/i.test(printer.name) && printer.state !== 'unavailable');
    test.skip(pdf === undefined, 'No PDF-capable printer here (Debian/Ubuntu: sudo apt-get install printer-driver-cups-pdf).');
    await slips.use(pdf?.name);
    expect(await slips.print('roll')).toEqual({ ok: true, remaining: 2 });
    expect(await slips.print('a4')).toEqual({ ok: true, remaining: 1 });
    expect(await slips.print('roll')).toEqual({ ok: true, remaining: 0 });
    expect(await slips.print('roll')).toEqual({ ok: false, reason: 'limit' });
    await slips.endVisit();
    expect(await slips.print('a4')).toEqual({ ok: true, remaining: 2 });
  } finally {
    await app.close();
  }
});

test('answers without printing when no printer is configured, the printer is missing, or the path is not a walk of the guide', async () => {
  const app = await launch(test.info().outputDir);
  try {
    const slips = harness(app);
    await slips.use(undefined);
    expect(await slips.print('roll')).toEqual({ ok: false, reason: 'no-printer' });
    await slips.use('No such printer');
    expect(await slips.print('roll')).toEqual({ ok: false, reason: 'printer-missing' });
    await expect(slips.print('roll', ['who', 'recap'])).rejects.toThrow(/not a walk/);
  } finally {
    await app.close();
  }
});
