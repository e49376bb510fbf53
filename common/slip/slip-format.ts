/**
 * The two paper formats of the recap slip and their geometry. The roll is a thermal receipt roll:
 * the page is 80 mm wide and as tall as the content; the print head covers about 72 mm of it, so
 * the content keeps 4 mm clear on each side.
 */

/** The paper formats a slip can be printed on. */
export const slipFormats = ['roll', 'a4'] as const;

/** A paper format: an 80 mm thermal roll or an A4 sheet. */
export type SlipFormat = (typeof slipFormats)[number];

/** Width of the roll, in millimetres. */
export const rollWidthMm = 80;

/** Blank margin on each side of the roll that the print head does not reach, in millimetres. */
export const rollSideMarginMm = 4;

/** Paper fed after the content so the cutter does not cut through the last line, in millimetres. */
export const rollFeedMm = 6;

/** A4 sheet size, in millimetres. */
export const a4SizeMm = { width: 210, height: 297 } as const;

/** Margin kept clear on every side of the A4 sheet (most printers cannot print the last 4–5 mm). */
export const a4MarginMm = 12;

/** Space between the roll's side-by-side QR codes, in millimetres (each code keeps its own quiet zone). */
export const rollQrGapMm = 1.5;

/** The shares of the roll's width taken by the three QR codes' columns: EduConnect, ENT, e-mail. */
export const rollQrColumns = [1, 1, 1.8] as const;

/** The width of each QR column on the roll, in millimetres: the print head's 72 mm less the gaps, shared out. */
export const rollQrColumnWidthsMm: readonly number[] = rollQrColumns.map(
  (share) => ((rollWidthMm - 2 * rollSideMarginMm - (rollQrColumns.length - 1) * rollQrGapMm) * share) / rollQrColumns.reduce((sum, each) => sum + each, 0),
);

/** Dots per inch of the common 80 mm thermal head, the coarsest printer the slip is made for. */
export const thermalHeadDpi = 203;

/** The fewest printer dots a QR module may span: below three, a phone misreads the blurred edges of a thermal print. */
export const minQrModuleDots = 3;

/** Width of one printer dot of the thermal head, in millimetres (0.125 mm). */
export const thermalDotMm = 25.4 / thermalHeadDpi;

/**
 * Size of one QR module and bounds of a QR code's printed width, per format, in millimetres. On
 * the roll the three codes stand side by side in 72 mm: the two short addresses take a little
 * under a third each (18 mm, a minimum that enlarges their modules), the `mailto:` the rest
 * (at most 32 mm); a module is 0.4 mm, a little over three dots of the thermal head.
 */
export const qrGeometryMm: Readonly<Record<SlipFormat, { readonly module: number; readonly min: number; readonly max: number }>> = {
  roll: { module: 0.4, min: 18, max: 32 },
  a4: { module: 0.6, min: 30, max: 56 },
};
