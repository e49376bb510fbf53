import { describe, expect, it, vi } from 'vitest';
import type { PrintResult } from '../../common/slip/slip-bridge.ts';
import { SlipPrinter } from './slip-printer.svelte.ts';

const timers = { setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms), clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>) };

describe('SlipPrinter', () => {
  it('prints once for a double tap, shows printing, then the result', async () => {
    let answer: (result: PrintResult) => void = () => undefined;
    const print = vi.fn(() => new Promise<PrintResult>((resolve) => (answer = resolve)));
    const printer = new SlipPrinter(print, timers);
    const first = printer.print(undefined);
    const second = printer.print(undefined);
    expect(printer.status).toEqual({ kind: 'printing' });
    expect(printer.available).toBe(false);
    answer({ ok: true, remaining: 2 });
    await Promise.all([first, second]);
    expect(print).toHaveBeenCalledOnce();
    expect(printer.status).toEqual({ kind: 'printed', remaining: 2 });
    expect(printer.available).toBe(true);
  });

  it('passes the format on, and stops offering to print at the limit', async () => {
    const print = vi.fn(() => Promise.resolve<PrintResult>({ ok: false, reason: 'limit' }));
    const printer = new SlipPrinter(print, timers);
    await printer.print('a4');
    expect(print).toHaveBeenCalledWith('a4');
    expect(printer.status).toEqual({ kind: 'limit' });
    await printer.print('a4');
    expect(print).toHaveBeenCalledOnce();
  });

  it('ends in "failed" when the print call itself fails', async () => {
    const printer = new SlipPrinter(() => Promise.reject(new Error('bridge gone')), timers);
    await printer.print(undefined);
    expect(printer.status).toEqual({ kind: 'failed', reason: 'failed' });
  });
});
