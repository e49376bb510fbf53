import type { GuideGraph } from '../guide/guide-schema.ts';
import { successors } from '../guide/validate-guide.ts';

/** The longest path a print request may carry (a visit with every detour is far shorter). */
export const maxSlipPathLength = 200;

/**
 * True when `path` is a walk the guide allows: it starts at the first screen, each screen leads
 * to the next one, and it ends at the recap, or at a portal screen (« Imprimer et terminer »: a
 * visit ended from the portal prints the path so far). The main process checks every print
 * request with it before building a slip, so a slip can only ever describe a real walk through
 * the guide.
 */
export function isValidSlipPath(graph: GuideGraph, path: readonly string[]): boolean {
  if (path.length === 0 || path.length > maxSlipPathLength) return false;
  const screens = new Map(graph.screens.map((screen) => [screen.id, screen]));
  const last = path[path.length - 1] ?? '';
  if (path[0] !== graph.start || (last !== graph.recap && screens.get(last)?.kind !== 'portal')) return false;
  for (let index = 1; index < path.length; index += 1) {
    const from = screens.get(path[index - 1] ?? '');
    if (from === undefined || !successors(from).includes(path[index] ?? '')) return false;
  }
  return true;
}
