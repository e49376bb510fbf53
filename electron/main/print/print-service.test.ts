import type { WebContentsPrintOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrinterSummary, PrintSlipRequest } from '../../../common/slip/slip-bridge.ts';
import type { SlipFormat } from '../../../common/slip/slip-format.ts';
import { createLogger } from '../log.ts';
import { a4PageHeightPx, smallerA4FontPt } from '../../../common/slip/slip-density.ts';
import { createPrintService, defaultPrintLimits, type ConfiguredPrinter, type PrintServiceDeps, type SlipFit } from './print-service.ts';
import type { SlipWindow } from './slip-window.ts';

/** How a fake print window behaves. */
interface Behaviour {
  /** Content heights reported during loading, then after it (with the delay after load). */
  heights?: number[];
  /** Heights per successive load (a refitted A4 slip is loaded twice). */
  heightsPerLoad?: number[][];
  lateHeight?: { px: number; afterMs: number };
  load?: 'ok' | 'fail';
  /** `never`: the print callback never comes. */
  print?: 'ok' | 'fail' | 'never';
  printDelayMs?: number;
}

class FakeSlipWindow implements SlipWindow {
  readonly loaded: string[] = [];
  readonly printed: WebContentsPrintOptions[] = [];
  destroyed = 0;
  readonly #listeners: ((height: number) => void)[] = [];

  constructor(readonly behaviour: Behaviour) {}

  load(url: string): Promise<void> {
    this.loaded.push(url);
    for (const height of this.behaviour.heightsPerLoad?.[this.loaded.length - 1] ?? this.behaviour.heights ?? []) this.#emit(height);
    const late = this.behaviour.lateHeight;
    if (late !== undefined) setTimeout(() => this.#emit(late.px), late.afterMs);
    return this.behaviour.load === 'fail' ? Promise.reject(new Error('ERR_ABORTED')) : Promise.resolve();
  }

  onContentHeight(listener: (height: number) => void): void {
    this.#listeners.push(listener);
  }

  print(options: WebContentsPrintOptions, callback: (success: boolean, failureReason: string) => void): void {
    this.printed.push(options);
    const outcome = this.behaviour.print ?? 'ok';
    if (outcome === 'never') return;
    setTimeout(() => callback(outcome === 'ok', outcome === 'ok' ? '' : 'Print job failed'), this.behaviour.printDelayMs ?? 50);
  }

  destroy(): void {
    this.destroyed += 1;
  }

  #emit(height: number): void {
    for (const listener of this.#listeners) listener(height);
  }
}

const request: PrintSlipRequest = { path: ['who', 'cpge-not-concerned', 'recap'], language: 'fr' };
const thermal: PrinterSummary = { name: 'TM_T20III', displayName: 'EPSON TM-T20III', state: 'ready' };

function setup(options: { behaviour?: Behaviour; printer?: ConfiguredPrinter | undefined; printers?: PrinterSummary[] | 'throws' } = {}) {
  const windows: FakeSlipWindow[] = [];
  const lines: string[] = [];
  const rendered: { request: PrintSlipRequest; format: SlipFormat; fit?: SlipFit }[] = [];
  const deps: PrintServiceDeps = {
    createWindow: () => {
      const window = new FakeSlipWindow(options.behaviour ?? { heights: [600, 755.9] });
      windows.push(window);
      return window;
    },
    listPrinters: () => (options.printers === 'throws' ? Promise.reject(new Error('no cups')) : Promise.resolve(options.printers ?? [thermal])),
    printer: () => ('printer' in options ? options.printer : { name: 'TM_T20III', format: 'roll' }),
    renderSlip: (req, format, fit) => {
      rendered.push({ request: req, format, ...(fit === undefined ? {} : { fit }) });
      const a4FontPt = format === 'a4' ? (fit?.a4FontPt ?? 10) : undefined;
      return Promise.resolve({ html: `<p>slip ${format} ${String(a4FontPt)}</p>`, missingConfiguration: [], ...(a4FontPt === undefined ? {} : { a4FontPt }) });
    },
    documentUrl: (html) => `data:text/html,${encodeURIComponent(html)}`,
    timers: { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) },
    log: createLogger((line) => lines.push(line)),
  };
  return { service: createPrintService(deps), windows, lines, rendered };
}

/** Runs a print to its end on the fake clock. */
async function settle<T>(promise: Promise<T>): Promise<T> {
  await vi.advanceTimersByTimeAsync(defaultPrintLimits.jobTimeoutMs + 1_000);
  return promise;
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createPrintService: printing', () => {
  it('prints silently to the configured printer on an 80 mm page as tall as the measured content, then closes the window', async () => {
    const { service, windows, rendered } = setup();
    expect(await settle(service.printSlip(request))).toEqual({ ok: true, remaining: 2 });
    expect(rendered).toEqual([{ request, format: 'roll' }]);
    const [window] = windows;
    expect(window?.loaded).toEqual([`data:text/html,${encodeURIComponent('<p>slip roll undefined</p>')}`]);
    expect(window?.printed).toEqual([
      {
        silent: true,
        deviceName: 'TM_T20III',
        printBackground: true,
        landscape: false,
        copies: 1,
        margins: { marginType: 'none' },
        // 755.9 px = 199.99 mm, rounded up to 200.0 mm, plus the 1 mm guard.
        pageSize: { width: 80_000, height: 201_000 },
      },
    ]);
    expect(window?.destroyed).toBe(1);
  });

  it('waits for the layout to settle: a height reported after loading is the one used', async () => {
    const { service, windows } = setup({ behaviour: { heights: [300], lateHeight: { px: 944.9, afterMs: 100 } } });
    await settle(service.printSlip(request));
    // 944.9 px = 250.006 mm → 250.1 mm + 1 mm.
    expect(windows[0]?.printed[0]?.pageSize).toEqual({ width: 80_000, height: 251_100 });
  });

  it('prints on a long page when no height was ever reported', async () => {
    const { service, windows, lines } = setup({ behaviour: {} });
    expect(await settle(service.printSlip(request))).toEqual({ ok: true, remaining: 2 });
    expect(windows[0]?.printed[0]?.pageSize).toEqual({ width: 80_000, height: 400_000 });
    expect(lines.join('\n')).toMatch(/could not be measured/);
  });

  it('prints A4 when asked, whatever the measured height', async () => {
    const { service, windows, rendered } = setup();
    await settle(service.printSlip({ ...request, format: 'a4' }));
    expect(rendered[0]?.format).toBe('a4');
    expect(windows[0]?.printed[0]?.pageSize).toBe('A4');
  });

  it('lays an A4 slip out again in smaller type when its page came out too tall, then prints one page', async () => {
    const { service, windows, rendered, lines } = setup({ behaviour: { heightsPerLoad: [[1300], [1050]] } });
    expect(await settle(service.printSlip({ ...request, format: 'a4' }))).toEqual({ ok: true, remaining: 2 });
    expect(rendered.map((entry) => entry.fit)).toEqual([undefined, { a4FontPt: smallerA4FontPt(10, 1300) }]);
    expect(smallerA4FontPt(10, 1300)).toBeLessThan(10 * Math.sqrt(a4PageHeightPx / 1300));
    expect(windows[0]?.loaded).toHaveLength(2);
    expect(windows[0]?.printed).toHaveLength(1);
    expect(lines.join('\n')).toMatch(/smaller type/);
  });

  it('keeps an A4 slip that fits as it is', async () => {
    const { service, windows, rendered } = setup({ behaviour: { heights: [900] } });
    await settle(service.printSlip({ ...request, format: 'a4' }));
    expect(rendered).toHaveLength(1);
    expect(windows[0]?.loaded).toHaveLength(1);
  });

  it('prints in the configured printer’s format by default', async () => {
    const { service, windows } = setup({ printer: { name: 'TM_T20III', format: 'a4' } });
    await settle(service.printSlip(request));
    expect(windows[0]?.printed[0]?.pageSize).toBe('A4');
  });
});

describe('createPrintService: one job at a time, three slips per visitor', () => {
  it('answers a double tap with the same pending result and prints once', async () => {
    const { service, windows } = setup();
    const first = service.printSlip(request);
    const second = service.printSlip(request);
    expect(second).toBe(first);
    await settle(first);
    expect(windows).toHaveLength(1);
    expect(windows[0]?.printed).toHaveLength(1);
  });

  it('prints again once the job is over', async () => {
    const { service, windows } = setup();
    await settle(service.printSlip(request));
    await settle(service.printSlip(request));
    expect(windows).toHaveLength(2);
  });

  it('stops at three slips, and the next visitor may print again', async () => {
    const { service, windows } = setup();
    const results = [];
    for (let i = 0; i < 4; i += 1) results.push(await settle(service.printSlip(request)));
    expect(results).toEqual([
      { ok: true, remaining: 2 },
      { ok: true, remaining: 1 },
      { ok: true, remaining: 0 },
      { ok: false, reason: 'limit' },
    ]);
    expect(windows).toHaveLength(3);
    service.endVisit();
    expect(await settle(service.printSlip(request))).toEqual({ ok: true, remaining: 2 });
  });

  it('does not count a failed job', async () => {
    const { service } = setup({ behaviour: { heights: [500], print: 'fail' } });
    for (let i = 0; i < 4; i += 1) expect(await settle(service.printSlip(request))).toEqual({ ok: false, reason: 'failed' });
  });

  it('lets a job of the previous visit finish before the next visitor’s, and counts it for its own visit', async () => {
    const { service, windows } = setup({ behaviour: { heights: [500], printDelayMs: 5_000 } });
    const old = service.printSlip(request);
    await vi.advanceTimersByTimeAsync(1_000);
    service.endVisit();
    const next = service.printSlip(request);
    expect(next).not.toBe(old);
    // The old visitor has gone: nothing remains for them; the new one still has three.
    expect(await settle(old)).toEqual({ ok: true, remaining: 0 });
    expect(await settle(next)).toEqual({ ok: true, remaining: 2 });
    expect(windows).toHaveLength(2);
  });
});

describe('createPrintService: bad input ends in a reason, never a hang', () => {
  it('no printer configured', async () => {
    const { service, windows } = setup({ printer: undefined });
    expect(await settle(service.printSlip(request))).toEqual({ ok: false, reason: 'no-printer' });
    expect(windows).toHaveLength(0);
  });

  it('configured printer not installed', async () => {
    const { service, windows, lines } = setup({ printers: [{ name: 'Other', displayName: 'Other', state: 'ready' }] });
    expect(await settle(service.printSlip(request))).toEqual({ ok: false, reason: 'printer-missing' });
    expect(windows).toHaveLength(0);
    expect(lines.join('\n')).toMatch(/not installed/);
  });

  it('printer offline or out of paper', async () => {
    const { service, windows } = setup({ printers: [{ ...thermal, state: 'unavailable' }] });
    expect(await settle(service.printSlip(request))).toEqual({ ok: false, reason: 'failed' });
    expect(windows).toHaveLength(0);
  });

  it('printer list unreadable', async () => {
    const { service } = setup({ printers: 'throws' });
    expect(await settle(service.printSlip(request))).toEqual({ ok: false, reason: 'failed' });
  });

  it('slip that fails to load', async () => {
    const { service, windows } = setup({ behaviour: { load: 'fail' } });
    expect(await settle(service.printSlip(request))).toEqual({ ok: false, reason: 'failed' });
    expect(windows[0]?.printed).toEqual([]);
    expect(windows[0]?.destroyed).toBe(1);
  });

  it('print job that fails, with the driver’s reason logged', async () => {
    const { service, lines } = setup({ behaviour: { heights: [500], print: 'fail' } });
    expect(await settle(service.printSlip(request))).toEqual({ ok: false, reason: 'failed' });
    expect(lines.join('\n')).toMatch(/print: the job failed \(Print job failed\)/);
  });

  it('print callback that never comes: a timeout at the deadline, the window closed, the slip counted', async () => {
    const { service, windows } = setup({ behaviour: { heights: [500], print: 'never' } });
    const result = service.printSlip(request);
    let answered = false;
    void result.then(() => {
      answered = true;
    });
    await vi.advanceTimersByTimeAsync(defaultPrintLimits.jobTimeoutMs - 1);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toEqual({ ok: false, reason: 'timeout' });
    expect(windows[0]?.destroyed).toBe(1);
    // It may still come out of the printer: it counts towards the three.
    expect(await settle(service.printSlip(request))).toEqual({ ok: false, reason: 'timeout' });
    expect(await settle(service.printSlip(request))).toEqual({ ok: false, reason: 'timeout' });
    expect(await settle(service.printSlip(request))).toEqual({ ok: false, reason: 'limit' });
  });

  it('printer list that never answers: a timeout, no window', async () => {
    let opened = 0;
    const stuck = createPrintService({
      createWindow: () => {
        opened += 1;
        throw new Error('must not open a window');
      },
      listPrinters: () => new Promise(() => undefined),
      printer: () => ({ name: 'TM_T20III', format: 'roll' }),
      renderSlip: () => Promise.resolve({ html: '', missingConfiguration: [] }),
      documentUrl: (html) => html,
      timers: { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) },
      log: createLogger(() => undefined),
    });
    expect(await settle(stuck.printSlip(request))).toEqual({ ok: false, reason: 'timeout' });
    expect(opened).toBe(0);
  });

  it('flags missing configuration in the log, by field name only', async () => {
    const lines: string[] = [];
    const service = createPrintService({
      createWindow: () => new FakeSlipWindow({ heights: [500] }),
      listPrinters: () => Promise.resolve([thermal]),
      printer: () => ({ name: 'TM_T20III', format: 'roll' }),
      renderSlip: () => Promise.resolve({ html: '<p>Écrivez au secrétariat</p>', missingConfiguration: ['contacts.secretariat.email'] }),
      documentUrl: (html) => html,
      timers: { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) },
      log: createLogger((line) => lines.push(line)),
    });
    expect(await settle(service.printSlip(request))).toEqual({ ok: true, remaining: 2 });
    expect(lines.join('\n')).toMatch(/the configuration has no contacts\.secretariat\.email/);
    expect(lines.join('\n')).not.toMatch(/Écrivez/);
  });
});
