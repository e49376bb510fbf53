import { describe, expect, it } from 'vitest';
import { a4FontPtFor, a4MaxFontPt, a4MinFontPt, a4PageHeightPx, slipTextLoad, smallerA4FontPt } from './slip-density.ts';
import { buildSlip } from './slip-model.ts';
import { bundledConfig, bundledGraph, fixedDate, frenchTexts, pseudoTranslation } from './test-support/guide-fixtures.ts';

const slip = (path: string[], texts = frenchTexts) => buildSlip({ path, graph: bundledGraph, texts, frenchTexts, config: bundledConfig, formatDate: fixedDate });
const short = ['who', 'cpge-not-concerned', 'recap'];
const long = [
  'who', 'has-account', 'activation-choice', 'route-letter', 'letter-missing', 'route-sms', 'portal-sms', 'result-sms', 'trouble-step1',
  'route-franceconnect', 'portal-franceconnect', 'result-franceconnect', 'success', 'ent-access', 'portal-ent', 'result-ent', 'forgot-which',
  'forgot-id', 'portal-forgot-id', 'result-forgot-id', 'forgot-password', 'portal-forgot-password', 'result-forgot-password', 'trouble-step2', 'recap',
];

describe('A4 type size', () => {
  it('is the full size for an ordinary slip, smaller for a long bilingual one, never below the minimum', () => {
    expect(a4FontPtFor(slip(short))).toBe(a4MaxFontPt);
    const bilingual = slip(long, pseudoTranslation('en', 'ltr'));
    expect(slipTextLoad(bilingual)).toBeGreaterThan(slipTextLoad(slip(long)));
    expect(a4FontPtFor(bilingual)).toBeLessThan(a4MaxFontPt);
    expect(a4FontPtFor(bilingual)).toBeGreaterThanOrEqual(a4MinFontPt);
  });

  it('counts CJK characters wider', () => {
    const latin = { ...frenchTexts, recapItems: { ...frenchTexts.recapItems, 'cpge-ask-school': 'aaaa' } };
    const cjk = { ...frenchTexts, recapItems: { ...frenchTexts.recapItems, 'cpge-ask-school': '请问学校' } };
    expect(slipTextLoad(slip(short, cjk))).toBeGreaterThan(slipTextLoad(slip(short, latin)));
  });

  it('shrinks after an overflow, in proportion, and not below the minimum', () => {
    expect(smallerA4FontPt(10, a4PageHeightPx - 1)).toBe(10);
    const smaller = smallerA4FontPt(10, a4PageHeightPx * 1.21);
    expect(smaller).toBeLessThanOrEqual(10 / 1.1);
    expect(smaller).toBeGreaterThan(8.5);
    expect(smallerA4FontPt(8, a4PageHeightPx * 10)).toBe(a4MinFontPt);
  });
});
