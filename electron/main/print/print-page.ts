import type { WebContentsPrintOptions } from 'electron';
import { rollWidthMm, type SlipFormat } from '../../../common/slip/slip-format.ts';

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

/**
 * The options of a silent print to the configured printer: explicit paper (80 mm wide roll as
 * tall as the content, or A4), no printer margins (the slip's blank edges are its own padding,
 * and Chromium ignores CSS page margins with any margin type but the default), backgrounds kept.
 */
export function slipPrintOptions(deviceName: string, format: SlipFormat, contentHeightPx: number | undefined): WebContentsPrintOptions {
  return {
    silent: true,
    deviceName,
    printBackground: true,
    landscape: false,
    copies: 1,
    margins: { marginType: 'none' },
    pageSize: format === 'roll' ? { width: rollWidthMm * 1000, height: rollPageHeightMicrons(contentHeightPx) } : 'A4',
  };
}
