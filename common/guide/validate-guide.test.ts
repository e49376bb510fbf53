import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GuideGraph, GuideTexts } from './guide-schema.ts';
import { chooseGuide } from './load-guide.ts';
import { graphProblems, successors, textProblems, validateGuide } from './validate-guide.ts';

const graphText = readFileSync(new URL('../../resources/guide/guide.json', import.meta.url), 'utf8');
const textsText = readFileSync(new URL('../../resources/guide/texts/fr.json', import.meta.url), 'utf8');
const graph = JSON.parse(graphText) as GuideGraph;
const texts = JSON.parse(textsText) as GuideTexts;

const mutableGraph = (): GuideGraph => structuredClone(graph);
const mutableTexts = (): GuideTexts => structuredClone(texts);

describe('the bundled guide', () => {
  it('passes every check', () => {
    const result = validateGuide(graph, texts);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('reaches every screen from the start and the recap from every screen', () => {
    expect(graphProblems(graph)).toEqual([]);
  });

  it('has one question per screen with 2 to 4 answers', () => {
    for (const screen of graph.screens.filter((s) => s.kind === 'question')) {
      expect(screen.answers?.length, screen.id).toBeGreaterThanOrEqual(2);
      expect(screen.answers?.length, screen.id).toBeLessThanOrEqual(4);
    }
  });

  it('leaves no dead end: every screen but the recap leads somewhere', () => {
    for (const screen of graph.screens.filter((s) => s.kind !== 'recap')) {
      expect(successors(screen).length, screen.id).toBeGreaterThan(0);
    }
  });

  it('writes no contact or address inside the texts (they come from the configuration)', () => {
    expect(textsText).not.toMatch(/@|https?:|ac-lyon|auvergne|index-education|0690026/i);
  });
});

describe('checking a guide', () => {
  it('refuses a dangling answer, naming the screen', () => {
    const broken = mutableGraph();
    broken.screens[0]?.answers?.push({ id: 'lost', next: 'nowhere' });
    expect(graphProblems(broken)).toContainEqual({
      screen: 'who',
      message: 'Écran « who » : la réponse « lost » mène à « nowhere », qui n’existe pas.',
    });
  });

  it('refuses an unreachable screen and a screen that never reaches the recap', () => {
    const broken = mutableGraph();
    broken.screens.push({ id: 'island', kind: 'information', answers: [{ id: 'loop', next: 'island' }] });
    const problems = graphProblems(broken).map((p) => p.message);
    expect(problems).toContain('Écran « island » : inaccessible depuis le départ.');
    expect(problems).toContain('Écran « island » : ne mène jamais au récapitulatif.');
  });

  it('refuses a dead end', () => {
    const broken = mutableGraph();
    const success = broken.screens.find((s) => s.id === 'success');
    if (success !== undefined) delete success.answers;
    expect(graphProblems(broken).map((p) => p.message)).toContain('Écran « success » : impasse, aucune réponse ne permet de continuer.');
  });

  it('refuses a question with a single answer', () => {
    const broken = mutableGraph();
    const who = broken.screens.find((s) => s.id === 'who');
    if (who !== undefined) who.answers = who.answers?.slice(0, 1);
    expect(graphProblems(broken).map((p) => p.screen)).toContain('who');
  });

  it('refuses a missing text, naming the screen', () => {
    const broken = mutableTexts();
    delete broken.screens['route-sms']?.steps?.code;
    expect(textProblems(graph, broken)).toContainEqual({
      screen: 'route-sms',
      message: 'Écran « route-sms » (fr) : texte manquant pour l’étape « code ».',
    });
  });

  it('refuses an unused text', () => {
    const broken = mutableTexts();
    broken.recapItems.orphan = 'Texte sans écran.';
    expect(textProblems(graph, broken).map((p) => p.message)).toContain(
      'Textes (fr) : l’élément du récapitulatif « orphan » n’est utilisé par aucun écran.',
    );
  });

  it('refuses an unknown placeholder, naming the screen', () => {
    const broken = mutableTexts();
    const screen = broken.screens['trouble-step2'];
    if (screen !== undefined) screen.body = 'Écrivez à {secretariatFax}.';
    expect(textProblems(graph, broken)).toContainEqual({
      screen: 'trouble-step2',
      message: 'Écran « trouble-step2 » (fr) : espace réservé inconnu « {secretariatFax} ».',
    });
  });

  it('refuses a missing interface word', () => {
    const broken = mutableTexts();
    delete broken.ui.back;
    expect(textProblems(graph, broken).map((p) => p.message)).toContain('Textes (fr) : mot d’interface manquant « back ».');
  });
});

describe('choosing the guide', () => {
  const bundled = { graph, texts };

  it('uses the edited files when they pass every check', () => {
    const snapshot = chooseGuide({ kind: 'read', graph: graphText, texts: textsText }, bundled);
    expect(snapshot.source).toBe('resources');
    expect(snapshot.problems).toEqual([]);
  });

  it('falls back to the bundled guide and reports the problems when an edited file is broken', () => {
    const broken = mutableGraph();
    broken.screens[0]?.answers?.push({ id: 'lost', next: 'nowhere' });
    const snapshot = chooseGuide({ kind: 'read', graph: JSON.stringify(broken), texts: textsText }, bundled);
    expect(snapshot.source).toBe('bundled');
    expect(snapshot.graph).toEqual(graph);
    expect(snapshot.problems.map((p) => p.screen)).toContain('who');
  });

  it('falls back when a file is not JSON or unreadable', () => {
    expect(chooseGuide({ kind: 'read', graph: '{', texts: textsText }, bundled).problems).toEqual([
      { message: 'guide.json n’est pas un fichier JSON valide.' },
    ]);
    expect(chooseGuide({ kind: 'unreadable' }, bundled).source).toBe('bundled');
  });
});
