import type { WebContentsPrintOptions } from 'electron';
import { rollPageHeightMicrons } from '../../../common/slip/roll-height.ts';
import { rollWidthMm, type SlipFormat } from '../../../common/slip/slip-format.ts';

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
