import { expect, test } from '../fixtures.ts';
import { allSimplePaths, guideIndex } from '../guide-data.ts';
import { groupByPrefix, pathTrie, type PathNode } from '../path-trie.ts';
import { AttractPage } from '../pages/attract-page.ts';
import type { GuidePage } from '../pages/guide-page.ts';

const paths = allSimplePaths();
const groups = groupByPrefix(paths, 4);

/**
 * Walks every path of a prefix tree by touch, depth first: forward through each screen to the
 * recap, then "Retour" back to the last branching screen. A portal screen is left forward only
 * ("Retour au guide"); "Retour" on the screen after it comes back to the steps before it.
 * Returns the number of complete paths walked to the recap.
 */
async function walkTree(guide: GuidePage, node: PathNode): Promise<number> {
  let walked = node.end ? 1 : 0;
  for (const child of node.children.values()) {
    await guide.goTo(node.id, child.id);
    await guide.expectScreen(child.id);
    if (guideIndex.screen(child.id).kind === 'portal') {
      const [after, ...others] = [...child.children.values()];
      expect(others, 'a portal screen has one way out').toEqual([]);
      if (after === undefined) continue;
      await guide.goTo(child.id, after.id);
      await guide.expectScreen(after.id);
      walked += await walkTree(guide, after);
    } else {
      walked += await walkTree(guide, child);
    }
    await guide.back.tap();
    await guide.expectScreen(node.id);
  }
  return walked;
}

test('the graph yields paths to walk', () => {
  expect(paths.length).toBeGreaterThan(50);
  expect(groups.flat()).toHaveLength(paths.length);
});

for (const [index, group] of groups.entries()) {
  const prefix = (group[0] ?? []).slice(0, 4).join(' → ');
  test(`walks every path from the start to the recap by touch: ${prefix} (${String(group.length)} paths)`, async ({ page }) => {
    test.setTimeout(240_000);
    const guide = await (await AttractPage.open(page)).startVisit();
    const walked = await test.step(`group ${String(index + 1)} of ${String(groups.length)}`, () =>
      walkTree(guide, pathTrie(group)),
    );
    expect(walked).toBe(group.length);
  });
}
