import { describe, expect, it } from 'vitest';
import { bundledGraph, frenchTexts } from '../../common/slip/test-support/guide-fixtures.ts';
import { screenLabel } from './staff-labels.ts';

describe('the names of screens on the staff screen', () => {
  it('names every screen of the guide without its id, and no two screens alike', () => {
    const labels = bundledGraph.screens.map((screen) => screenLabel(frenchTexts, bundledGraph, screen.id));
    for (const [index, screen] of bundledGraph.screens.entries()) expect(labels[index], screen.id).not.toContain(screen.id);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('names a portal screen by its route, and a shared title by its route', () => {
    expect(screenLabel(frenchTexts, bundledGraph, 'portal-letter')).toBe('Dans le portail — Activation avec les identifiants du lycée');
    expect(screenLabel(frenchTexts, bundledGraph, 'result-sms')).toBe('Avez-vous réussi\u202F? — Activation par SMS');
    expect(screenLabel(frenchTexts, bundledGraph, 'trouble-step1')).toBe('Cela n’a pas marché\u202F: première vérification');
  });

  it('says so for a screen the guide no longer has (an older statistic)', () => {
    expect(screenLabel(frenchTexts, bundledGraph, 'route2-sms')).toBe('écran qui n’existe plus dans le guide');
  });
});
