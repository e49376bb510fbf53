import { describe, expect, it } from 'vitest';
import { collectFigures, formatSelfTestSummary, selfTestExitCode, summarizeChecks, type SelfTestCheckResult, type SelfTestReport } from './self-test-report.ts';

const result = (id: string, verdict: SelfTestCheckResult['verdict'], reason: string, figures?: Record<string, number>): SelfTestCheckResult => ({
  id,
  title: `Titre ${id}`,
  description: 'description',
  verdict,
  reason,
  ms: 10,
  ...(figures === undefined ? {} : { figures }),
});

function report(checks: SelfTestCheckResult[]): SelfTestReport {
  return {
    startedAt: '2025-09-02T08:00:00.000Z',
    finishedAt: '2025-09-02T08:05:00.000Z',
    version: '0.1.0',
    platform: 'linux',
    packaged: false,
    electronVersion: '45.5.0',
    checks,
    summary: summarizeChecks(checks),
    figures: collectFigures(checks),
  };
}

describe('the self-test report', () => {
  it('counts the verdicts and collects the figures under their check’s id', () => {
    const checks = [result('a', 'passed', 'ok', { ms: 3 }), result('b', 'failed', 'non'), result('c', 'skipped', 'non empaqueté', { n: 1 })];
    expect(summarizeChecks(checks)).toEqual({ passed: 1, failed: 1, skipped: 1 });
    expect(collectFigures(checks)).toEqual({ 'a.ms': 3, 'c.n': 1 });
  });

  it('exits 0 only when nothing failed and at least one check passed', () => {
    expect(selfTestExitCode(report([result('a', 'passed', 'ok'), result('c', 'skipped', 'x')]))).toBe(0);
    expect(selfTestExitCode(report([result('a', 'passed', 'ok'), result('b', 'failed', 'non')]))).toBe(1);
    expect(selfTestExitCode(report([result('c', 'skipped', 'x')]))).toBe(1);
    expect(selfTestExitCode(report([]))).toBe(1);
  });

  it('prints one line per check, then what to do', () => {
    expect(formatSelfTestSummary(report([result('a', 'passed', 'tout va bien'), result('c', 'skipped', 'non empaqueté')]))).toBe(
      '✔ Titre a — tout va bien\n– Titre c — non empaqueté\n\nTout est en ordre (1 réussie, 1 non vérifiée).\n',
    );
    expect(formatSelfTestSummary(report([result('a', 'failed', 'non'), result('b', 'failed', 'non')]))).toContain(
      '2 vérifications en échec\u202F: envoyez le fichier self-test-report.json au support.',
    );
    expect(formatSelfTestSummary(report([result('c', 'skipped', 'x')]))).toContain('Aucune vérification n’a pu être faite');
  });
});
