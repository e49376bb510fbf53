/**
 * The preview shell's stand-in for the kiosk's printer: it records each print request (path,
 * language, format — nothing else exists to record) and answers as the main process would, with a
 * behaviour e2e tests can switch. Imported by the preview bridge only, never by the kiosk build.
 */
import type { GuideGraph } from '../../common/guide/guide-schema.ts';
import { maxSlipsPerVisit, type PrinterSummary, type PrintResult, type PrintSlipRequest } from '../../common/slip/slip-bridge.ts';
import { isValidSlipPath } from '../../common/slip/slip-path.ts';

/** How the stand-in printer answers: it prints, or fails for a reason, or never answers. */
export type SimulatedPrinterBehaviour = 'prints' | 'no-printer' | 'printer-missing' | 'failed' | 'timeout' | 'never';

/** The stand-in printer. */
export interface SimulatedPrinter {
  /** Every request received, in order (e2e reads it). */
  readonly jobs: PrintSlipRequest[];
  /** How the next jobs are answered (e2e sets it). */
  behaviour: SimulatedPrinterBehaviour;
  /** Handles `printSlip`: throws for a path that is not a walk of the guide, like the main process. */
  print(request: PrintSlipRequest, graph: GuideGraph): Promise<PrintResult>;
  /** Handles `listPrinters`. */
  list(): PrinterSummary[];
  /** The visit ended: the next visitor may print again. */
  endVisit(): void;
}

/** Creates the stand-in printer; a job takes `delayMs`, long enough to see "printing". */
export function createSimulatedPrinter(delayMs = 400): SimulatedPrinter {
  let printed = 0;
  let pending: Promise<PrintResult> | undefined;
  const answer = (behaviour: SimulatedPrinterBehaviour): Promise<PrintResult> => {
    if (behaviour === 'never') return new Promise(() => undefined);
    return new Promise((resolve) =>
      setTimeout(() => {
        if (behaviour !== 'prints') {
          resolve({ ok: false, reason: behaviour });
          return;
        }
        printed += 1;
        resolve({ ok: true, remaining: maxSlipsPerVisit - printed });
      }, delayMs),
    );
  };
  const printer: SimulatedPrinter = {
    jobs: [],
    behaviour: 'prints',
    print: (request, graph) => {
      if (!isValidSlipPath(graph, request.path)) throw new Error('The path is not a walk through the guide');
      if (pending !== undefined) return pending;
      printer.jobs.push(request);
      if (printed >= maxSlipsPerVisit) return Promise.resolve({ ok: false, reason: 'limit' });
      const job = answer(printer.behaviour);
      pending = job;
      void job.finally(() => {
        pending = undefined;
      });
      return job;
    },
    list: () => [{ name: 'preview', displayName: 'Aperçu (aucune imprimante réelle)', state: 'ready' }],
    endVisit: () => {
      printed = 0;
      pending = undefined;
    },
  };
  return printer;
}
