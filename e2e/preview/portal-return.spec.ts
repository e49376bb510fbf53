// The portal is kept for the whole visit: the steps read before it can be seen again beside it,
// and leaving it for the guide then coming back shows the same demo page, not its start.
import { expect, test } from '../fixtures.ts';
import { guideIndex } from '../../tooling/guide-data.ts';
import { PortalVisit, walksToPortal } from '../../tooling/pages/portal-visit.ts';

/** Opens the SMS route's portal in English and goes to the identity page, with a surname typed. */
async function onIdentityPage(page: Parameters<typeof PortalVisit.open>[0]): Promise<PortalVisit> {
  const visit = await PortalVisit.open(page, 'en', walksToPortal.sms);
  await visit.tapInPortal('link', /^Représentant légal/);
  await visit.tapInPortal('link', "Je n'ai pas de compte");
  await visit.focusField(visit.portalField('Nom'));
  await visit.keyboard.type('Payet');
  await visit.companion.expectPage('activation-identity');
  return visit;
}

test('« Retour au guide », then back into the portal: the same demo page, as it was left', async ({ page }) => {
  const visit = await onIdentityPage(page);

  await test.step('the guide’s question after the portal, the portal hidden', async () => {
    await visit.toGuide.tap();
    await visit.guide.expectScreen('result-sms');
    await expect(page.locator('iframe[data-portal-frame]')).toBeHidden();
  });

  await test.step('back to the steps, and into the portal again', async () => {
    await visit.guide.goBack();
    await visit.guide.expectScreen('route-sms');
    await visit.guide.goTo('route-sms', 'portal-sms');
    await visit.portalShown();
    await expect(visit.portalHeading).toHaveText('Activation du compte');
    await expect(visit.portalField('Nom')).toHaveValue('Payet');
    await visit.companion.expectPage('activation-identity');
  });
});

test('« Revoir les étapes » shows the route’s steps beside the portal, which stays on its page', async ({ page }) => {
  const visit = await onIdentityPage(page);
  const { companion } = visit;
  await companion.seeSteps.tap();
  await expect(companion.stepsTitle).toBeVisible();
  await expect(companion.root.getByRole('listitem')).toHaveCount(guideIndex.screen('route-sms').steps?.length ?? 0);
  await expect(page.locator('iframe[data-portal-frame]')).toBeVisible();
  await expect(visit.portalHeading).toHaveText('Activation du compte');
  await expect(visit.portalField('Nom')).toHaveValue('Payet');
  await companion.backToPage.tap();
  await companion.expectPage('activation-identity');
});
