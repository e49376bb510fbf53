import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GuideGraph } from '../../../common/guide/guide-schema.ts';
import { isValidSlipPath } from '../../../common/slip/slip-path.ts';
import { shortestSlipWalk } from './slip-walk.ts';

const graph = JSON.parse(readFileSync(new URL('../../../resources/guide/guide.json', import.meta.url), 'utf8')) as GuideGraph;

describe('the test slip’s walk', () => {
  it('is a walk of the bundled guide that the print path accepts', () => {
    const walk = shortestSlipWalk(graph);
    expect(walk?.[0]).toBe(graph.start);
    expect(isValidSlipPath(graph, walk ?? [])).toBe(true);
  });

  it('is undefined when the recap cannot be reached', () => {
    expect(shortestSlipWalk({ ...graph, recap: 'nowhere' })).toBeUndefined();
  });
});
