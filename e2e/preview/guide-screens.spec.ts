import { expect, test } from '../fixtures.ts';
import { edgeCoveringPaths, graph } from '../../tooling/guide-data.ts';
import { AttractPage } from '../../tooling/pages/attract-page.ts';

test('every transition of the guide works by touch, and every screen is captured', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const attract = await AttractPage.open(page);
  const guide = await attract.startVisit();
  const captured = new Set<string>();
  for (const path of edgeCoveringPaths()) {
    await test.step(path.join(' → '), async () => {
      for (let i = 0; i < path.length; i += 1) {
        const id = path[i] ?? '';
        if (i > 0) await guide.goTo(path[i - 1] ?? '', id);
        await guide.expectScreen(id);
        if (!captured.has(id)) {
          captured.add(id);
          await testInfo.attach(`screen-${id}`, { body: await page.screenshot(), contentType: 'image/png' });
        }
      }
      await guide.restart.tap();
    });
  }
  expect([...captured].sort()).toEqual(graph.screens.map((s) => s.id).sort());
});

test('Retour goes back one screen and Recommencer returns to the first question', async ({ page }) => {
  const guide = await (await AttractPage.open(page)).startVisit();
  await guide.goTo('who', 'has-account');
  await guide.goTo('has-account', 'activation-choice');
  await guide.expectScreen('activation-choice');
  await guide.back.tap();
  await guide.expectScreen('has-account');
  await guide.goTo('has-account', 'forgot-which');
  await guide.restart.tap();
  await guide.expectScreen('who');
  await expect(guide.back).toBeHidden();
});
