import type { BrowserWindowConstructorOptions, PrinterInfo } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { PrintSlipRequest } from '../../../common/slip/slip-bridge.ts';
import { bundledConfig, bundledGraph, frenchTexts } from '../../../common/slip/test-support/guide-fixtures.ts';
import { createLogger } from '../log.ts';
import { FakeWebContents } from '../test-support/fake-web-contents.ts';
import { setupSlipPrinting } from './setup-slip-printing.ts';

class PrintingContents extends FakeWebContents {
  loadURL = vi.fn(() => {
    this.emit('preferred-size-changed', { width: 303, height: 900 });
    return Promise.resolve();
  });
  print = vi.fn((_options: unknown, callback: (success: boolean, reason: string) => void) => callback(true, ''));
}

class PrintingWindow {
  static count = 0;
  readonly webContents = new PrintingContents(9);
  destroy = vi.fn();
  isDestroyed = vi.fn(() => false);
  constructor(readonly options: BrowserWindowConstructorOptions) {
    PrintingWindow.count += 1;
  }
}

function setup() {
  PrintingWindow.count = 0;
  return setupSlipPrinting({
    BrowserWindow: PrintingWindow as never,
    graph: () => bundledGraph,
    frenchTexts: () => frenchTexts,
    texts: () => Promise.resolve(undefined),
    config: () => bundledConfig,
    now: () => new Date(2025, 8, 3),
    getPrinters: () => Promise.resolve([{ name: 'PDF', displayName: 'PDF', description: '', options: {} }] as PrinterInfo[]),
    printer: () => ({ name: 'PDF', format: 'roll' }),
    log: createLogger(() => undefined),
    limits: { settleQuietMs: 1 },
  });
}

describe('setupSlipPrinting', () => {
  it('prints a valid path and lists the printers for staff', async () => {
    const printing = setup();
    expect(await printing.printSlip({ path: ['who', 'cpge-not-concerned', 'recap'], language: 'fr' })).toEqual({ ok: true, remaining: 2 });
    expect(PrintingWindow.count).toBe(1);
    expect(await printing.listPrinters()).toEqual([{ name: 'PDF', displayName: 'PDF', state: 'unknown' }]);
    expect(await printing.printerNames()).toEqual(['PDF']);
  });

  it('refuses a path that is not a walk of the guide before opening any window', () => {
    const printing = setup();
    expect(() => printing.printSlip({ path: ['who', 'recap'], language: 'fr' })).toThrow(/not a walk/);
    expect(PrintingWindow.count).toBe(0);
  });

  it('resets the visitor’s count at the end of the visit', async () => {
    const printing = setup();
    const request: PrintSlipRequest = { path: ['who', 'cpge-not-concerned', 'recap'], language: 'fr' };
    for (let i = 0; i < 3; i += 1) await printing.printSlip(request);
    expect(await printing.printSlip(request)).toEqual({ ok: false, reason: 'limit' });
    printing.endVisit();
    expect(await printing.printSlip(request)).toEqual({ ok: true, remaining: 2 });
  });
});
