import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { successors } from '../guide/validate-guide.ts';
import { buildSlip, type SlipInput } from './slip-model.ts';
import { successAnswerId } from './slip-routes.ts';
import type { SlipModel, SlipText } from './slip-types.ts';
import { bundledConfig, bundledGraph, fixedDate, frenchTexts, pseudoTranslation, simplePaths } from './test-support/guide-fixtures.ts';

const base: Omit<SlipInput, 'path'> = {
  graph: bundledGraph,
  texts: frenchTexts,
  frenchTexts,
  config: bundledConfig,
  formatDate: fixedDate,
};

const slip = (path: readonly string[], overrides: Partial<SlipInput> = {}): SlipModel => buildSlip({ ...base, path, ...overrides });
const plain = (text: SlipText | undefined): string => (text?.parts ?? []).map((part) => part.text).join('');
const frenchOf = (text: SlipText | undefined): string => (text?.french ?? []).map((part) => part.text).join('');

const smsSuccess = ['who', 'has-account', 'activation-choice', 'route-sms', 'portal-sms', 'result-sms', 'success', 'recap'];
const twoRoutesThenTrouble = [
  'who', 'has-account', 'activation-choice', 'route-sms', 'portal-sms', 'result-sms', 'trouble-step1',
  'route-franceconnect', 'portal-franceconnect', 'result-franceconnect', 'trouble-step1', 'trouble-step2', 'recap',
];

describe('buildSlip for a visit ended from the portal (« Imprimer et terminer »)', () => {
  it('names the route, leaves the identifiant line, and tells how to recover a forgotten login', () => {
    const model = slip(['who', 'has-account', 'activation-choice', 'route-sms', 'portal-sms']);
    expect(model.routes.map((route) => route.id)).toEqual(['sms']);
    expect(model.identifierLine).toBeDefined();
    expect(model.nextSteps.map((step) => step.id)).toEqual(['recover-online']);
  });

  it('points to the ENT from the ENT portal', () => {
    expect(slip(['who', 'has-account', 'ent-access', 'portal-ent']).nextSteps.map((step) => step.id)).toEqual(['open-ent']);
  });
});

describe('buildSlip over every path of the guide', () => {
  const paths = simplePaths();

  it('finds the paths to check', () => {
    expect(paths.length).toBeGreaterThan(50);
  });

  it('gives every path the secretariat contact, at least one next step, and the three QR codes', () => {
    for (const path of paths) {
      const model = slip(path);
      const where = path.join(' → ');
      expect(model.secretariat, where).toEqual({
        label: { parts: [{ kind: 'text', text: 'Vérifier vos informations' }] },
        name: bundledConfig.contacts.secretariat.name,
        email: bundledConfig.contacts.secretariat.email,
        lines: [],
      });
      expect(model.nextSteps.length, where).toBeGreaterThan(0);
      expect(model.qrCodes.map((code) => code.kind), where).toEqual(['educonnect', 'ent', 'mail']);
      expect(model.missingConfiguration, where).toEqual([]);
    }
  });

  it('lists the next steps of the screens on the path, each once, in path order', () => {
    for (const path of paths) {
      const expected: string[] = [];
      for (const id of path) for (const item of bundledGraph.screens.find((s) => s.id === id)?.recap ?? []) if (!expected.includes(item)) expected.push(item);
      expect(slip(path).nextSteps.map((step) => step.id)).toEqual(expected);
    }
  });

  it('fills every placeholder of the next steps from the configuration', () => {
    for (const path of paths) {
      for (const step of slip(path).nextSteps) expect(plain(step.text)).not.toMatch(/\{[A-Za-z]+\}/);
    }
  });
});

describe('routes and outcome', () => {
  it('reads a route followed by "success" as a success', () => {
    const model = slip(smsSuccess);
    expect(model.routes.map((route) => [route.id, route.outcome])).toEqual([['sms', 'success']]);
    expect(plain(model.routes[0]?.name)).toBe('Activation par SMS');
    expect(plain(model.routes[0]?.outcomeText)).toBe('Résultat\u202F: compte activé.');
  });

  it('reads a route followed by a trouble screen as a failure, each route once in the order tried', () => {
    const model = slip(twoRoutesThenTrouble);
    expect(model.routes.map((route) => [route.id, route.outcome])).toEqual([
      ['sms', 'failure'],
      ['franceconnect', 'failure'],
    ]);
    expect(plain(model.routes[1]?.outcomeText)).toBe('Résultat\u202F: pas encore réussi.');
  });

  it('keeps the latest outcome of a route tried twice', () => {
    const retried = ['who', 'has-account', 'activation-choice', 'route-sms', 'portal-sms', 'result-sms', 'trouble-step1', 'route-sms', 'portal-sms', 'result-sms', 'success', 'recap'];
    expect(slip(retried).routes.map((route) => [route.id, route.outcome])).toEqual([['sms', 'success']]);
  });

  it('names a route entered without an answered result, with no outcome line', () => {
    const model = slip(['who', 'has-account', 'activation-choice', 'route-letter', 'letter-missing', 'recap']);
    expect(model.routes).toEqual([{ id: 'letter', name: { parts: [{ kind: 'text', text: 'Activation avec les identifiants du lycée' }] } }]);
  });

  it('has no route for a path that enters none', () => {
    expect(slip(['who', 'cpge-not-concerned', 'recap']).routes).toEqual([]);
  });

  it('relies on a guide convention that holds: on each route’s result question, "yes" is the one way to success', () => {
    for (const [route, ids] of Object.entries(bundledGraph.routes)) {
      const result = bundledGraph.screens.find((screen) => screen.id === ids[ids.length - 1]);
      expect(result?.kind, route).toBe('question');
      const answers = result?.answers ?? [];
      expect(answers.filter((answer) => answer.id === successAnswerId), route).toHaveLength(1);
      for (const answer of answers) {
        if (answer.next === 'success') expect(answer.id, route).toBe(successAnswerId);
        if (answer.next.startsWith('trouble-')) expect(answer.id, route).not.toBe(successAnswerId);
      }
    }
  });
});

describe('contacts and addresses', () => {
  it('names the référent through the ENT messaging', () => {
    expect(slip(smsSuccess).referent).toEqual({
      label: { parts: [{ kind: 'text', text: 'Lien Pronote inactif' }] },
      recipient: 'Correspondant ENT',
      directoryName: 'JUNIER Admin',
    });
  });

  it('points the QR codes at the portal, the ENT and a mailto to the secretariat', () => {
    const codes = slip(smsSuccess).qrCodes;
    expect(codes.map((code) => [code.kind, code.display])).toEqual([
      ['educonnect', 'educonnect.education.gouv.fr'],
      ['ent', 'ent.auvergnerhonealpes.fr'],
      ['mail', 'secretariat-2c.0690026d@ac-lyon.fr'],
    ]);
    expect(codes[0]?.target).toBe(bundledConfig.addresses.educonnect);
    expect(codes[1]?.target).toBe(bundledConfig.addresses.entLogin);
    expect(codes[2]?.target).toMatch(/^mailto:secretariat-2c\.0690026d@ac-lyon\.fr\?subject=/);
  });

  it('writes the date in the visitor’s language', () => {
    expect(plain(slip(smsSuccess).date)).toBe('Le 3/9/2025@fr');
  });
});

describe('the secretariat’s optional contact lines', () => {
  const withContacts = (secretariat: Record<string, string | undefined>) => ({
    ...bundledConfig,
    contacts: { ...bundledConfig.contacts, secretariat: { ...bundledConfig.contacts.secretariat, ...secretariat } },
  });

  it('are left out when the school sets none (the bundled file invents none)', () => {
    expect(slip(smsSuccess).secretariat.lines).toEqual([]);
  });

  it('give the telephone, place and opening hours the school set, each with its label, in that order', () => {
    const config = withContacts({ hours: 'du lundi au vendredi, de 8 h à 12 h', phone: '04 78 52 15 21', place: 'Bâtiment A, rez-de-chaussée' });
    expect(slip(smsSuccess, { config }).secretariat.lines.map((line) => [line.kind, plain(line.label), line.value])).toEqual([
      ['phone', 'Téléphone\u202F:', '04 78 52 15 21'],
      ['place', 'Lieu\u202F:', 'Bâtiment A, rez-de-chaussée'],
      ['hours', 'Horaires\u202F:', 'du lundi au vendredi, de 8 h à 12 h'],
    ]);
  });

  it('skip a line the school left empty, and show the others', () => {
    const config = withContacts({ phone: '', place: 'Bâtiment A, rez-de-chaussée', hours: '   ' });
    expect(slip(smsSuccess, { config }).secretariat.lines.map((line) => line.kind)).toEqual(['place']);
  });
});

describe('the identifiant line', () => {
  it('is a label only, for the parent to write on, on the slip of a visit that took a route', () => {
    const model = slip(smsSuccess);
    expect(model.identifierLine).toEqual({ parts: [{ kind: 'text', text: 'Identifiant\u202F:' }] });
  });

  it('keeps EduConnect’s French word next to a translation', () => {
    const model = slip(smsSuccess, { texts: pseudoTranslation('ar', 'rtl') });
    expect(plain(model.identifierLine)).toBe('[ar] Identifiant\u202F:');
    expect(frenchOf(model.identifierLine)).toBe('Identifiant\u202F:');
  });

  it('is not on the slip of a visit that took no route (a student, a CPGE parent)', () => {
    expect(slip(['who', 'cpge-not-concerned', 'recap'])).not.toHaveProperty('identifierLine');
    expect(slip(['who', 'student-not-here', 'recap'])).not.toHaveProperty('identifierLine');
  });
});

describe('a configuration without a secretariat e-mail', () => {
  for (const email of [undefined, '', '   ']) {
    it(`still yields a slip, without the mail QR code, and flags the field for staff (${JSON.stringify(email)})`, () => {
      const config = { ...bundledConfig, contacts: { ...bundledConfig.contacts, secretariat: { name: 'Secrétariat second cycle', email } } };
      const model = slip(twoRoutesThenTrouble, { config });
      expect(model.missingConfiguration).toEqual(['contacts.secretariat.email']);
      expect(model.secretariat).not.toHaveProperty('email');
      expect(model.qrCodes.map((code) => code.kind)).toEqual(['educonnect', 'ent']);
      const ask = plain(model.nextSteps.find((step) => step.id === 'ask-secretariat-check')?.text);
      expect(ask).toBe('Pour faire vérifier vos nom, prénom, numéro de portable et adresse e-mail, écrivez au secrétariat (Secrétariat second cycle).');
    });
  }
});

describe('another language', () => {
  const english = pseudoTranslation('en', 'ltr');
  const arabic = pseudoTranslation('ar', 'rtl');

  it('keeps the French wording next to each translated text', () => {
    const model = slip(twoRoutesThenTrouble, { texts: english });
    expect(model.language).toBe('en');
    expect(plain(model.routes[0]?.name)).toBe('[en] Activation par SMS');
    expect(frenchOf(model.routes[0]?.name)).toBe('Activation par SMS');
    expect(plain(model.nextSteps[0]?.text)).toMatch(/^\[en\] /);
    expect(frenchOf(model.nextSteps[0]?.text)).toBe(plain(slip(twoRoutesThenTrouble).nextSteps[0]?.text));
    expect(plain(model.routes[0]?.outcomeText)).toBe('[en] Résultat\u202F: pas encore réussi.');
    expect(frenchOf(model.routes[0]?.outcomeText)).toBe('Résultat\u202F: pas encore réussi.');
  });

  it('writes headings, labels and the date in the visitor’s language only', () => {
    const model = slip(twoRoutesThenTrouble, { texts: english });
    expect(plain(model.date)).toBe('[en] Le 3/9/2025@en');
    for (const text of [model.title, model.date, model.routesHeading, model.nextStepsHeading, model.contactsHeading, model.secretariat.label, model.privacyNote, ...model.qrCodes.map((code) => code.caption)]) {
      expect(text.french).toBeUndefined();
    }
  });

  it('carries the writing direction, and keeps the mailto in French', () => {
    const model = slip(twoRoutesThenTrouble, { texts: arabic });
    expect(model.direction).toBe('rtl');
    expect(model.qrCodes[2]?.target).toBe(slip(twoRoutesThenTrouble).qrCodes[2]?.target);
  });

  it('has no French duplicate in French', () => {
    const json = JSON.stringify(slip(twoRoutesThenTrouble));
    expect(json).not.toContain('"french"');
  });
});

describe('privacy: the slip depends on the path, the configuration and the language only', () => {
  const byId = new Map(bundledGraph.screens.map((screen) => [screen.id, screen]));

  /** A random walk through the guide from the start, ending at the recap when it gets there. */
  const walk = fc.array(fc.nat(), { minLength: 1, maxLength: 40 }).map((choices) => {
    const path = [bundledGraph.start];
    for (const choice of choices) {
      const current = byId.get(path[path.length - 1] ?? '');
      const next = current === undefined ? [] : successors(current);
      if (next.length === 0) break;
      path.push(next[choice % next.length] ?? bundledGraph.recap);
    }
    return path;
  });

  /** What a visitor might type on the portal (names, numbers, e-mails), marked to be found. */
  const typed = fc.record({
    nom: fc.string({ minLength: 1 }),
    prenom: fc.string({ minLength: 1 }),
    mobile: fc.stringMatching(/^0[67]\d{8}$/),
    email: fc.emailAddress(),
  }).map((values) => Object.fromEntries(Object.entries(values).map(([key, value]) => [key, `TYPED§${value}§`])));

  it('builds the same slip with or without anything else alongside its inputs, and no typed value reaches it', () => {
    fc.assert(
      fc.property(walk, typed, fc.constantFrom(frenchTexts, pseudoTranslation('en', 'ltr')), (path, visitorInput, texts) => {
        const input: SlipInput = { ...base, texts, path };
        const smuggled = { ...input, ...visitorInput, typed: visitorInput, portalFields: Object.values(visitorInput) } as SlipInput;
        const model = buildSlip(smuggled);
        expect(model).toEqual(buildSlip(input));
        expect(JSON.stringify(model)).not.toContain('TYPED§');
      }),
      { numRuns: 200 },
    );
  });

  it('takes every string it shows from the guide texts, the configuration or the date', () => {
    const allowed = [
      ...Object.values(frenchTexts.ui),
      ...Object.values(frenchTexts.routes),
      ...Object.values(frenchTexts.recapItems),
      JSON.stringify(bundledConfig),
      fixedDate('fr'),
    ].join('\n');
    fc.assert(
      fc.property(walk, (path) => {
        const model = slip(path);
        const texts = [model.title, model.date, model.routesHeading, model.nextStepsHeading, model.contactsHeading, model.privacyNote,
          ...model.routes.flatMap((route) => [route.name, ...(route.outcomeText === undefined ? [] : [route.outcomeText])]),
          ...model.nextSteps.map((step) => step.text), ...model.qrCodes.map((code) => code.caption)];
        for (const part of texts.flatMap((text) => text.parts)) expect(allowed).toContain(part.text);
      }),
      { numRuns: 100 },
    );
  });

  it('has no field for visitor input: its keys are the slip’s own', () => {
    expect(Object.keys(slip(smsSuccess)).sort()).toEqual([
      'contactsHeading', 'date', 'direction', 'identifierLine', 'language', 'missingConfiguration', 'nextSteps', 'nextStepsHeading',
      'privacyNote', 'qrCodes', 'referent', 'routes', 'routesHeading', 'school', 'secretariat', 'title',
    ]);
  });
});
