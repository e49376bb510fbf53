import { describe, expect, it } from 'vitest';
import { pointsPerMm } from '../pdf-pages.ts';
import { fakeContext, FakeKiosk } from '../test-support/fake-kiosk.ts';
import { slipPdfCheck } from './slip-pdf.ts';

const environment = fakeContext(new FakeKiosk()).environment;
const page = (widthMm: number, heightMm: number) => ({ width: widthMm * pointsPerMm, height: heightMm * pointsPerMm });

describe('the slip PDF check', () => {
  it('passes with one page of 80 mm and one A4 page', async () => {
    const observation = await slipPdfCheck.run(fakeContext(new FakeKiosk()));
    expect(slipPdfCheck.verdict(observation, environment)).toEqual({ verdict: 'passed', reason: 'une page de 80 × 240 mm sur rouleau, une page A4' });
    expect(slipPdfCheck.figures?.(observation)).toEqual({ rollHeightMm: 240 });
  });

  it('fails on two roll pages, a wrong width, a short page or a PDF that could not be made', async () => {
    const twoPages = await slipPdfCheck.run(fakeContext(new FakeKiosk({ faults: { twoPageRoll: true } })));
    expect(slipPdfCheck.verdict(twoPages, environment).reason).toBe('rouleau 80 mm\u202F: 2 page(s) au lieu d’une');
    const a4 = { pages: [page(210, 297)] };
    expect(slipPdfCheck.verdict({ roll: { pages: [page(72, 200)] }, a4 }, environment).reason).toBe('rouleau 80 mm\u202F: page de 72 mm de large au lieu de 80 mm');
    expect(slipPdfCheck.verdict({ roll: { pages: [page(80, 20)] }, a4 }, environment).reason).toBe('rouleau 80 mm\u202F: page de 20 mm de haut seulement');
    expect(slipPdfCheck.verdict({ roll: { pages: [page(80, 200)] }, a4: { pages: [page(216, 279)] } }, environment).reason).toBe('A4\u202F: page de 216 mm de large au lieu de 210 mm');
    expect(slipPdfCheck.verdict({ roll: { error: 'erreur\u202F: printToPDF failed' }, a4 }, environment).reason).toBe('rouleau 80 mm\u202F: erreur\u202F: printToPDF failed');
  });
});
