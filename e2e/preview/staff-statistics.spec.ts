import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';
import { frenchTexts } from '../../tooling/guide-data.ts';
import { AttractPage } from '../../tooling/pages/attract-page.ts';
import { GuidePage } from '../../tooling/pages/guide-page.ts';
import { PortalScreen } from '../../tooling/pages/portal-screen.ts';
import { useSchoolFile } from '../../tooling/pages/school-contacts.ts';
import { longTouch, openPinPad, PinPadPage, type StaffScreenPage } from '../../tooling/pages/staff-page.ts';

const demoPin = '2468';

/** The tally list of the statistics with this title. */
const tally = (staff: StaffScreenPage, title: string) => staff.statistics.locator('section.tally').filter({ has: staff.page.getByRole('heading', { name: title }) });

/** In desk mode: the 3-second press on the first question's title, then the PIN. */
async function openStaffAtDesk(page: Page): Promise<StaffScreenPage> {
  await longTouch(page, page.locator('[data-screen="who"] h1'));
  const pad = new PinPadPage(page);
  await expect(pad.dialog).toBeVisible();
  return pad.unlock(demoPin);
}

test('a visit ended from the portal counts as ended in the portal, named by its route, and the statistics come before the actions', async ({ page }) => {
  test.setTimeout(90_000);
  const guide = await (await AttractPage.open(page)).startVisit();
  for (const [from, to] of [['who', 'has-account'], ['has-account', 'activation-choice'], ['activation-choice', 'route-sms'], ['route-sms', 'portal-sms']] as const) {
    await guide.goTo(from, to);
  }
  const portal = new PortalScreen(page);
  await portal.loaded();
  await portal.endAndErase.tap();
  await expect(new AttractPage(page).start).toBeVisible({ timeout: 10_000 });

  const staff = await (await openPinPad(page)).unlock(demoPin);
  await expect(staff.counter('visits-started')).toHaveText('1');
  await expect(staff.counter('visits-ended-in-portal')).toHaveText('1');
  await expect(tally(staff, 'Visites terminées dans le portail (sans le récapitulatif)')).toContainText('Dans le portail — Activation par SMS');
  await expect(tally(staff, 'Visites abandonnées, par écran')).toContainText('Rien sur la période.');
  await expect(staff.statistics).not.toContainText('portal-sms');

  const statistics = await staff.statistics.boundingBox();
  const actions = await staff.actions.boundingBox();
  expect(statistics?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(actions?.y ?? 0);
  await expect(staff.statistics.getByRole('heading', { name: 'Statistiques anonymes' })).toBeInViewport();
});

test('at the secretariat desk, an untouched first question is no visit; a visit counts from its first answer', async ({ page }) => {
  test.setTimeout(120_000);
  await useSchoolFile(page, (config) => ({ ...config, mode: 'staff' }));
  await page.goto('/');
  const guide = new GuidePage(page);
  await guide.expectScreen('who');

  await test.step('a touch on the first question, then the visit ends without an answer', async () => {
    await page.getByRole('button', { name: /Texte grand/ }).tap();
    const staff = await openStaffAtDesk(page);
    await staff.dialog.getByRole('button', { name: 'Terminer la visite en cours' }).tap();
    await staff.leave.tap();
    await guide.expectScreen('who');
  });

  await test.step('the statistics count no visit', async () => {
    const staff = await openStaffAtDesk(page);
    await expect(staff.counter('visits-started')).toHaveText('0');
    await expect(tally(staff, 'Visites abandonnées, par écran')).toContainText('Rien sur la période.');
    await staff.dialog.getByRole('button', { name: 'Terminer la visite en cours' }).tap();
    await staff.leave.tap();
    await guide.expectScreen('who');
  });

  await test.step('an answer, then the end: one visit, abandoned on the screen it reached', async () => {
    await guide.goTo('who', 'has-account');
    await guide.expectScreen('has-account');
    await guide.goBack();
    await guide.expectScreen('who');
    const staff = await openStaffAtDesk(page);
    await staff.dialog.getByRole('button', { name: 'Terminer la visite en cours' }).tap();
    await staff.leave.tap();
    await guide.expectScreen('who');
    const after = await openStaffAtDesk(page);
    await expect(after.counter('visits-started')).toHaveText('1');
    await expect(tally(after, 'Visites abandonnées, par écran')).toContainText(frenchTexts.screens.who?.title ?? '');
  });
});
