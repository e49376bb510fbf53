import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrintResult } from '../../common/slip/slip-bridge.ts';
import { canPrint, printGuardMs, printResultOf, settlePrint, statusAfter } from './print-flow.ts';

const timers = { setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms), clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>) };

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('settlePrint', () => {
  it('passes a result on', async () => {
    await expect(settlePrint(() => Promise.resolve({ ok: true, remaining: 2 }), timers)).resolves.toEqual({ ok: true, remaining: 2 });
  });

  it('turns a rejection or a throw into a failed print', async () => {
    await expect(settlePrint(() => Promise.reject(new Error('bridge gone')), timers)).resolves.toEqual({ ok: false, reason: 'failed' });
    await expect(
      settlePrint(() => {
        throw new Error('no bridge');
      }, timers),
    ).resolves.toEqual({ ok: false, reason: 'failed' });
  });

  it('stops waiting at the guard: a print that never answers is a timeout', async () => {
    const result = settlePrint(() => new Promise<PrintResult>(() => undefined), timers);
    let answered = false;
    void result.then(() => {
      answered = true;
    });
    await vi.advanceTimersByTimeAsync(printGuardMs - 1);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toEqual({ ok: false, reason: 'timeout' });
  });
});

describe('statuses', () => {
  it('maps results to statuses and says when printing is offered', () => {
    expect(statusAfter({ ok: true, remaining: 1 })).toEqual({ kind: 'printed', remaining: 1 });
    expect(statusAfter({ ok: false, reason: 'limit' })).toEqual({ kind: 'limit' });
    expect(canPrint({ kind: 'idle' })).toBe(true);
    expect(canPrint({ kind: 'printing' })).toBe(false);
    expect(canPrint(statusAfter({ ok: true, remaining: 1 }))).toBe(true);
    expect(canPrint(statusAfter({ ok: true, remaining: 0 }))).toBe(false);
    expect(canPrint(statusAfter({ ok: false, reason: 'limit' }))).toBe(false);
    expect(canPrint(statusAfter({ ok: false, reason: 'timeout' }))).toBe(true);
    expect(canPrint(statusAfter({ ok: false, reason: 'failed' }))).toBe(true);
    expect(canPrint(statusAfter({ ok: false, reason: 'no-printer' }))).toBe(false);
    expect(canPrint(statusAfter({ ok: false, reason: 'printer-missing' }))).toBe(false);
  });

  it('reads a refused bridge call as a failed print', () => {
    expect(printResultOf({ ok: true, value: { ok: true, remaining: 2 } })).toEqual({ ok: true, remaining: 2 });
    expect(printResultOf({ ok: false, error: { code: 'handler-failed', message: 'printSlip failed' } })).toEqual({ ok: false, reason: 'failed' });
  });
});
