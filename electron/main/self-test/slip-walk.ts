/** A walk through the guide to print a test slip from: the shortest one from the first screen to the recap. */
import type { GuideGraph } from '../../../common/guide/guide-schema.ts';
import { successors } from '../../../common/guide/validate-guide.ts';

/** The shortest walk from the guide's start to its recap (breadth-first), or undefined when there is none. */
export function shortestSlipWalk(graph: GuideGraph): string[] | undefined {
  const screens = new Map(graph.screens.map((screen) => [screen.id, screen]));
  const previous = new Map<string, string>();
  const queue = [graph.start];
  const seen = new Set(queue);
  for (let index = 0; index < queue.length; index += 1) {
    const id = queue[index] ?? '';
    if (id === graph.recap) break;
    const screen = screens.get(id);
    for (const next of screen === undefined ? [] : successors(screen)) {
      if (seen.has(next)) continue;
      seen.add(next);
      previous.set(next, id);
      queue.push(next);
    }
  }
  if (!seen.has(graph.recap)) return undefined;
  const walk = [graph.recap];
  for (let before = previous.get(graph.recap); before !== undefined; before = previous.get(before)) walk.unshift(before);
  return walk;
}
