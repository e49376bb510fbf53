import type { PrinterInfo } from 'electron';
import type { PrinterState, PrinterSummary } from '../../../common/slip/slip-bridge.ts';

/** CUPS reasons that mean a job would wait in the queue instead of printing. */
const blockingReasons = /offline|media-empty|media-needed|media-jam|door-open|cover-open|paused|shutdown/;

/**
 * Reads a printer's state from the platform's options. CUPS (Linux) reports `printer-state`
 * (5 = stopped) and `printer-state-reasons` (offline, out of paper…); Windows reports nothing
 * usable here, so its printers are `unknown` and the job is tried.
 */
export function printerState(options: Readonly<Record<string, unknown>>): PrinterState {
  const state = options['printer-state'];
  const reasons = options['printer-state-reasons'];
  if (state === undefined && reasons === undefined) return 'unknown';
  if (String(state) === '5' || (typeof reasons === 'string' && blockingReasons.test(reasons))) return 'unavailable';
  return 'ready';
}

/** The system's printers as the print service and staff see them. */
export function listedPrinters(printers: readonly PrinterInfo[]): PrinterSummary[] {
  return printers.map((printer) => ({
    name: printer.name,
    displayName: printer.displayName,
    state: printerState(printer.options as Readonly<Record<string, unknown>>),
  }));
}
