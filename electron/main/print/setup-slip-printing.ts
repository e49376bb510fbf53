import type { PrinterInfo } from 'electron';
import type { PrinterSummary, PrintResult, PrintSlipRequest } from '../../../common/slip/slip-bridge.ts';
import type { Logger } from '../log.ts';
import { createElectronSlipWindowFactory, type ElectronSlipWindowDeps } from './electron-slip-window.ts';
import { listedPrinters } from './printer-list.ts';
import { createPrintService, type ConfiguredPrinter, type PrintLimits } from './print-service.ts';
import { assertValidSlipPath, renderSlipDocument, slipDataUrl, type SlipSources } from './slip-document.ts';
import { systemPrintTimers, type PrintTimers } from './slip-window.ts';

/** What slip printing needs from the main process. */
export interface SlipPrintingDeps extends SlipSources, ElectronSlipWindowDeps {
  /** The system's printers (`webContents.getPrintersAsync()` of any live web contents). */
  readonly getPrinters: () => Promise<PrinterInfo[]>;
  /** The configured printer, or undefined when none is configured. */
  readonly printer: () => ConfiguredPrinter | undefined;
  readonly log: Logger;
  readonly timers?: PrintTimers;
  readonly limits?: Partial<PrintLimits>;
}

/** Slip printing as the main process uses it: the bridge handler, the printers for staff, the end of a visit. */
export interface SlipPrinting {
  /**
   * The `printSlip` bridge handler. Throws (so the bridge answers `handler-failed`) for a path
   * that is not a walk through the guide, before anything is printed; otherwise always resolves.
   */
  printSlip(payload: PrintSlipRequest): Promise<PrintResult>;
  /** The system's printers with their state (a `listPrinters` bridge method for staff, if wanted). */
  listPrinters(): Promise<PrinterSummary[]>;
  /** The printers' system names, for the staff health screen. */
  printerNames(): Promise<string[]>;
  /** The visit ended: resets the visitor's slip count. */
  endVisit(): void;
}

/**
 * Sets up silent slip printing: hidden JavaScript-free windows, the configured printer, one job
 * at a time, three slips per visitor.
 */
export function setupSlipPrinting(deps: SlipPrintingDeps): SlipPrinting {
  const service = createPrintService({
    createWindow: createElectronSlipWindowFactory(deps),
    listPrinters: async () => listedPrinters(await deps.getPrinters()),
    printer: deps.printer,
    renderSlip: (request, format, fit) => renderSlipDocument(request, format, deps, fit),
    documentUrl: slipDataUrl,
    timers: deps.timers ?? systemPrintTimers,
    log: deps.log,
    ...(deps.limits === undefined ? {} : { limits: deps.limits }),
  });
  return {
    printSlip: (payload) => {
      assertValidSlipPath(payload, deps.graph());
      return service.printSlip(payload);
    },
    listPrinters: () => service.listPrinters(),
    printerNames: async () => (await service.listPrinters()).map((printer) => printer.name),
    endVisit: () => service.endVisit(),
  };
}
