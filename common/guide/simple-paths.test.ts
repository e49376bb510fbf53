import { describe, expect, it } from 'vitest';
import { bundledGraph } from '../slip/test-support/guide-fixtures.ts';
import { simplePaths } from './simple-paths.ts';
import { GuideIndex } from './visitor-path.ts';

describe('simplePaths', () => {
  const index = new GuideIndex(bundledGraph);
  const paths = simplePaths(bundledGraph);

  it('finds the 204 paths of the bundled guide, each a walk from the start to the recap', () => {
    expect(paths).toHaveLength(204);
    for (const path of paths) {
      expect(path[0]).toBe(bundledGraph.start);
      expect(path[path.length - 1]).toBe(bundledGraph.recap);
      expect(new Set(path).size, path.join(' → ')).toBe(path.length);
      for (let i = 1; i < path.length; i += 1) expect(index.leadsTo(path[i - 1] ?? '', path[i] ?? ''), path.join(' → ')).toBe(true);
    }
  });

  it('lists each path once', () => {
    expect(new Set(paths.map((path) => path.join('>'))).size).toBe(paths.length);
  });
});
