// Static checks of the demo portal's pages as they are served (assembled from `_template.html` and
// each page file): the SIMULATION band everywhere, nothing inline that a strict CSP would refuse,
// exactly one way out of the allow-list, every link leading somewhere, and each field marked up
// so that the on-screen keyboard gets the right layout.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assembleDemoPage, demoPageTemplateFile, isDemoPageFile } from '../../common/demo-portal/demo-page-assembly.ts';
import { classifyField } from '../../common/portal/field-kind.ts';

const dir = path.dirname(fileURLToPath(import.meta.url));
const pages = readdirSync(dir).filter((file) => isDemoPageFile(file) && file !== demoPageTemplateFile).sort();

/** Every page as the kiosk and the preview serve it: assembled from the template and its page file. */
const assembled = new Map<string, string>();
for (const page of pages) {
  const assembly = await assembleDemoPage(page, (file) => readFileSync(path.join(dir, file), 'utf8'));
  if (assembly.kind !== 'page') throw new Error(`${page} does not assemble: ${JSON.stringify(assembly)}`);
  assembled.set(page, assembly.html);
}
const read = (file: string): string => assembled.get(file) ?? '';

type Attributes = Readonly<Record<string, string>>;

function attributesOf(tag: string): Attributes {
  const attributes: Record<string, string> = {};
  for (const match of tag.matchAll(/\s([\w-]+)(?:="([^"]*)")?/g)) {
    const [, name, value] = match;
    if (name !== undefined) attributes[name.toLowerCase()] = value ?? '';
  }
  return attributes;
}

function tags(html: string, name: string): Attributes[] {
  return [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'gi'))].map((match) => attributesOf(match[0]));
}

describe('the demo portal pages', () => {
  it('has the pages of every simulated route', () => {
    for (const page of ['index.html', 'connexion.html', 'activation.html', 'code-sms.html', 'dates-naissance.html', 'activation-ok.html',
      'premiere-connexion.html', 'identifiant-oublie.html', 'mot-de-passe-oublie.html', 'franceconnect.html', 'ent.html', 'pronote.html',
      'state.html', 'effacement.html', 'justificatif.html', 'essai-activite.html']) {
      expect(pages).toContain(page);
    }
  });

  it.each(pages)('%s shows the SIMULATION band and is in French', (page) => {
    const html = read(page);
    expect(html).toMatch(/<div class="simulation-band"[^>]*>SIMULATION\b[^<]*<\/div>/);
    expect(html).toContain('<html lang="fr">');
  });

  it.each(pages)('%s has nothing inline that a strict CSP would refuse', (page) => {
    const html = read(page);
    for (const script of tags(html, 'script')) expect(script.src, 'every script has a src').toBeTruthy();
    expect(html).not.toMatch(/<script\b(?![^>]*\ssrc=)[^>]*>/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/javascript:/i);
  });

  it.each(pages)('%s links, scripts and next pages all exist', (page) => {
    const html = read(page);
    const local = [
      ...tags(html, 'a').map((a) => a.href ?? ''),
      ...tags(html, 'link').filter((link) => link.rel === 'stylesheet').map((link) => link.href ?? ''),
      ...tags(html, 'script').map((script) => script.src ?? ''),
      ...[...html.matchAll(/\sdata-next="([^"]*)"/g)].map((match) => match[1] ?? ''),
    ].filter((target) => !/^https?:/.test(target));
    for (const target of local) {
      expect(existsSync(path.join(dir, target.split(/[?#]/)[0] ?? '')), `${page} → ${target}`).toBe(true);
    }
  });

  it('has exactly one link outside the demo portal, to www.example.com', () => {
    const outside = pages.flatMap((page) => tags(read(page), 'a').map((a) => a.href ?? '').filter((href) => /^[a-z]+:/i.test(href)));
    expect(outside).toEqual(['https://www.example.com/']);
  });

  it('seeds the four stores on every page but the state and end-of-visit pages', () => {
    for (const page of pages) {
      const seeds = tags(read(page), 'script').some((script) => script.src === 'seed-stores.js');
      expect(seeds, page).toBe(page !== 'state.html' && page !== 'effacement.html');
    }
  });

  it.each(pages)('%s labels every field and points aria-describedby at existing elements', (page) => {
    const html = read(page);
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
    const labelled = new Set(tags(html, 'label').map((label) => label.for));
    for (const input of tags(html, 'input')) {
      if (input.type === 'radio') continue;
      expect(labelled.has(input.id), `${page}: a label for #${input.id ?? '?'}`).toBe(true);
    }
    for (const element of [...tags(html, 'input'), ...tags(html, 'fieldset')]) {
      for (const id of (element['aria-describedby'] ?? '').split(/\s+/).filter(Boolean)) expect(ids.has(id), `${page}: #${id}`).toBe(true);
    }
  });

  it('marks every field up for the right on-screen keyboard', () => {
    const expectations: readonly [RegExp, string | null][] = [
      [/^mobile$/, 'tel'],
      [/^code$/, 'numeric'],
      // EduConnect's birth-date parts are plain text inputs: their ids give the digit pad.
      [/^(jour|mois|annee)(-\d)?$/, 'numeric'],
      [/^mail$/, 'email'],
      [/^(mot-de-passe|fc-mot-de-passe|nouveau|confirmation)$/, 'password'],
      [/^(identifiant|fc-identifiant|nom|prenom)$/, 'text'],
      // The document to send: no keyboard (and on the kiosk, no file chooser either).
      [/^justificatif-fichier$/, null],
    ];
    const checked = new Set<string>();
    for (const page of pages) {
      for (const input of tags(read(page), 'input')) {
        if (input.type === 'radio') continue;
        const id = input.id ?? '';
        const expected = expectations.find(([pattern]) => pattern.test(id))?.[1];
        expect(expected, `${page}: no expectation for #${id}`).toBeDefined();
        const kind = classifyField({ tagName: 'INPUT', type: input.type, inputMode: input.inputmode, autocomplete: input.autocomplete, id: input.id, pattern: input.pattern });
        expect(kind, `${page} #${id}`).toBe(expected);
        checked.add(id);
      }
    }
    expect(checked.size).toBeGreaterThan(10);
  });

  it('uses the real EduConnect labels the school tutorial quotes', () => {
    const all = pages.map(read).join('\n');
    for (const label of ['Représentant légal', 'Responsable légal', 'Élève', 'Elève ou parent', "Je n'ai pas de compte", 'Identifiant oublié', 'Mot de passe oublié',
      "S'identifier avec FranceConnect", 'Je confirme mon identité', 'N° de téléphone portable', 'Précédent', 'Suivant', 'Par SMS',
      'Par mail', 'Votre compte est activé', 'Code reçu par SMS (simulation) : <strong>123456</strong>']) {
      expect(all).toContain(label);
    }
  });

  it("carries the real EduConnect pages' known markers, on the pages that imitate them", () => {
    const markers: Readonly<Record<string, readonly RegExp[]>> = {
      'index.html': [/\sid="bouton_responsable"[^>]*class="[^"]*choixProfil__btn/, /\sid="bouton_eleve"[^>]*class="[^"]*choixProfil__btn/],
      'connexion.html': [/<div id="div_connexion">/, /<form id="validerAuth"/, /name="j_username"/, /name="j_password"/, /<button id="bouton_valider"/],
      'dates-naissance.html': [/<form id="theForm"/, /<fieldset id="dateNaissance"/, /<input id="jour"/, /<input id="mois"/, /<input id="annee"/, /<button id="submit-button"/, /id="bouton_precedent"/],
    };
    for (const [page, patterns] of Object.entries(markers)) for (const pattern of patterns) expect(read(page), `${page} ${String(pattern)}`).toMatch(pattern);
  });
});
