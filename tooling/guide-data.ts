import { readFileSync } from 'node:fs';
import { parseSchoolConfig } from '../common/config/school-config.ts';
import type { GuideGraph, GuideTexts } from '../common/guide/guide-schema.ts';
import { fillPlain, placeholderValues } from '../common/guide/placeholders.ts';
import { simplePaths } from '../common/guide/simple-paths.ts';
import { successors } from '../common/guide/validate-guide.ts';
import { GuideIndex } from '../common/guide/visitor-path.ts';
import type { PathNode } from './path-trie.ts';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../resources/${path}`, import.meta.url), 'utf8'));

/** The bundled guide graph. */
export const graph = read('guide/guide.json') as GuideGraph;
/** The French texts. */
export const frenchTexts = read('guide/texts/fr.json') as GuideTexts;
/** The guide index. */
export const guideIndex = new GuideIndex(graph);

const config = parseSchoolConfig(readFileSync(new URL('../resources/school/lycee-du-parc.json', import.meta.url), 'utf8'));
if (!config.ok) throw new Error('bundled configuration invalid');
/** The bundled school configuration (Lycée du Parc). */
export const bundledConfig = config.config;
/** The placeholder values of the bundled configuration. */
export const values = placeholderValues(config.config);

/** A screen's title as the visitor reads it. */
export function titleOf(screenId: string, texts: GuideTexts = frenchTexts): string {
  return fillPlain(texts.screens[screenId]?.title ?? screenId, values);
}

/** Every path from the start to the recap that visits no screen twice, generated from the graph. */
export function allSimplePaths(): string[][] {
  return simplePaths(graph);
}

/**
 * A small set of paths that together take every transition of the graph at least once:
 * for each edge, the shortest path from the start through it to the recap.
 */
export function edgeCoveringPaths(): string[][] {
  const all = allSimplePaths().sort((a, b) => a.length - b.length);
  const covered = new Set<string>();
  const chosen: string[][] = [];
  for (const path of all) {
    const edges = path.slice(1).map((to, i) => `${path[i] ?? ''}→${to}`);
    if (edges.some((edge) => !covered.has(edge))) {
      chosen.push(path);
      for (const edge of edges) covered.add(edge);
    }
  }
  return chosen;
}

/**
 * A tree that reaches every screen once by its shortest path from the start (breadth first):
 * walked depth first with "Retour", it shows every screen with about two taps per screen.
 */
export function shortestPathTree(): PathNode {
  const nodes = new Map<string, PathNode>([[graph.start, { id: graph.start, children: new Map(), end: graph.start === graph.recap }]]);
  const queue = [graph.start];
  for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
    const parent = nodes.get(current);
    for (const next of successors(guideIndex.screen(current))) {
      if (nodes.has(next) || parent === undefined) continue;
      const child: PathNode = { id: next, children: new Map(), end: next === graph.recap };
      nodes.set(next, child);
      parent.children.set(next, child);
      queue.push(next);
    }
  }
  const root = nodes.get(graph.start);
  if (root === undefined) throw new Error('no start screen');
  return root;
}
