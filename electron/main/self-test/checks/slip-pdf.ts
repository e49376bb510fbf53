/**
 * The slip's layout: printed through the kiosk's own pipeline into a PDF, on the 80 mm roll and
 * on A4; each must be one page of the right width (and, on A4, height).
 */
import { a4SizeMm, rollWidthMm, type SlipFormat } from '../../../../common/slip/slip-format.ts';
import { selfTestCheckInfo } from '../../../../common/self-test/self-test-catalog.ts';
import { pdfPageSizes, pointsPerMm, type PdfPageSize } from '../pdf-pages.ts';
import { errorReason } from '../run-self-test.ts';
import { outcome, type SelfTestCheck } from '../self-test-check.ts';

/** One format's PDF, read back. */
export type SlipPdfReading = { readonly pages: readonly PdfPageSize[] } | { readonly error: string };

/** What the check saw. */
export interface SlipPdfObservation {
  readonly roll: SlipPdfReading;
  readonly a4: SlipPdfReading;
}

/** How far a page size may be from the paper, in points (rounding of millimetres and microns). */
export const pageSizeTolerancePt = 1.5;

/** The shortest roll slip that makes sense: the header, one step and the contacts. */
const minimumRollHeightMm = 60;

const mm = (points: number): string => `${String(Math.round(points / pointsPerMm))} mm`;

function judge(format: SlipFormat, reading: SlipPdfReading): string | undefined {
  const name = format === 'roll' ? 'rouleau 80 mm' : 'A4';
  if ('error' in reading) return `${name}\u202F: ${reading.error}`;
  if (reading.pages.length !== 1) return `${name}\u202F: ${String(reading.pages.length)} page(s) au lieu d’une`;
  const page = reading.pages[0] as PdfPageSize;
  const width = (format === 'roll' ? rollWidthMm : a4SizeMm.width) * pointsPerMm;
  if (Math.abs(page.width - width) > pageSizeTolerancePt) return `${name}\u202F: page de ${mm(page.width)} de large au lieu de ${mm(width)}`;
  if (format === 'a4' && Math.abs(page.height - a4SizeMm.height * pointsPerMm) > pageSizeTolerancePt) return `A4\u202F: page de ${mm(page.height)} de haut au lieu de 297 mm`;
  if (format === 'roll' && page.height < minimumRollHeightMm * pointsPerMm) return `${name}\u202F: page de ${mm(page.height)} de haut seulement`;
  return undefined;
}

/** The slip PDF check. */
export const slipPdfCheck: SelfTestCheck<SlipPdfObservation> = {
  ...selfTestCheckInfo('slip-pdf'),
  timeoutMs: 60_000,
  run: async ({ kiosk }) => {
    const read = async (format: SlipFormat): Promise<SlipPdfReading> => {
      try {
        return { pages: pdfPageSizes(await kiosk.printToPdf(format)) };
      } catch (error) {
        return { error: errorReason(error) };
      }
    };
    return { roll: await read('roll'), a4: await read('a4') };
  },
  verdict: (observation) => {
    const problems = [judge('roll', observation.roll), judge('a4', observation.a4)].filter((problem) => problem !== undefined);
    if (problems.length > 0) return outcome.failed(problems.join('\u202F; '));
    const roll = 'pages' in observation.roll ? observation.roll.pages[0] : undefined;
    return outcome.passed(`une page de 80 × ${mm(roll?.height ?? 0)} sur rouleau, une page A4`);
  },
  figures: (observation) =>
    'pages' in observation.roll && observation.roll.pages[0] !== undefined ? { rollHeightMm: Math.round(observation.roll.pages[0].height / pointsPerMm) } : undefined,
};
