import { describe, expect, it } from 'vitest';
import { isValidSlipPath, maxSlipPathLength } from './slip-path.ts';
import { bundledGraph, simplePaths } from './test-support/guide-fixtures.ts';

describe('isValidSlipPath', () => {
  it('accepts every walk of the guide from the start to the recap', () => {
    for (const path of simplePaths()) expect(isValidSlipPath(bundledGraph, path), path.join(' → ')).toBe(true);
  });

  it('accepts a walk that comes back to a screen (a second route after trouble)', () => {
    const retried = ['who', 'has-account', 'activation-choice', 'route-sms', 'portal-sms', 'result-sms', 'trouble-step1', 'route-sms', 'portal-sms', 'result-sms', 'success', 'recap'];
    expect(isValidSlipPath(bundledGraph, retried)).toBe(true);
  });

  it('accepts the path so far of a visit ended from the portal (« Imprimer et terminer »)', () => {
    expect(isValidSlipPath(bundledGraph, ['who', 'has-account', 'activation-choice', 'route-sms', 'portal-sms'])).toBe(true);
  });

  it.each([
    ['ending on a steps screen', ['who', 'has-account', 'activation-choice', 'route-sms']],
    ['empty', []],
    ['not from the start', ['has-account', 'activation-choice', 'route-letter', 'letter-missing', 'recap']],
    ['not to the recap', ['who', 'cpge-not-concerned']],
    ['skipping a screen', ['who', 'activation-choice', 'route-letter', 'letter-missing', 'recap']],
    ['through an unknown screen', ['who', 'nowhere', 'recap']],
    ['too long', ['who', ...Array.from({ length: maxSlipPathLength }, () => 'has-account'), 'recap']],
  ])('refuses a path %s', (_name, path) => {
    expect(isValidSlipPath(bundledGraph, path)).toBe(false);
  });
});
