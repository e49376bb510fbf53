/**
 * The bridge methods of the recap slip, for `common/bridge/contract.ts`: the payload schemas and
 * the response types. The renderer sends only the path of screen ids, the language and the paper
 * format; the main process checks the path against the guide and builds the slip itself — it
 * never prints HTML that came from the renderer.
 */
import * as v from 'valibot';
import { supportedLanguages } from '../guide/languages.ts';
import { slipFormats } from './slip-format.ts';
import { maxSlipPathLength } from './slip-path.ts';

/** How many slips one visitor may print. */
export const maxSlipsPerVisit = 3;


const screenId = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/), v.maxLength(64));

/** Payload schema of `printSlip`. */
export const printSlipRequestSchema = v.strictObject({
  /** The visitor's path: screen ids from the start to the recap (checked against the guide in main). */
  path: v.pipe(v.array(screenId), v.minLength(1), v.maxLength(maxSlipPathLength)),
  /** The visitor's language (`fr`, `ar`…): the slip is in it, with the French next to it. */
  language: v.picklist(supportedLanguages),
  /** The paper format; the configured one when absent. */
  format: v.optional(v.picklist(slipFormats)),
});

/** Payload schema of `listPrinters` (staff): none. */
export const listPrintersRequestSchema = v.undefined();

/** A validated `printSlip` payload. */
export type PrintSlipRequest = v.InferOutput<typeof printSlipRequestSchema>;

/**
 * Why a slip was not printed: no printer configured, the configured printer is not installed,
 * the job failed (offline, out of paper, driver error), it did not answer in time, or the visitor
 * has printed the maximum number of slips.
 */
export type PrintFailureReason = 'no-printer' | 'printer-missing' | 'failed' | 'timeout' | 'limit';

/** The answer to `printSlip`. `remaining` is how many more slips this visitor may print. */
export type PrintResult =
  | { readonly ok: true; readonly remaining: number }
  | { readonly ok: false; readonly reason: PrintFailureReason };

/** Whether a printer can take a job now, as far as the system says (`unknown` on Windows). */
export type PrinterState = 'ready' | 'unavailable' | 'unknown';

/** A printer as staff see it in the list. */
export interface PrinterSummary {
  /** The system name, as the configuration must give it. */
  readonly name: string;
  /** The name shown in print dialogs. */
  readonly displayName: string;
  /** `unavailable` when stopped, offline or out of paper. */
  readonly state: PrinterState;
}
