import { a4MaxFontPt } from './slip-density.ts';
import { a4MarginMm, rollFeedMm, rollQrColumns, rollQrGapMm, rollSideMarginMm, rollWidthMm } from './slip-format.ts';

const qrColumnsCss = rollQrColumns.map((share) => `${String(share)}fr`).join(' ');

/** What the slip's style sheet depends on: the format, and for the roll the page height once measured. */
export type SlipCssOptions = { readonly format: 'a4' } | { readonly format: 'roll'; readonly heightMm?: number };

/** What the style sheet is built from: the options, and the A4 type size the content calls for. */
export type SlipCssInput = SlipCssOptions & { readonly a4FontPt?: number };

const shared = `
*, *::before, *::after { box-sizing: border-box; }
html { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
body { margin: 0; background: #fff; color: #000; line-height: 1.3;
  font-family: system-ui, "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC", "DejaVu Sans", sans-serif; }
h1, h2, p, ul, ol, dl, dd, figure { margin: 0; }
ul, ol { padding-inline-start: 1.2em; }
li + li { margin-top: 0.35em; }
h1 { font-size: 1.45em; line-height: 1.15; }
h2 { font-size: 1.1em; margin-bottom: 0.4em; }
.fr { display: block; font-size: 0.82em; font-weight: 400; font-style: italic; }
html[dir="rtl"] .fr { text-align: right; }
.value { font-weight: 600; overflow-wrap: anywhere; }
.address { overflow-wrap: normal; }
.school { font-weight: 600; }
.outcome { display: block; font-weight: 600; }
dt { font-weight: 600; }
dd + dt { margin-top: 0.5em; }
section, figure { break-inside: avoid; }
section { margin-top: 0.9em; }
svg { display: block; margin-inline: auto; }
figcaption { margin-top: 0.3em; text-align: center; }
figcaption .value { display: block; }
footer { margin-top: 1em; font-size: 0.85em; }
.write-in { display: flex; align-items: flex-end; gap: 2mm; margin-top: 0.6em; }
.write-label { flex: none; max-width: 60%; font-weight: 600; }
.blank { flex: 1 1 auto; min-width: 25mm; height: 2em; border-bottom: 0.3mm solid #000; }
`;

/**
 * The roll, tightened: every millimetre is paper a parent carries away. The header runs the school
 * and the date on one line, the route outcomes and the French of the route names follow on the same
 * line, and the three codes stand side by side, each over its caption — the two
 * short addresses in narrow columns, the long `mailto:` in the wide one (see `qrGeometryMm`).
 */
const roll = (heightMm: number | undefined): string => `
@page { ${heightMm === undefined ? '' : `size: ${String(rollWidthMm)}mm ${String(heightMm)}mm; `}margin: 0; }
html, body { width: ${String(rollWidthMm)}mm; }
.slip { width: ${String(rollWidthMm)}mm; padding: 2mm ${String(rollSideMarginMm)}mm ${String(rollFeedMm)}mm; font-size: 8.5pt; line-height: 1.2; }
h1 { font-size: 1.25em; }
h2 { font-size: 1.05em; margin-bottom: 0.2em; }
header { display: flex; flex-wrap: wrap; column-gap: 1.5mm; }
header h1 { flex: 1 0 100%; }
header .school::after { content: " ·"; }
li + li { margin-top: 0.15em; }
.routes li + li { margin-top: 0; }
.fr { font-size: 0.8em; line-height: 1.15; }
section { margin-top: 0.4em; border-top: 0.3mm solid #000; padding-top: 1mm; }
/* Inline, the French and the outcome stay isolated, so a right-to-left line keeps each in its own order. */
.outcome { display: inline; unicode-bidi: isolate; }
.outcome::before { content: " — "; font-weight: 400; }
.routes .fr { display: inline; unicode-bidi: isolate; }
.routes .fr::before { content: " / "; font-style: normal; }
html[dir="rtl"] .routes .fr::before { content: none; }
html[dir="rtl"] .routes .fr::after { content: " / "; font-style: normal; }
.write-in { margin-top: 0.3em; }
.blank { height: 1.6em; }
dd + dt { margin-top: 0.25em; }
.codes { display: grid; grid-template-columns: ${qrColumnsCss}; column-gap: ${String(rollQrGapMm)}mm; align-items: start; }
.codes figcaption { margin-top: 0; font-size: 0.75em; line-height: 1.15; }
.codes .address { overflow-wrap: anywhere; }
footer { margin-top: 0.6em; font-size: 0.8em; }
`;

const a4 = (fontPt: number): string => `
@page { size: A4; margin: 0; }
html, body { width: 210mm; }
.slip { width: 210mm; padding: ${String(a4MarginMm)}mm; font-size: ${String(fontPt)}pt; }
header { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline; gap: 0 6mm; border-bottom: 0.4mm solid #000; padding-bottom: 2mm; }
.text { column-count: 2; column-gap: 8mm; column-rule: 0.2mm solid #000; margin-top: 3mm; }
.text section { margin-top: 0; margin-bottom: 0.9em; }
.text h2 { break-after: avoid; }
.text li { break-inside: avoid; }
.next { break-inside: auto; }
.codes { display: grid; grid-template-columns: 1fr 1fr 1.4fr; gap: 6mm; align-items: start; border-top: 0.4mm solid #000; padding-top: 2mm; }
figcaption { font-size: 0.9em; }
`;

/**
 * The slip's print style sheet. Black on white only (thermal paper), no web fonts (the slip's
 * CSP loads nothing), no page margins from the printer: the format's own blank edges are padding.
 * The roll's `@page` size needs an explicit height — Chromium rejects `size: 80mm auto` and
 * falls back to Letter — so it is given once the content height is known.
 */
export function slipCss(options: SlipCssInput): string {
  return shared + (options.format === 'roll' ? roll(options.heightMm) : a4(options.a4FontPt ?? a4MaxFontPt));
}
