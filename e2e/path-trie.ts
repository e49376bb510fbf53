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
