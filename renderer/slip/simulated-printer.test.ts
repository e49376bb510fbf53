import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrintSlipRequest } from '../../common/slip/slip-bridge.ts';
import { bundledGraph } from '../../common/slip/test-support/guide-fixtures.ts';
import { createSimulatedPrinter } from './simulated-printer.ts';

const request: PrintSlipRequest = { path: ['who', 'cpge-not-concerned', 'recap'], language: 'fr' };

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

async function answered<T>(promise: Promise<T>): Promise<T> {
  await vi.advanceTimersByTimeAsync(1_000);
  return promise;
}

describe('createSimulatedPrinter', () => {
  it('records jobs, prints three per visit, and answers a double tap once', async () => {
    const printer = createSimulatedPrinter();
    const first = printer.print(request, bundledGraph);
    expect(printer.print(request, bundledGraph)).toBe(first);
    expect(await answered(first)).toEqual({ ok: true, remaining: 2 });
    expect(await answered(printer.print(request, bundledGraph))).toEqual({ ok: true, remaining: 1 });
    expect(await answered(printer.print(request, bundledGraph))).toEqual({ ok: true, remaining: 0 });
    expect(await answered(printer.print(request, bundledGraph))).toEqual({ ok: false, reason: 'limit' });
    expect(printer.jobs).toHaveLength(4);
    printer.endVisit();
    expect(await answered(printer.print(request, bundledGraph))).toEqual({ ok: true, remaining: 2 });
  });

  it('answers with the behaviour set, and refuses a path that is not a walk of the guide', async () => {
    const printer = createSimulatedPrinter();
    printer.behaviour = 'printer-missing';
    expect(await answered(printer.print(request, bundledGraph))).toEqual({ ok: false, reason: 'printer-missing' });
    expect(() => printer.print({ path: ['who', 'recap'], language: 'fr' }, bundledGraph)).toThrow(/not a walk/);
  });
});
