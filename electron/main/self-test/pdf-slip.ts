/**
 * The recap slip printed to a PDF through the kiosk's own print pipeline (`createPrintService`:
 * the slip built in main, its layout measured, the roll's height computed, A4 refitted), with only
 * the last step changed: the hidden JavaScript-free slip window makes a PDF with `printToPDF`
 * instead of printing, with the same paper size and margins.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions, PrintToPDFOptions, WebContentsPrintOptions } from 'electron';
import type { SlipFormat } from '../../../common/slip/slip-format.ts';
import type { Logger } from '../log.ts';
import { slipWindowOptions } from '../print/electron-slip-window.ts';
import { createPrintService } from '../print/print-service.ts';
import { renderSlipDocument, slipDataUrl, type SlipSources } from '../print/slip-document.ts';
import { systemPrintTimers, type PrintTimers, type SlipWindow } from '../print/slip-window.ts';
import { shortestSlipWalk } from './slip-walk.ts';
import { SelfTestProblem } from './visits.ts';

/** Microns per inch (print sizes are in microns, PDF sizes in inches). */
const micronsPerInch = 25_400;

/** The options of `printToPDF` matching a silent print's options: same paper, no margins, backgrounds. */
export function pdfOptionsFor(print: WebContentsPrintOptions): PrintToPDFOptions {
  const size = print.pageSize;
  const pageSize: PrintToPDFOptions['pageSize'] =
    size === undefined ? 'A4' : typeof size === 'string' ? size : { width: size.width / micronsPerInch, height: size.height / micronsPerInch };
  return {
    pageSize,
    landscape: print.landscape ?? false,
    printBackground: print.printBackground ?? false,
    margins: print.margins?.marginType === 'none' ? { top: 0, bottom: 0, left: 0, right: 0 } : undefined,
    preferCSSPageSize: false,
  };
}

/** A hidden slip window whose "print" makes a PDF (the options and events of the real slip window). */
function pdfSlipWindow(
  BrowserWindowClass: new (options: BrowserWindowConstructorOptions) => Pick<BrowserWindow, 'webContents' | 'destroy' | 'isDestroyed'>,
  onPdf: (bytes: Uint8Array) => void,
): SlipWindow {
  const window = new BrowserWindowClass(slipWindowOptions());
  const contents = window.webContents;
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  return {
    load: (url) => contents.loadURL(url),
    onContentHeight: (listener) => {
      contents.on('preferred-size-changed', (_event, size) => listener(size.height));
    },
    print: (options, callback) => {
      contents.printToPDF(pdfOptionsFor(options)).then(
        (buffer) => {
          onPdf(new Uint8Array(buffer));
          callback(true, '');
        },
        () => callback(false, 'printToPDF failed'),
      );
    },
    destroy: () => {
      if (!window.isDestroyed()) window.destroy();
    },
  };
}

/** What the PDF slip needs. */
export interface PdfSlipDeps {
  readonly BrowserWindow: new (options: BrowserWindowConstructorOptions) => Pick<BrowserWindow, 'webContents' | 'destroy' | 'isDestroyed'>;
  readonly sources: SlipSources;
  readonly log: Logger;
  readonly timers?: PrintTimers;
}

/** The name the PDF "printer" has inside the print service. */
const pdfPrinter = 'borne-self-test-pdf';

/** Prints a French slip of the shortest walk of the guide into a PDF, in a format; its bytes. */
export function createPdfSlipPrinter(deps: PdfSlipDeps): (format: SlipFormat) => Promise<Uint8Array> {
  let format: SlipFormat = 'roll';
  let pdf: Uint8Array | undefined;
  const service = createPrintService({
    createWindow: () => pdfSlipWindow(deps.BrowserWindow, (bytes) => (pdf = bytes)),
    listPrinters: async () => [{ name: pdfPrinter, displayName: 'PDF (auto-test)', state: 'ready' }],
    printer: () => ({ name: pdfPrinter, format }),
    renderSlip: (request, paper, fit) => renderSlipDocument(request, paper, deps.sources, fit),
    documentUrl: slipDataUrl,
    timers: deps.timers ?? systemPrintTimers,
    log: deps.log,
  });
  return async (wanted) => {
    const walk = shortestSlipWalk(deps.sources.graph());
    if (walk === undefined) throw new SelfTestProblem('le guide n’a pas de parcours jusqu’au récapitulatif');
    format = wanted;
    pdf = undefined;
    const result = await service.printSlip({ path: walk, language: 'fr', format: wanted });
    service.endVisit();
    if (!result.ok) throw new SelfTestProblem(`la fiche n’a pas pu être produite (${result.reason})`);
    if (pdf === undefined) throw new SelfTestProblem('la fiche n’a produit aucun PDF');
    return pdf;
  };
}
