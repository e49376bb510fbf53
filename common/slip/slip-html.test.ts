import { describe, expect, it } from 'vitest';
import { create } from 'qrcode';
import { createQrEncoder } from './qr-encoder.ts';
import { slipFormats } from './slip-format.ts';
import { slipContentSecurityPolicy, slipHtml } from './slip-html.ts';
import { buildSlip, type SlipInput } from './slip-model.ts';
import { decodeQrSvg, qrSvgsIn } from './test-support/qr-raster.ts';
import { bundledConfig, bundledGraph, fixedDate, frenchTexts, pseudoTranslation, simplePaths } from './test-support/guide-fixtures.ts';

const encodeQr = createQrEncoder(create);

const trouble = ['who', 'has-account', 'activation-choice', 'route-sms', 'portal-sms', 'result-sms', 'trouble-step1', 'trouble-step2', 'recap'];
const input: SlipInput = { path: trouble, graph: bundledGraph, texts: frenchTexts, frenchTexts, config: bundledConfig, formatDate: fixedDate };

describe('slipHtml', () => {
  it('escapes configuration text', () => {
    const hostile = {
      ...bundledConfig,
      school: { ...bundledConfig.school, name: '<script>alert("x")</script> Lycée & Cie', city: "L'<b>yon</b>" },
      contacts: {
        ...bundledConfig.contacts,
        secretariat: { name: 'Secrétariat <img src=x onerror=alert(1)> & co', email: bundledConfig.contacts.secretariat.email },
        referent: { ...bundledConfig.contacts.referent, directoryName: '"><iframe>' },
      },
    };
    const html = slipHtml(buildSlip({ ...input, config: hostile }), { format: 'a4', encodeQr });
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Lycée &amp; Cie');
    expect(html).toContain('L&#39;&lt;b&gt;yon&lt;/b&gt;');
    expect(html).toContain('Secrétariat &lt;img src=x onerror=alert(1)&gt; &amp; co');
    expect(html).not.toMatch(/<script|<img|<iframe|<b>/i);
  });

  it('escapes guide texts too', () => {
    const texts = { ...frenchTexts, recapItems: { ...frenchTexts.recapItems, 'check-inbox-spam': 'Cherchez <a href="https://x">ici</a> & là' } };
    const html = slipHtml(buildSlip({ ...input, texts, frenchTexts: texts }), { format: 'roll', encodeQr });
    expect(html).toContain('Cherchez &lt;a href=&quot;https://x&quot;&gt;ici&lt;/a&gt; &amp; là');
    expect(html).not.toMatch(/<a[\s>]/);
  });

  for (const format of slipFormats) {
    it(`is a self-contained document in ${format}: own CSP, no script, nothing loaded, no link`, () => {
      const html = slipHtml(buildSlip(input), { format, encodeQr });
      expect(html.startsWith('<!doctype html><html lang="fr" dir="ltr">')).toBe(true);
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${slipContentSecurityPolicy}">`);
      expect(slipContentSecurityPolicy).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
      expect(html).not.toMatch(/<script|<link|<iframe|<object|<embed|<a[\s>]|\ssrc=|\shref=|url\(|@import|\son[a-z]+=/i);
      expect(html).toContain(`<body class="format-${format}">`);
    });
  }

  it('lays the roll out 80 mm wide without a page height, then with the measured one', () => {
    const model = buildSlip(input);
    const unmeasured = slipHtml(model, { format: 'roll', encodeQr });
    expect(unmeasured).toContain('@page { margin: 0; }');
    expect(unmeasured).toContain('html, body { width: 80mm; }');
    expect(slipHtml(model, { format: 'roll', heightMm: 212.5, encodeQr })).toContain('@page { size: 80mm 212.5mm; margin: 0; }');
  });

  it('sets A4 pages without printer margins (its blank edges are padding)', () => {
    const html = slipHtml(buildSlip(input), { format: 'a4', encodeQr });
    expect(html).toContain('@page { size: A4; margin: 0; }');
    expect(html).toContain('padding: 12mm');
  });

  it('takes the language and direction of the visitor, and keeps addresses and e-mails left to right', () => {
    const html = slipHtml(buildSlip({ ...input, texts: pseudoTranslation('ar', 'rtl') }), { format: 'roll', encodeQr });
    expect(html).toMatch(/^<!doctype html><html lang="ar" dir="rtl">/);
    expect(html).toContain('<bdi dir="ltr" class="value address">secretariat-2c.<wbr>0690026d<wbr>@ac-lyon.<wbr>fr</bdi>');
    expect(html).toContain('<span class="fr" lang="fr" dir="ltr">Activation par SMS</span>');
  });

  it('shows everything of the model', () => {
    const html = slipHtml(buildSlip(input), { format: 'roll', encodeQr });
    for (const text of ['Récapitulatif EduConnect', 'Lycée du Parc — Lyon', 'Ce que vous avez fait', 'Activation par SMS', 'Résultat\u202F: pas encore réussi.',
      'À faire ensuite', 'Cherchez la lettre ou l’e-mail du lycée', 'Contacts', 'Vérifier vos informations', 'Correspondant ENT', 'JUNIER Admin',
      'Portail EduConnect', 'Écrire au secrétariat depuis votre téléphone', 'Ce document ne contient aucune information personnelle.']) {
      expect(html).toContain(text);
    }
  });
});

describe('the printed slip’s contact lines and identifiant line', () => {
  const withContacts = {
    ...bundledConfig,
    contacts: {
      ...bundledConfig.contacts,
      secretariat: { ...bundledConfig.contacts.secretariat, phone: '04 78 52 15 21', place: 'Bâtiment A, rez-de-chaussée', hours: 'du lundi au vendredi' },
    },
  };

  it('prints the telephone (left to right), the place and the hours the school set', () => {
    const html = slipHtml(buildSlip({ ...input, config: withContacts }), { format: 'roll', encodeQr });
    expect(html).toContain('<span class="line" data-contact="phone">Téléphone\u202F: <bdi dir="ltr" class="value address">04 78 52 15 21</bdi></span>');
    expect(html).toContain('<span class="line" data-contact="place">Lieu\u202F: <bdi dir="auto" class="value">Bâtiment A, rez-de-chaussée</bdi></span>');
    expect(html).toContain('<span class="line" data-contact="hours">Horaires\u202F: <bdi dir="auto" class="value">du lundi au vendredi</bdi></span>');
  });

  it('prints no contact line the school did not set', () => {
    expect(slipHtml(buildSlip(input), { format: 'roll', encodeQr })).not.toContain('data-contact=');
  });

  it('prints a blank identifiant line: a label and an empty space to write on', () => {
    const html = slipHtml(buildSlip(input), { format: 'a4', encodeQr });
    expect(html).toContain('<p class="write-in"><span class="write-label"><span class="own">Identifiant\u202F:</span></span><span class="blank" aria-hidden="true"></span></p>');
  });

  it('isolates names in the direction of their own letters, and addresses left to right', () => {
    const html = slipHtml(buildSlip({ ...input, texts: pseudoTranslation('ar', 'rtl') }), { format: 'roll', encodeQr });
    expect(html).toContain('<bdi dir="auto" class="value">Correspondant ENT</bdi>');
    expect(html).toContain('<bdi dir="auto" class="value">Secrétariat second cycle</bdi>');
    expect(html).not.toMatch(/<bdi dir="ltr" class="value">(?:Secrétariat|Lycée|Correspondant|JUNIER)/);
  });
});

describe('QR codes of the printed slip, read back with a QR decoder', () => {
  for (const format of slipFormats) {
    it(`each one opens its intended address (${format})`, () => {
      const model = buildSlip(input);
      const codes = qrSvgsIn(slipHtml(model, { format, encodeQr }));
      expect(codes.map((code) => code.kind)).toEqual(['educonnect', 'ent', 'mail']);
      expect(codes.map((code) => decodeQrSvg(code.svg))).toEqual([
        'https://educonnect.education.gouv.fr/',
        'https://cas.ent.auvergnerhonealpes.fr/login?selection=EDU',
        model.qrCodes[2]?.target,
      ]);
    });
  }

  it('reads the mailto back to the secretariat address, French subject and body', () => {
    const codes = qrSvgsIn(slipHtml(buildSlip({ ...input, texts: pseudoTranslation('en', 'ltr') }), { format: 'roll', encodeQr }));
    const mailto = decodeQrSvg(codes[2]?.svg ?? '') ?? '';
    expect(mailto.startsWith('mailto:secretariat-2c.0690026d@ac-lyon.fr?subject=')).toBe(true);
    const body = decodeURIComponent(/body=([^&]*)/.exec(mailto)?.[1] ?? '');
    expect(body).toContain('Pouvez-vous vérifier mes informations');
    expect(body).toMatch(/^Portable\s:$/mu);
  });

  it('draws the same codes on every path (they depend on the configuration only)', () => {
    const reference = qrSvgsIn(slipHtml(buildSlip(input), { format: 'roll', encodeQr }));
    for (const path of simplePaths()) {
      expect(qrSvgsIn(slipHtml(buildSlip({ ...input, path }), { format: 'roll', encodeQr })), path.join(' → ')).toEqual(reference);
    }
  });
});
