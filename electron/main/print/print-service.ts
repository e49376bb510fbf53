/**
 * Silent printing of the recap slip. Each job: check the visitor's allowance and the configured
 * printer (installed, not offline or out of paper), build the slip in the main process, load it
 * in a fresh hidden window with JavaScript off, let its layout settle, print with explicit paper
 * and no margins, close the window. The whole job runs against one deadline and always answers.
 *
 * Waiting for fonts without a script: `document.fonts.ready` and `executeJavaScript` need
 * JavaScript, which the print window does not run. The slip loads nothing (its CSP forbids web
 * fonts; it names system fonts), so `did-finish-load` — which comes after the `load` event — means
 * the document and everything it asked for is there. Chromium's preferred size mode then reports
 * the laid-out height after every layout, font fallback included; the service waits until that
 * height has been still for a short moment (capped), and uses it for the roll's page height and
 * to check that an A4 slip fits its page.
 */
import { printJobTimeoutMs } from '../../../common/slip/print-timing.ts';
import { maxSlipsPerVisit, type PrinterSummary, type PrintResult, type PrintSlipRequest } from '../../../common/slip/slip-bridge.ts';
import { a4PageHeightPx, smallerA4FontPt } from '../../../common/slip/slip-density.ts';
import type { SlipFormat } from '../../../common/slip/slip-format.ts';
import type { Logger } from '../log.ts';
import { slipPrintOptions } from './print-page.ts';
import type { PrintTimers, SlipWindow, SlipWindowFactory } from './slip-window.ts';

/** The printer the kiosk is configured to use. */
export interface ConfiguredPrinter {
  /** The system name (`PrinterInfo.name`). */
  readonly name: string;
  /** The paper it holds. */
  readonly format: SlipFormat;
}

/** A slip document built by the main process: the HTML, and configuration it found missing. */
export interface SlipDocument {
  readonly html: string;
  readonly missingConfiguration: readonly string[];
  /** On A4, the type size used (points), so a page that comes out too tall can be redone smaller. */
  readonly a4FontPt?: number;
}

/** A second rendering of an A4 slip that overflowed its page: the smaller type size to use. */
export interface SlipFit {
  readonly a4FontPt: number;
}

/** How long each phase may take. */
export interface PrintLimits {
  /** The whole job, from the request to the answer. */
  readonly jobTimeoutMs: number;
  /** Layout is settled once its size has not changed for this long after loading. */
  readonly settleQuietMs: number;
  /** Never wait longer than this for the layout to settle. */
  readonly settleMaxMs: number;
  /** Slips one visitor may print. */
  readonly maxSlips: number;
}

/** The default limits. */
export const defaultPrintLimits: PrintLimits = {
  jobTimeoutMs: printJobTimeoutMs,
  settleQuietMs: 150,
  settleMaxMs: 1_500,
  maxSlips: maxSlipsPerVisit,
};

/** What the print service is built from (all injected, so it runs in tests without Electron). */
export interface PrintServiceDeps {
  readonly createWindow: SlipWindowFactory;
  /** The system's printers. */
  readonly listPrinters: () => Promise<readonly PrinterSummary[]>;
  /** The configured printer, or undefined when none is configured. */
  readonly printer: () => ConfiguredPrinter | undefined;
  /** Builds the slip from a validated request, in a format (and a smaller A4 type size when refitting). */
  readonly renderSlip: (request: PrintSlipRequest, format: SlipFormat, fit?: SlipFit) => Promise<SlipDocument>;
  /** Turns the slip HTML into the URL the hidden window loads. */
  readonly documentUrl: (html: string) => string;
  readonly timers: PrintTimers;
  readonly log: Logger;
  readonly limits?: Partial<PrintLimits>;
}

/** Prints recap slips, one job at a time, a few per visitor. */
export interface PrintService {
  /**
   * Prints the slip of a request. Always resolves, within the job timeout. While a job runs, a
   * second request gets the same pending result (a double tap prints once).
   */
  printSlip(request: PrintSlipRequest): Promise<PrintResult>;
  /** The system's printers, for staff. */
  listPrinters(): Promise<PrinterSummary[]>;
  /** The visit ended: the next visitor may print again. */
  endVisit(): void;
}

type Failure = Extract<PrintResult, { ok: false }>;

/** One print job: the visit it belongs to, its window once open, and how far it got. */
interface Job {
  readonly visit: number;
  window?: SlipWindow;
  /** The document was handed to the printer. */
  sent: boolean;
  /** The job has answered (done or timed out): nothing more may happen for it. */
  over: boolean;
}
const failure = (reason: Failure['reason']): Failure => ({ ok: false, reason });

/** Resolves with the latest content height once it has stopped changing, or at the latest after `maxMs`. */
function settledHeight(heights: { latest?: number; changed?: () => void }, timers: PrintTimers, quietMs: number, maxMs: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    let quiet: unknown;
    const done = (): void => {
      timers.clearTimeout(quiet);
      timers.clearTimeout(cap);
      heights.changed = undefined;
      resolve(heights.latest);
    };
    const cap = timers.setTimeout(done, maxMs);
    const restart = (): void => {
      timers.clearTimeout(quiet);
      // Quiet without any measurement yet is no answer: keep waiting until the cap.
      quiet = timers.setTimeout(() => {
        if (heights.latest !== undefined) done();
      }, quietMs);
    };
    heights.changed = restart;
    restart();
  });
}

/** Creates the print service. */
export function createPrintService(deps: PrintServiceDeps): PrintService {
  const limits: PrintLimits = { ...defaultPrintLimits, ...deps.limits };
  const { timers, log } = deps;
  let printed = 0;
  /** Which visit it is: a job counts towards the visit that asked for it only. */
  let visit = 0;
  let pending: { readonly visit: number; readonly result: Promise<PrintResult> } | undefined;

  /** Counts a slip that was (or may have been) printed for the visit that asked for it. */
  const count = (job: Job): void => {
    if (job.visit === visit) printed += 1;
  };

  /** One job; `job.window` is kept so a timeout can close it. */
  async function run(request: PrintSlipRequest, job: Job): Promise<PrintResult> {
    if (printed >= limits.maxSlips) return failure('limit');
    const printer = deps.printer();
    if (printer === undefined) return failure('no-printer');
    let printers: readonly PrinterSummary[];
    try {
      printers = await deps.listPrinters();
    } catch {
      log.warn('print: the printer list could not be read');
      return failure('failed');
    }
    const listed = printers.find((candidate) => candidate.name === printer.name);
    if (listed === undefined) {
      log.warn('print: the configured printer is not installed');
      return failure('printer-missing');
    }
    if (listed.state === 'unavailable') {
      log.warn('print: the configured printer is offline, stopped or out of paper');
      return failure('failed');
    }
    const format = request.format ?? printer.format;
    let slip = await deps.renderSlip(request, format);
    for (const field of slip.missingConfiguration) log.warn(`print: the configuration has no ${field}; the slip was printed without it`);
    if (job.over) return failure('timeout');

    const window = deps.createWindow();
    job.window = window;
    const heights: { latest?: number; changed?: () => void } = {};
    window.onContentHeight((height) => {
      heights.latest = height;
      heights.changed?.();
    });
    /** Loads a document and waits for its layout to settle; its height in CSS pixels, if reported. */
    const lay = async (html: string): Promise<number | undefined> => {
      delete heights.latest;
      await window.load(deps.documentUrl(html));
      return settledHeight(heights, timers, limits.settleQuietMs, limits.settleMaxMs);
    };
    let height = await lay(slip.html);
    if (format === 'a4' && slip.a4FontPt !== undefined && height !== undefined && height > a4PageHeightPx && !job.over) {
      // Wider fonts than expected: lay the page out again in smaller type so it stays one page.
      log.info('print: the A4 slip ran over one page; laying it out in smaller type');
      slip = await deps.renderSlip(request, format, { a4FontPt: smallerA4FontPt(slip.a4FontPt, height) });
      height = await lay(slip.html);
    }
    if (height === undefined) log.warn('print: the slip height could not be measured');
    if (job.over) return failure('timeout');
    job.sent = true;
    const outcome = await new Promise<{ success: boolean; failureReason: string }>((resolve) => {
      window.print(slipPrintOptions(printer.name, format, height), (success, failureReason) => resolve({ success, failureReason }));
    });
    if (!outcome.success) {
      log.warn(`print: the job failed (${outcome.failureReason.replace(/[^\w .-]/g, '').slice(0, 60)})`);
      return failure('failed');
    }
    count(job);
    return { ok: true, remaining: job.visit === visit ? Math.max(0, limits.maxSlips - printed) : 0 };
  }

  function startJob(request: PrintSlipRequest, requestVisit: number): Promise<PrintResult> {
    const job: Job = { visit: requestVisit, sent: false, over: false };
    return new Promise<PrintResult>((resolve) => {
      const finish = (result: PrintResult): void => {
        if (job.over) return;
        job.over = true;
        timers.clearTimeout(deadline);
        job.window?.destroy();
        resolve(result);
      };
      const deadline = timers.setTimeout(() => {
        log.warn('print: the job did not finish in time');
        // A job handed to the printer may still come out: it counts towards the visitor's slips.
        if (job.sent) count(job);
        finish(failure('timeout'));
      }, limits.jobTimeoutMs);
      run(request, job).then(finish, (error: unknown) => {
        log.warn(`print: the job failed (${error instanceof Error ? error.name : 'unknown error'})`);
        finish(failure('failed'));
      });
    });
  }

  return {
    printSlip: (request) => {
      if (pending?.visit === visit) return pending.result;
      // A job of the previous visit may still run: this one waits for it (one job at a time).
      const before = pending?.result ?? Promise.resolve();
      const requestVisit = visit;
      const entry = { visit, result: before.then(() => startJob(request, requestVisit)) };
      pending = entry;
      void entry.result.finally(() => {
        if (pending === entry) pending = undefined;
      });
      return entry.result;
    },
    listPrinters: async () => [...(await deps.listPrinters())],
    endVisit: () => {
      visit += 1;
      printed = 0;
    },
  };
}
