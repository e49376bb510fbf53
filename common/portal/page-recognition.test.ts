// Recognising a page and its focused field from what it visibly shows, and reporting it: ids of the
// catalog only, sent when they change, never a text or a value of the page.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { startPageRecognition, type PageReport } from './page-recognition-runtime.ts';
import { comparable, recogniseField, recognisePage } from './page-recognition.ts';
import { documentProbe, fieldProbe } from './page-probe-dom.ts';
import { pageReportSchema, portalPageMessageSchema } from './portal-channels.ts';
import type { PortalPageCatalog } from './portal-pages-schema.ts';
import { portalPageCatalog } from './portal-pages.ts';
import { HtmlPage } from './test-support/html-page.ts';

const catalog: PortalPageCatalog = {
  version: 1,
  pages: [
    {
      id: 'identity',
      heading: 'Activation du compte',
      recognisedBy: [[{ heading: 'Activation du compte' }, { label: 'N° de téléphone portable' }]],
      fields: [
        { id: 'mobile', label: 'N° de téléphone portable', text: 'mobile' },
        { id: 'nom', label: 'Nom', markers: ['#lastname'], text: 'surname' },
      ],
      next: ['Suivant'],
    },
    { id: 'profile', recognisedBy: [[{ marker: '#bouton_responsable' }], [{ heading: 'Je sélectionne mon profil' }]] },
    { id: 'forgotten', recognisedBy: [[{ heading: 'Mot de passe oublié' }]] },
    { id: 'forgotten-sms', recognisedBy: [[{ heading: 'Mot de passe oublié' }, { label: 'N° de téléphone portable' }]] },
  ],
};

const page = (body: string): HtmlPage => new HtmlPage(`<html><head><title>Activation du compte</title></head><body>${body}</body></html>`);
const recognised = (html: HtmlPage): string | null => recognisePage(catalog, documentProbe(html))?.id ?? null;

describe('comparing page texts', () => {
  it('leaves out case, accents, apostrophes, spacing and a required mark', () => {
    expect(comparable('  N° de TÉLÉPHONE\n portable * ')).toBe(comparable('N° de téléphone portable'));
    expect(comparable('Je n’ai pas de compte')).toBe(comparable("Je n'ai pas de compte"));
    expect(comparable('Identifiant :')).toBe('identifiant');
  });
});

describe('recognisePage', () => {
  it('recognises a page when every sign of one of its sets shows', () => {
    expect(recognised(page('<h1>Activation du compte</h1><label for="m">N° de téléphone portable <span>Pour les numéros hors France…</span></label><input id="m">'))).toBe('identity');
    expect(recognised(page('<a id="bouton_responsable" href="x">Représentant légal</a>'))).toBe('profile');
    expect(recognised(page('<h2>Je sélectionne mon profil</h2>'))).toBe('profile');
  });

  it('does not take a word for the start of a longer word, nor a sentence for a heading', () => {
    expect(recognised(page('<h1>Activation du comptes</h1><label>N° de téléphone portable</label>'))).toBeNull();
    expect(recognised(page('<p>Activation du compte</p><label>N° de téléphone portable</label>'))).toBeNull();
  });

  it('ignores what is not shown: a hidden heading or marker, the page title, a closed details', () => {
    expect(recognised(page('<h1 hidden>Activation du compte</h1><label>N° de téléphone portable</label>'))).toBeNull();
    expect(recognised(page('<div hidden><a id="bouton_responsable" href="x">Représentant légal</a></div>'))).toBeNull();
    expect(recognised(page('<label>N° de téléphone portable</label>'))).toBeNull();
    expect(recognised(page('<details><summary>Aide</summary><h2>Je sélectionne mon profil</h2></details>'))).toBeNull();
  });

  it('gives no page rather than a wrong one when two pages fit', () => {
    expect(recognised(page('<h1>Mot de passe oublié</h1>'))).toBe('forgotten');
    expect(recognised(page('<h1>Mot de passe oublié</h1><label>N° de téléphone portable</label>'))).toBeNull();
    expect(recognised(page('<a id="bouton_responsable" href="x">R</a><h1>Mot de passe oublié</h1>'))).toBeNull();
  });

  it('treats a marker the browser cannot read as absent', () => {
    const probe = documentProbe({
      querySelectorAll: () => {
        throw new SyntaxError('bad selector');
      },
      getElementById: () => null,
    });
    expect(probe.has('#x')).toBe(false);
  });
});

describe('recogniseField', () => {
  const identity = catalog.pages[0];
  if (identity === undefined) throw new Error('no identity page');
  const html = page(
    '<label for="mobile">N° de téléphone portable *</label><input id="mobile" type="tel">' +
      '<input id="lastname" aria-label="Votre nom de famille"><span id="named">Nom</span><input id="other" aria-labelledby="named">' +
      '<label>Prénom <input id="prenom"></label>',
  );

  it('finds the field by its marker first, then by its label, aria-labelledby or aria-label', () => {
    expect(recogniseField(identity, fieldProbe(html, html.one('#mobile')))?.id).toBe('mobile');
    expect(recogniseField(identity, fieldProbe(html, html.one('#lastname')))?.id).toBe('nom');
    expect(recogniseField(identity, fieldProbe(html, html.one('#other')))?.id).toBe('nom');
    expect(recogniseField(identity, fieldProbe(html, html.one('#prenom')))).toBeNull();
  });
});

describe('startPageRecognition', () => {
  interface Running {
    readonly html: HtmlPage;
    readonly reports: PageReport[];
    readonly timers: { callback: () => void; cleared: boolean }[];
    readonly recognition: ReturnType<typeof startPageRecognition>;
  }

  const start = (body: string): Running => {
    const html = page(body);
    const reports: PageReport[] = [];
    const timers: { callback: () => void; cleared: boolean }[] = [];
    const recognition = startPageRecognition(
      {
        document: html,
        setTimeout: (callback) => {
          const timer = { callback, cleared: false };
          timers.push(timer);
          return timer;
        },
        clearTimeout: (handle) => {
          (handle as { cleared: boolean }).cleared = true;
        },
      },
      catalog,
      (report) => reports.push(report),
    );
    return { html, reports, timers, recognition };
  };

  const body = '<h1>Activation du compte</h1><label for="mobile">N° de téléphone portable</label><input id="mobile" type="tel" value="0612345678"><label for="prenom">Prénom</label><input id="prenom" value="Marie">';

  it('reports the page, then the focused field, each time it changes and only then', () => {
    const { html, reports, recognition } = start(body);
    recognition.recognise();
    recognition.recognise();
    html.activeElement = html.one('#mobile');
    recognition.focusChanged();
    recognition.focusChanged();
    html.activeElement = html.one('#prenom');
    recognition.focusChanged();
    expect(reports).toEqual([
      { page: 'identity', field: null },
      { page: 'identity', field: 'mobile' },
      { page: 'identity', field: null },
    ]);
  });

  it('reports again when forced (a page shown again from the back-forward cache)', () => {
    const { reports, recognition } = start(body);
    recognition.recognise();
    recognition.recognise(true);
    expect(reports).toHaveLength(2);
  });

  it('looks again at once when the page changes itself, then at most once per window while changes keep coming', () => {
    const { html, reports, timers, recognition } = start('<h1>Mot de passe oublié</h1><label for="m" hidden>N° de téléphone portable</label><input id="m">');
    recognition.recognise();
    const label = html.one('label');
    const attributes = label.attributes as Map<string, string>;
    attributes.delete('hidden');
    recognition.pageChanged();
    expect(reports).toEqual([{ page: 'forgotten', field: null }, { page: null, field: null }]);
    // More changes within the window: one look at its end, not one per change.
    attributes.set('hidden', '');
    recognition.pageChanged();
    recognition.pageChanged();
    expect(reports).toHaveLength(2);
    const pending = timers.filter((timer) => !timer.cleared);
    expect(pending).toHaveLength(1);
    pending[0]?.callback();
    expect(reports).toEqual([{ page: 'forgotten', field: null }, { page: null, field: null }, { page: 'forgotten', field: null }]);
    // The window that look opened closes with no change: nothing more.
    timers.filter((timer) => !timer.cleared).at(-1)?.callback();
    expect(reports).toHaveLength(3);
  });

  it('sends ids only: nothing the visitor typed, no text of the page', () => {
    const { html, reports, recognition } = start(body);
    recognition.recognise();
    html.activeElement = html.one('#mobile');
    recognition.focusChanged();
    const sent = JSON.stringify(reports);
    expect(sent).not.toMatch(/0612345678|Marie|téléphone|Activation/);
    for (const report of reports) expect(v.is(pageReportSchema(catalog), report)).toBe(true);
  });
});

describe('the page message schema', () => {
  it('takes a known page and one of its fields, or nothing', () => {
    expect(v.is(portalPageMessageSchema, { page: 'activation-identity', field: 'mobile' })).toBe(true);
    expect(v.is(portalPageMessageSchema, { page: 'activation-identity', field: null })).toBe(true);
    expect(v.is(portalPageMessageSchema, { page: null, field: null })).toBe(true);
  });

  it('refuses an unknown page, a field of another page, a field without a page, a text and an extra key', () => {
    expect(v.is(portalPageMessageSchema, { page: 'a-page-nobody-knows', field: null })).toBe(false);
    expect(v.is(portalPageMessageSchema, { page: 'profile-choice', field: 'mobile' })).toBe(false);
    expect(v.is(portalPageMessageSchema, { page: null, field: 'mobile' })).toBe(false);
    expect(v.is(portalPageMessageSchema, { page: 'Je confirme mon identité', field: null })).toBe(false);
    expect(v.is(portalPageMessageSchema, { page: 'activation-identity', field: 'mobile', value: '0612345678' })).toBe(false);
    expect(portalPageCatalog.pages.some((known) => known.id === 'activation-identity')).toBe(true);
  });
});
