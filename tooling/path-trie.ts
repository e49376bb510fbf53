/** A prefix tree of guide paths: each node is a screen, each leaf the recap at the end of one path. */
export interface PathNode {
  readonly id: string;
  readonly children: Map<string, PathNode>;
  /** True when a path ends here. */
  end: boolean;
}

/** Builds the prefix tree of `paths` (all starting at the same screen). */
export function pathTrie(paths: readonly (readonly string[])[]): PathNode {
  const root: PathNode = { id: paths[0]?.[0] ?? '', children: new Map(), end: false };
  for (const path of paths) {
    let node = root;
    for (const id of path.slice(1)) {
      let child = node.children.get(id);
      if (child === undefined) {
        child = { id, children: new Map(), end: false };
        node.children.set(id, child);
      }
      node = child;
    }
    node.end = true;
  }
  return root;
}

/** Groups paths by their first `depth` screens, so that groups can be walked in parallel. */
export function groupByPrefix(paths: readonly (readonly string[])[], depth: number): (readonly string[])[][] {
  const groups = new Map<string, (readonly string[])[]>();
  for (const path of paths) {
    const key = path.slice(0, depth).join('>');
    groups.set(key, [...(groups.get(key) ?? []), path]);
  }
  return [...groups.values()];
}

/** What walking a tree needs from the guide page object. */
export interface TreeWalker {
  goTo(from: string, to: string): Promise<void>;
  expectScreen(id: string): Promise<void>;
  goBack(): Promise<void>;
  isPortal(id: string): boolean;
}

/**
 * Walks a tree of screens by touch, depth first: forward into each child, then "Retour" back.
 * A portal screen is left forward only ("Retour au guide"); "Retour" on the screen after it comes
 * back to the steps before it. Calls `visit` on every node reached; returns the number of nodes
 * that end a path (the recap).
 */
export async function walkDepthFirst(walker: TreeWalker, node: PathNode, visit: (id: string) => Promise<void>): Promise<number> {
  await visit(node.id);
  let ends = node.end ? 1 : 0;
  for (const child of node.children.values()) {
    await walker.goTo(node.id, child.id);
    await walker.expectScreen(child.id);
    if (walker.isPortal(child.id)) {
      await visit(child.id);
      const after = [...child.children.values()];
      if (after.length > 1) throw new Error('a portal screen has one way out');
      const next = after[0];
      if (next === undefined) continue;
      await walker.goTo(child.id, next.id);
      await walker.expectScreen(next.id);
      ends += await walkDepthFirst(walker, next, visit);
    } else {
      ends += await walkDepthFirst(walker, child, visit);
    }
    await walker.goBack();
    await walker.expectScreen(node.id);
  }
  return ends;
}
