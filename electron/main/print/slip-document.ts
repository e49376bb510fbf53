import type { GuideGraph, GuideTexts } from '../../../common/guide/guide-schema.ts';
import { create } from 'qrcode';
import type { QrEncoder } from '../../../common/slip/qr-matrix.ts';
import { createQrEncoder } from '../../../common/slip/qr-encoder.ts';
import type { PrintSlipRequest } from '../../../common/slip/slip-bridge.ts';
import type { SlipConfig } from '../../../common/slip/slip-config.ts';
import { formatSlipDate } from '../../../common/slip/slip-date.ts';
import type { SlipFormat } from '../../../common/slip/slip-format.ts';
import { a4FontPtFor } from '../../../common/slip/slip-density.ts';
import { slipHtml } from '../../../common/slip/slip-html.ts';
import { buildSlip } from '../../../common/slip/slip-model.ts';
import { isValidSlipPath } from '../../../common/slip/slip-path.ts';
import type { SlipDocument, SlipFit } from './print-service.ts';

/** The main process's QR encoder: the slip's one encoder with the `qrcode` package; each address is encoded once. */
export const printQrEncoder: QrEncoder = createQrEncoder(create);

/** Where the main process takes a slip's ingredients from — never from the renderer. */
export interface SlipSources {
  /** The guide in use. */
  readonly graph: () => GuideGraph;
  /** The French texts. */
  readonly frenchTexts: () => GuideTexts;
  /**
   * The texts of a language other than French (completed from the French where the file has
   * gaps), or undefined when they cannot be had — the slip is then in French.
   */
  readonly texts: (language: string) => Promise<GuideTexts | undefined>;
  readonly config: () => SlipConfig;
  readonly now: () => Date;
  readonly encodeQr?: QrEncoder;
}

/** A print request whose path is not a walk through the guide. */
export class InvalidSlipPathError extends Error {
  override readonly name = 'InvalidSlipPathError';
}

/** Throws `InvalidSlipPathError` unless the request's path is a walk of the guide from the start to the recap. */
export function assertValidSlipPath(request: PrintSlipRequest, graph: GuideGraph): void {
  if (!isValidSlipPath(graph, request.path)) throw new InvalidSlipPathError('The path is not a walk through the guide');
}

/**
 * Rebuilds the slip in the main process from the request's path (checked against the guide),
 * language and format, with today's date. The renderer's own preview is never used for printing.
 * `fit` redoes an A4 slip in smaller type after its page came out too tall.
 */
export async function renderSlipDocument(request: PrintSlipRequest, format: SlipFormat, sources: SlipSources, fit?: SlipFit): Promise<SlipDocument> {
  const graph = sources.graph();
  assertValidSlipPath(request, graph);
  const frenchTexts = sources.frenchTexts();
  const own = request.language === 'fr' ? undefined : await sources.texts(request.language).catch(() => undefined);
  const now = sources.now();
  const model = buildSlip({
    path: request.path,
    graph,
    texts: own ?? frenchTexts,
    frenchTexts,
    config: sources.config(),
    formatDate: (language) => formatSlipDate(now, language),
  });
  const encode = sources.encodeQr ?? printQrEncoder;
  if (format === 'roll') return { html: slipHtml(model, { format, encodeQr: encode }), missingConfiguration: model.missingConfiguration };
  const a4FontPt = fit?.a4FontPt ?? a4FontPtFor(model);
  return { html: slipHtml(model, { format, encodeQr: encode, a4FontPt }), missingConfiguration: model.missingConfiguration, a4FontPt };
}

/** The slip as a `data:` URL for the hidden window (an opaque origin that can reach nothing). */
export function slipDataUrl(html: string): string {
  return `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
}
