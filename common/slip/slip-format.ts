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

/** Size of one QR module and bounds of a QR code's printed width, per format, in millimetres. */
export const qrGeometryMm: Readonly<Record<SlipFormat, { readonly module: number; readonly min: number; readonly max: number }>> = {
  roll: { module: 0.5, min: 24, max: rollWidthMm - 2 * rollSideMarginMm },
  a4: { module: 0.6, min: 30, max: 56 },
};
