// The roll's page height: the printed slip is cut as long as its content. Shared by the print
// service and by the tooling that measures or scans the slip as it will be printed.

/** CSS pixels per millimetre (96 px per inch). */
const pxPerMm = 96 / 25.4;

/** The roll's page height when the layout could not be measured: long enough for any slip. */
export const fallbackRollHeightMm = 400;

/** Added below the measured content so rounding never spills a line onto a second page (one cut). */
export const rollHeightGuardMm = 1;

/** Bounds of a roll page: Electron refuses a page smaller than 353 µm; no slip is two metres long. */
const rollHeightBoundsMicrons = { min: 20_000, max: 2_000_000 } as const;

/**
 * The roll's page height in microns from the measured content height in CSS pixels, rounded up to
 * a tenth of a millimetre plus a guard; the fallback height when nothing was measured.
 */
export function rollPageHeightMicrons(contentHeightPx: number | undefined): number {
  if (contentHeightPx === undefined || !Number.isFinite(contentHeightPx) || contentHeightPx <= 0) return fallbackRollHeightMm * 1000;
  const microns = Math.ceil((contentHeightPx / pxPerMm) * 10) * 100 + rollHeightGuardMm * 1000;
  return Math.min(rollHeightBoundsMicrons.max, Math.max(rollHeightBoundsMicrons.min, microns));
}
