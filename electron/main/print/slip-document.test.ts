import { describe, expect, it } from 'vitest';
import { pseudoTranslation, bundledConfig, bundledGraph, frenchTexts } from '../../../common/slip/test-support/guide-fixtures.ts';
import { decodeQrSvg, qrSvgsIn } from '../../../common/slip/test-support/qr-raster.ts';
import { InvalidSlipPathError, renderSlipDocument, slipDataUrl, type SlipSources } from './slip-document.ts';

const english = pseudoTranslation('en', 'ltr');
const sources: SlipSources = {
  graph: () => bundledGraph,
  frenchTexts: () => frenchTexts,
  texts: (language) => Promise.resolve(language === 'en' ? english : undefined),
  config: () => bundledConfig,
  now: () => new Date(2025, 8, 3, 9),
};
const path = ['who', 'has-account', 'activation-choice', 'route-sms', 'portal-sms', 'result-sms', 'success', 'recap'];

describe('renderSlipDocument', () => {
  it('rebuilds the slip from the path, with today’s date and working QR codes', async () => {
    const { html, missingConfiguration } = await renderSlipDocument({ path, language: 'fr' }, 'roll', sources);
    expect(html).toContain('Le <bdi dir="auto" class="value">3 septembre 2025</bdi>');
    expect(html).toMatch(/Résultat\s: compte activé\./u);
    expect(missingConfiguration).toEqual([]);
    expect(qrSvgsIn(html).map((code) => decodeQrSvg(code.svg)?.slice(0, 30))).toEqual([
      'https://educonnect.education.g',
      'https://cas.ent.auvergnerhonea',
      'mailto:secretariat-2c.0690026d',
    ]);
  });

  it('uses the visitor’s language when its texts can be had, else French', async () => {
    expect((await renderSlipDocument({ path, language: 'en' }, 'a4', sources)).html).toMatch(/^<!doctype html><html lang="en"/);
    expect((await renderSlipDocument({ path, language: 'ar' }, 'a4', sources)).html).toMatch(/^<!doctype html><html lang="fr"/);
    const failing: SlipSources = { ...sources, texts: () => Promise.reject(new Error('unreadable')) };
    expect((await renderSlipDocument({ path, language: 'en' }, 'a4', failing)).html).toMatch(/^<!doctype html><html lang="fr"/);
  });

  it('refuses a path that is not a walk through the guide', async () => {
    await expect(renderSlipDocument({ path: ['who', 'success', 'recap'], language: 'fr' }, 'roll', sources)).rejects.toThrow(InvalidSlipPathError);
  });
});

describe('slipDataUrl', () => {
  it('carries the HTML intact, accents included', () => {
    const url = slipDataUrl('<p>Récapitulatif — À faire</p>');
    expect(url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(url.split(',')[1] ?? '', 'base64').toString('utf8')).toBe('<p>Récapitulatif — À faire</p>');
  });
});
