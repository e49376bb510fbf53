import { describe, expect, it } from 'vitest';
import { reportConclusion, reportCounts, reportDate, verdictLabel } from './self-test-view.ts';

describe('the self-test report on the staff screen', () => {
  it('names the verdicts in French', () => {
    expect(['passed', 'failed', 'skipped'].map((verdict) => verdictLabel(verdict as 'passed'))).toEqual(['réussi', 'en échec', 'non vérifié']);
  });

  it('gives the date in French, and the counts', () => {
    expect(reportDate({ finishedAt: '2025-09-02T08:05:00.000Z' }, 'Europe/Paris')).toBe('2 septembre 2025 à 10:05');
    expect(reportDate({ finishedAt: 'garbage' })).toBe('date inconnue');
    expect(reportCounts({ summary: { passed: 18, failed: 1, skipped: 1 } })).toBe('18 réussies, 1 en échec, 1 non vérifiée');
  });

  it('says what to do', () => {
    expect(reportConclusion({ summary: { passed: 18, failed: 0, skipped: 2 }, platform: 'win32' })).toBe('Tout est en ordre.');
    expect(reportConclusion({ summary: { passed: 17, failed: 1, skipped: 2 }, platform: 'win32' })).toContain('envoyez le fichier self-test-report.json');
    expect(reportConclusion({ summary: { passed: 0, failed: 0, skipped: 20 }, platform: 'browser' })).toContain('Aperçu dans le navigateur');
  });
});
