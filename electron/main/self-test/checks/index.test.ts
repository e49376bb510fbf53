import { describe, expect, it } from 'vitest';
import { selfTestCatalog } from '../../../../common/self-test/self-test-catalog.ts';
import { selfTestChecks } from './index.ts';

describe('the self-test checks', () => {
  it('are the catalogue’s, in its order, with its titles', () => {
    expect(selfTestChecks.map((check) => check.id)).toEqual(selfTestCatalog.map((check) => check.id));
    expect(selfTestChecks.map((check) => check.title)).toEqual(selfTestCatalog.map((check) => check.title));
  });

  it('each have a time box, and together fit in a quarter of an hour', () => {
    for (const check of selfTestChecks) expect(check.timeoutMs).toBeGreaterThan(0);
    expect(selfTestChecks.reduce((sum, check) => sum + check.timeoutMs, 0)).toBeLessThanOrEqual(40 * 60_000);
  });
});
