// Ending a visit from the portal: « Imprimer et terminer » prints the slip for the path so far and
// ends, « Terminer sans imprimer » ends at once; both wipe the portal, and the thank-you (and the
// idle countdown) speak the visitor's language, which goes back to French only afterwards.
import { expect, test } from '../fixtures.ts';
import { AttractPage } from '../../tooling/pages/attract-page.ts';
import { leaveVisitorMarkers, portalFrame, wipeReports } from '../../tooling/pages/portal-storage.ts';
import { PortalVisit, walksToPortal } from '../../tooling/pages/portal-visit.ts';

/** What the preview's stand-in printer recorded. */
async function printJobs(page: Parameters<typeof wipeReports>[0]): Promise<{ path: string[]; language: string }[]> {
  return page.evaluate(() => (window as unknown as { kioskPreview: { printer: { jobs: { path: string[]; language: string }[] } } }).kioskPreview.printer.jobs);
}

/** The visit ended with a wipe of every store of the portal, and the thank-you in the visitor's language. */
async function endedWithTheWipe(visit: PortalVisit): Promise<void> {
  const { page } = visit;
  await expect(visit.thanks).toBeVisible();
  await expect(page.getByText(visit.texts.ui.thanksBody ?? '')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', visit.texts.meta.language);
  const reports = await wipeReports(page);
  expect(reports).toHaveLength(1);
  expect(reports[0]?.steps.map((step) => step.store)).toEqual(expect.arrayContaining(['cookies', 'localStorage', 'sessionStorage', 'indexedDB', 'portal-frame']));
  expect(reports[0]?.steps.every((step) => step.ok)).toBe(true);
  await expect(new AttractPage(page).start).toBeVisible({ timeout: 10_000 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
}

test('« Terminer sans imprimer » ends at once, with the wipe, and prints nothing', async ({ page }) => {
  const visit = await PortalVisit.open(page, 'en', walksToPortal.sms);
  await leaveVisitorMarkers(await portalFrame(page), 'visit-without-slip');
  await visit.endWithoutPrinting.tap();
  await endedWithTheWipe(visit);
  expect(await printJobs(page)).toEqual([]);
});

test('« Imprimer et terminer » prints the slip of the path so far, in the visitor’s language, then ends with the wipe', async ({ page }) => {
  const visit = await PortalVisit.open(page, 'ar', walksToPortal.sms);
  await leaveVisitorMarkers(await portalFrame(page), 'visit-with-slip');
  await visit.printAndEnd.tap();
  await endedWithTheWipe(visit);
  expect(await printJobs(page)).toEqual([
    { path: ['who', 'has-account', 'activation-choice', 'route-sms', 'portal-sms'], language: 'ar' },
  ]);
});

test('when the slip cannot be printed, the visit goes on and the slip shows full screen, to be photographed', async ({ page }) => {
  const visit = await PortalVisit.open(page, 'en', walksToPortal.sms);
  await page.evaluate(() => {
    (window as unknown as { kioskPreview: { printer: { behaviour: string } } }).kioskPreview.printer.behaviour = 'failed';
  });
  await visit.printAndEnd.tap();
  const slip = page.getByRole('dialog');
  await expect(slip).toBeVisible();
  await expect(slip).toContainText(visit.texts.ui.recapPhoto ?? '');
  await expect(page.locator('iframe[data-portal-frame]')).toBeHidden();
  await slip.getByRole('button', { name: visit.texts.ui.recapClose ?? '', exact: true }).tap();
  await visit.portalShown();
  await expect(visit.thanks).toBeHidden();
  expect(await wipeReports(page)).toEqual([]);
  await visit.endWithoutPrinting.tap();
  await expect(visit.thanks).toBeVisible();
});

test('the two ways to end stand apart from « Retour au guide »', async ({ page }) => {
  const visit = await PortalVisit.open(page, 'en', walksToPortal.sms);
  const toGuide = await visit.toGuide.boundingBox();
  const print = await visit.printAndEnd.boundingBox();
  const end = await visit.endWithoutPrinting.boundingBox();
  if (toGuide === null || print === null || end === null) throw new Error('a toolbar button is not shown');
  for (const box of [toGuide, print, end]) expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(64);
  const gap = (a: typeof toGuide, b: typeof toGuide): number =>
    Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width), b.y - (a.y + a.height), a.y - (b.y + b.height));
  expect(gap(toGuide, print)).toBeGreaterThanOrEqual(24);
  expect(gap(toGuide, end)).toBeGreaterThanOrEqual(24);
});

test('the idle countdown and the thank-you speak the visitor’s language, French comes back after', async ({ page }) => {
  await page.clock.install();
  const visit = await PortalVisit.open(page, 'ar', walksToPortal.sms);
  await page.clock.pauseAt(Date.now() + 1000);
  await page.clock.runFor(300_000);
  await expect(page.getByRole('alertdialog', { name: visit.texts.ui.idleTitle ?? '' })).toBeVisible();
  await page.clock.runFor(20_000);
  await expect(visit.thanks).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.clock.runFor(5_000);
  await page.clock.resume();
  await expect(new AttractPage(page).start).toBeVisible({ timeout: 10_000 });
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});
