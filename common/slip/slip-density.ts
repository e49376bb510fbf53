import { a4SizeMm } from './slip-format.ts';
import type { SlipModel, SlipText } from './slip-types.ts';

/** The A4 type size for a light slip, in points. */
export const a4MaxFontPt = 11;

/** The smallest A4 type size, in points (the French beside a translation is 82 % of it). */
export const a4MinFontPt = 7;

/** The A4 page height in CSS pixels (96 per inch): a taller document would spill onto a second page. */
export const a4PageHeightPx = (a4SizeMm.height * 96) / 25.4;

/**
 * Height, in CSS pixels at 11 pt, that the two columns of text may take on A4: the page less
 * the margins, header, QR codes and footer (about 420 px), with room for wider system fonts.
 */
const a4TextBudgetPx = 640;

/** Estimated column height at 11 pt: a fixed part (headings) and a part per weighted character. */
const a4TextFixedPx = 40;
const a4TextPxPerChar = 0.3;

/** A character's width weight: CJK ideographs and kana are about twice as wide as Latin letters. */
const widthOf = (character: string): number => ((character.codePointAt(0) ?? 0) >= 0x2e80 ? 1.8 : 1);

const textOf = (text: SlipText): string => [...text.parts, ...(text.french ?? [])].map((part) => part.text).join('');

/**
 * How much running text the slip has: its route lines, the identifiant line, the next steps (with
 * their French) and the secretariat's optional contact lines, in width-weighted characters, plus
 * a line's worth for each. Headings and the other contacts are constant.
 */
export function slipTextLoad(model: SlipModel): number {
  const texts = [
    ...model.routes.flatMap((route) => [route.name, ...(route.outcomeText === undefined ? [] : [route.outcomeText])]),
    ...(model.identifierLine === undefined ? [] : [model.identifierLine]),
    ...model.nextSteps.map((step) => step.text),
    ...model.secretariat.lines.map((line) => ({ parts: [...line.label.parts, { kind: 'text' as const, text: line.value }] })),
  ];
  return texts.reduce((load, text) => load + [...textOf(text)].reduce((sum, character) => sum + widthOf(character), 0) + 25, 0);
}

const tenth = (value: number): number => Math.floor(value * 10) / 10;

/**
 * The A4 type size that makes the slip fit one page: 11 pt for an ordinary slip, smaller for a
 * long one (a visitor who tried every route, in a language shown next to the French). The
 * estimate is checked in Chromium for every language on the longest path; the print service
 * also measures the laid-out page and shrinks further if a platform's fonts run wider.
 */
export function a4FontPtFor(model: SlipModel): number {
  const estimate = a4TextFixedPx + a4TextPxPerChar * slipTextLoad(model);
  return Math.max(a4MinFontPt, Math.min(a4MaxFontPt, tenth(a4MaxFontPt * Math.sqrt(a4TextBudgetPx / estimate))));
}

/**
 * A smaller A4 type size after a measured document height overflowed the page: text height goes
 * with the square of the type size, with a 3 % margin. Never below the minimum.
 */
export function smallerA4FontPt(currentPt: number, measuredHeightPx: number): number {
  if (measuredHeightPx <= a4PageHeightPx) return currentPt;
  return Math.max(a4MinFontPt, tenth(currentPt * Math.sqrt(a4PageHeightPx / measuredHeightPx) * 0.97));
}
