import { describe, expect, it } from 'vitest';
import { selfTestCatalog, selfTestCheckIds, selfTestCheckInfo } from './self-test-catalog.ts';

describe('the self-test catalogue', () => {
  it('has unique ids, and a French title and description for each', () => {
    expect(new Set(selfTestCheckIds).size).toBe(selfTestCatalog.length);
    for (const check of selfTestCatalog) {
      expect(check.title.length).toBeGreaterThan(3);
      expect(check.description.length).toBeGreaterThan(40);
      expect(check.description).not.toMatch(/\bthe\b|\bcheck\b/i);
    }
  });

  it('gives a check’s information by id, and refuses an unknown one', () => {
    expect(selfTestCheckInfo('fuses')).toMatchObject({ id: 'fuses', title: 'Verrous de l’exécutable' });
    expect(() => selfTestCheckInfo('nope' as 'fuses')).toThrow('Unknown self-test check');
  });
});
