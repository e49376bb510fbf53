import type { BridgeResult } from '../../common/bridge/result.ts';
import type { PrintFailureReason, PrintResult } from '../../common/slip/slip-bridge.ts';
import { printJobTimeoutMs } from '../../common/slip/print-timing.ts';
import type { SlipFormat } from '../../common/slip/slip-format.ts';

/** Prints the visitor's slip (wired to the bridge's `printSlip`); `undefined` is the configured paper. */
export type PrintSlip = (format: SlipFormat | undefined) => Promise<PrintResult>;

/** The renderer gives up waiting a little after the main process's own deadline. */
export const printGuardMs = printJobTimeoutMs + 5_000;

/** The clock the renderer waits on (injected in tests). */
export interface GuardTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * Waits for a print, never longer than `guardMs`, and never rejects: a rejection is `failed`, a
 * print that does not answer in time is `timeout`. The recap screen is never stuck on "printing".
 */
export function settlePrint(print: () => Promise<PrintResult>, timers: GuardTimers, guardMs = printGuardMs): Promise<PrintResult> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (result: PrintResult): void => {
      if (done) return;
      done = true;
      timers.clearTimeout(guard);
      resolve(result);
    };
    const guard = timers.setTimeout(() => finish({ ok: false, reason: 'timeout' }), guardMs);
    try {
      print().then(finish, () => finish({ ok: false, reason: 'failed' }));
    } catch {
      finish({ ok: false, reason: 'failed' });
    }
  });
}

/** A bridge answer as a print result: a refused or failed call is a failed print. */
export function printResultOf(result: BridgeResult<PrintResult>): PrintResult {
  return result.ok ? result.value : { ok: false, reason: 'failed' };
}

/** Where the recap's printing stands. */
export type PrintStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'printing' }
  | { readonly kind: 'printed'; readonly remaining: number }
  | { readonly kind: 'failed'; readonly reason: Exclude<PrintFailureReason, 'limit'> }
  | { readonly kind: 'limit' };

/** The status after a print result. */
export function statusAfter(result: PrintResult): PrintStatus {
  if (result.ok) return { kind: 'printed', remaining: result.remaining };
  return result.reason === 'limit' ? { kind: 'limit' } : { kind: 'failed', reason: result.reason };
}

/** Whether "Imprimer" is offered: not while printing, not once the limit is reached, not without a printer. */
export function canPrint(status: PrintStatus): boolean {
  switch (status.kind) {
    case 'idle':
      return true;
    case 'printing':
    case 'limit':
      return false;
    case 'printed':
      return status.remaining > 0;
    case 'failed':
      return status.reason === 'failed' || status.reason === 'timeout';
  }
}
