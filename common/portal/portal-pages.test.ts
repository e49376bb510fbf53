// The known pages (`resources/guide/portal-pages.json`): the file passes its checks, every demo
// portal page is recognised as the page it imitates (and the others as unknown pages), each known
// field and button is on its page with the label the companion quotes, and every language has
// the companion's words for every page, field and mistake.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleDemoPage, demoPageTemplateFile, isDemoPageFile } from '../demo-portal/demo-page-assembly.ts';
import { supportedLanguages } from '../guide/languages.ts';
import { recogniseField, recognisePage } from './page-recognition.ts';
import { documentProbe, fieldProbe } from './page-probe-dom.ts';
import { portalPagesTextProblems, portalPagesTextsSchema } from './portal-page-texts.ts';
import { portalPageById, portalPageCatalog, readPortalPages } from './portal-pages.ts';
import { HtmlPage } from './test-support/html-page.ts';
import * as v from 'valibot';

const demoDirectory = new URL('../../resources/demo-portal/', import.meta.url);
const demoPages = readdirSync(demoDirectory).filter((name) => isDemoPageFile(name) && name !== demoPageTemplateFile).sort();
/** Each demo page as it is served: assembled from the demo portal's template and its page file. */
const servedPages = new Map<string, string>();
for (const name of demoPages) {
  const assembly = await assembleDemoPage(name, (file) => readFileSync(new URL(file, demoDirectory), 'utf8'));
  if (assembly.kind === 'page') servedPages.set(name, assembly.html);
}
const demoPage = (name: string): HtmlPage => {
  const html = servedPages.get(name);
  if (html === undefined) throw new Error(`the demo page ${name} does not assemble`);
  return new HtmlPage(html);
};
const catalogJson = (): unknown => JSON.parse(readFileSync(new URL('../../resources/guide/portal-pages.json', import.meta.url), 'utf8'));

/** The page of the catalog each demo page imitates; any demo page not listed is no known page. */
const imitates: Readonly<Record<string, string>> = {
  'index.html': 'profile-choice',
  'connexion.html': 'login',
  'activation.html': 'activation-identity',
  'code-sms.html': 'sms-code',
  'dates-naissance.html': 'birth-dates',
  'activation-ok.html': 'account-activated',
  'premiere-connexion.html': 'first-login',
  'identifiant-oublie.html': 'forgot-id',
  'identifiant-sms.html': 'forgot-id-sms',
  'identifiant-mail.html': 'forgot-id-mail',
  'identifiant-envoye.html': 'id-sent',
  'mot-de-passe-oublie.html': 'forgot-password',
  'mot-de-passe-sms.html': 'forgot-password-sms',
  'mot-de-passe-mail.html': 'forgot-password-mail',
  'mot-de-passe-code.html': 'forgot-password-code',
  'mot-de-passe-nouveau.html': 'new-password',
  'mot-de-passe-ok.html': 'password-changed',
  'ent.html': 'ent-profile',
};

const shownTexts = (page: HtmlPage, kinds: readonly ('heading' | 'label' | 'button' | 'link')[]): string[] =>
  kinds.flatMap((kind) => documentProbe(page).texts(kind)).map((text) => text.replace(/\s+/g, ' ').trim());

describe('the bundled portal pages file', () => {
  it('passes its checks (shape, unique ids, titles that are always on their page)', () => {
    const reading = readPortalPages(catalogJson());
    expect(reading.ok ? [] : reading.problems).toEqual([]);
    expect(portalPageCatalog.pages.length).toBeGreaterThan(10);
  });

  it('refuses a duplicate page, a title not among every way to recognise its page, and a marker with a combinator', () => {
    const json = catalogJson() as { pages: Record<string, unknown>[] };
    const first = json.pages[0] ?? {};
    const duplicate = readPortalPages({ ...json, pages: [...json.pages, first] });
    expect(duplicate.ok ? [] : duplicate.problems).toContain(`Page « ${String(first.id)} » : identifiant en double.`);
    const badTitle = readPortalPages({ ...json, pages: [{ ...first, heading: 'Un titre absent' }] });
    expect(badTitle.ok).toBe(false);
    const badMarker = readPortalPages({ ...json, pages: [{ ...first, recognisedBy: [[{ marker: 'main #bouton_responsable' }]] }] });
    expect(badMarker.ok).toBe(false);
  });
});

describe.each(demoPages)('the demo page %s', (name) => {
  const expected = imitates[name] ?? null;

  it(`is recognised as ${expected ?? 'no known page'}`, () => {
    expect(recognisePage(portalPageCatalog, documentProbe(demoPage(name)))?.id ?? null).toBe(expected);
  });

  if (expected === null) return;
  const known = portalPageById(portalPageCatalog, expected);

  it('shows the title, each field label and each next button exactly as the companion quotes them', () => {
    const page = demoPage(name);
    if (known?.heading !== undefined) expect(shownTexts(page, ['heading'])).toContain(known.heading);
    const labels = shownTexts(page, ['label']);
    for (const field of known?.fields ?? []) expect(labels, field.id).toContain(field.label);
    const buttons = shownTexts(page, ['button', 'link']);
    for (const next of known?.next ?? []) expect(buttons.some((text) => text.startsWith(next)), next).toBe(true);
  });

  it('has each known field, recognised when it has focus; other controls are no known field', () => {
    const page = demoPage(name);
    const found = new Set<string>();
    for (const control of page.querySelectorAll('input, select, textarea')) {
      const field = known === undefined ? null : recogniseField(known, fieldProbe(page, control));
      if (field !== null) found.add(field.id);
      // Only a file input (refused on the kiosk) or another choice among radio buttons may be unknown.
      else expect(['file', 'radio'], control.getAttribute('id') ?? control.getAttribute('value') ?? '').toContain(control.getAttribute('type'));
    }
    expect([...found].sort()).toEqual((known?.fields ?? []).map((field) => field.id).sort());
  });
});

describe('the demo portal', () => {
  it('imitates every known page', () => {
    expect(new Set(Object.values(imitates))).toEqual(new Set(portalPageCatalog.pages.map((page) => page.id)));
  });
});

describe.each(supportedLanguages)('the %s texts', (language) => {
  it('name every known page and say what to do there, explain every field and every mistake, and nothing else', () => {
    const file = JSON.parse(readFileSync(new URL(`../../resources/guide/texts/${language}.json`, import.meta.url), 'utf8')) as { portalPages?: unknown };
    const section = v.safeParse(portalPagesTextsSchema, file.portalPages);
    expect(section.success).toBe(true);
    if (section.success) expect(portalPagesTextProblems(portalPageCatalog, section.output, language)).toEqual([]);
  });
});
