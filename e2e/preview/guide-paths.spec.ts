import { expect, test } from '../fixtures.ts';
import { allSimplePaths } from '../../tooling/guide-data.ts';
import { groupByPrefix, pathTrie, walkDepthFirst } from '../../tooling/path-trie.ts';
import { AttractPage } from '../../tooling/pages/attract-page.ts';

const paths = allSimplePaths();
const groups = groupByPrefix(paths, 4);

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
      walkDepthFirst(guide, pathTrie(group), async () => undefined),
    );
    expect(walked).toBe(group.length);
  });
}
