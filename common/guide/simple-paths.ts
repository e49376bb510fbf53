import type { GuideGraph } from './guide-schema.ts';
import { successors } from './validate-guide.ts';

/**
 * Every path from the start to the recap that visits no screen twice, depth first in the order of
 * each screen's answers (the tests, the e2e walks and the benchmarks take them from here).
 */
export function simplePaths(graph: GuideGraph): string[][] {
  const screens = new Map(graph.screens.map((screen) => [screen.id, screen]));
  const found: string[][] = [];
  const walk = (path: string[]): void => {
    const current = path[path.length - 1] ?? graph.start;
    if (current === graph.recap) {
      found.push(path);
      return;
    }
    const screen = screens.get(current);
    if (screen === undefined) return;
    for (const next of new Set(successors(screen))) if (!path.includes(next)) walk([...path, next]);
  };
  walk([graph.start]);
  return found;
}
