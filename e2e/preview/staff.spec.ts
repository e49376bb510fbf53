import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';
import { AttractPage } from '../../tooling/pages/attract-page.ts';
import type { GuidePage } from '../../tooling/pages/guide-page.ts';
import { PortalScreen } from '../../tooling/pages/portal-screen.ts';
import { openPinPad, staffAxeViolations, staffSmallTargets } from '../../tooling/pages/staff-page.ts';
import { selfTestCatalog } from '../../common/self-test/self-test-catalog.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The demo PIN of the bundled configuration (its scrypt hash is in lycee-du-parc.json). */
const demoPin = '2468';

/**
 * Walks `path` from the attract screen shown now, by touch, the portal screens included. The page is
 * never reloaded: the preview keeps its statistics in memory.
 */
async function walk(page: Page, path: readonly string[]): Promise<GuidePage> {
  const attract = new AttractPage(page);
  await expect(attract.start).toBeVisible({ timeout: 10_000 });
  const guide = await attract.startVisit();
  for (let index = 1; index < path.length; index += 1) {
    await guide.goTo(path[index - 1] ?? '', path[index] ?? '');
    await guide.expectScreen(path[index] ?? '');
  }
  return guide;
}

/** "Terminer" on the recap, then back to the attract screen. */
async function endAtRecap(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Terminer', exact: true }).tap();
  await expect(new AttractPage(page).start).toBeVisible({ timeout: 10_000 });
}

test.describe('staff mode', () => {
  test.setTimeout(120_000);

  test('after three visits, staff enter by the gesture and the PIN, see health and statistics, switch to demonstration and leave', async ({ page }) => {
    await test.step('three visits: one not concerned, one FranceConnect that works, one SMS left on the portal', async () => {
      await AttractPage.open(page);
      await walk(page, ['who', 'cpge-not-concerned', 'recap']);
      await endAtRecap(page);
      await walk(page, ['who', 'has-account', 'activation-choice', 'route-franceconnect', 'portal-franceconnect', 'result-franceconnect', 'success', 'recap']);
      await endAtRecap(page);
      await walk(page, ['who', 'has-account', 'activation-choice', 'route-sms', 'portal-sms']);
      await new PortalScreen(page).endAndErase.tap();
      await expect(new AttractPage(page).start).toBeVisible({ timeout: 10_000 });
    });

    const staff = await test.step('a 3-second press on the school name, then the PIN', async () => {
      const pad = await openPinPad(page);
      expect((await pad.keyOrder()).sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
      await expect(pad.dots).toHaveAccessibleName('0 chiffre saisi');
      return pad.unlock(demoPin);
    });

    await test.step('the health of the kiosk', async () => {
      await expect(staff.healthItem('portal')).toContainText('joignable');
      await expect(staff.healthItem('portal')).not.toContainText('injoignable');
      await expect(staff.healthItem('printers')).toContainText('Aucune imprimante détectée.');
      await expect(staff.healthItem('config')).toContainText('configuration par défaut');
      await expect(staff.healthItem('guide')).toContainText('resources/guide');
      await expect(staff.healthItem('languages')).toContainText('9 langues pas encore relues');
      await expect(staff.healthItem('languages').locator('[data-language="ar"]')).toContainText('pas encore relue');
      await expect(staff.healthItem('languages').locator('[data-language="fr"]')).toContainText('langue source');
      await expect(staff.healthItem('version')).toContainText('aperçu dans le navigateur');
      await expect(staff.healthItem('mode')).toHaveText(/Public \(hall d’entrée\)/);
    });

    await test.step('the statistics of the three visits, for 7 and for 30 days', async () => {
      await expect(staff.counter('visits-started')).toHaveText('3');
      await expect(staff.counter('visits-completed')).toHaveText('2');
      await expect(staff.counter('outcome-yes')).toHaveText('1');
      await expect(staff.counter('outcome-no')).toHaveText('0');
      await expect(staff.statistics.getByRole('img', { name: /^Visites par jour, 7 derniers jours/ })).toBeVisible();
      const tally = (title: string) => staff.statistics.locator('section.tally').filter({ has: page.getByRole('heading', { name: title }) });
      await expect(tally('Parcours suivis')).toContainText('Activation avec FranceConnect');
      await expect(tally('Parcours suivis')).toContainText('Activation par SMS');
      await expect(tally('Visites terminées dans le portail (sans le récapitulatif)')).toContainText('Dans le portail — Activation par SMS');
      await expect(tally('Visites abandonnées, par écran')).toContainText('Rien sur la période.');
      await expect(tally('Langues choisies')).toContainText('Français');
      await expect(tally('Langues choisies').locator('.count')).toHaveText('3');
      await staff.statistics.getByRole('button', { name: '30 derniers jours' }).tap();
      await expect(staff.statistics.getByRole('img', { name: /^Visites par jour, 30 derniers jours/ })).toBeVisible();
      await expect(staff.counter('visits-started')).toHaveText('3');
    });

    await test.step('switch to demonstration mode', async () => {
      const demonstration = staff.mode('Démonstration (réunion de parents)');
      await demonstration.tap();
      await expect(staff.message).toHaveText('Mode : Démonstration (réunion de parents).');
      await expect(demonstration).toHaveAttribute('aria-pressed', 'true');
      await expect(staff.mode('Public (hall d’entrée)')).toHaveAttribute('aria-pressed', 'false');
    });

    await test.step('leave: the attract screen is back, in demonstration mode', async () => {
      await staff.leave.tap();
      await expect(staff.dialog).toBeHidden();
      await expect(new AttractPage(page).start).toBeVisible();
      const info = await page.evaluate(() => window.kiosk.getAppInfo());
      expect(info).toMatchObject({ ok: true, value: { mode: 'demonstration' } });
      const refused = await page.evaluate(() => window.kiosk.getStatistics());
      expect(refused).toMatchObject({ ok: false, error: { code: 'staff-session-closed' } });
    });
  });

  test('the self-test in the preview reports every check as not verified, never as passed', async ({ page }) => {
    await AttractPage.open(page);
    const staff = await (await openPinPad(page)).unlock(demoPin);
    await test.step('no report before the first run', async () => {
      await expect(staff.selfTest).toContainText('Aucun auto-test depuis le démarrage de la borne.');
    });
    await test.step('«Lancer l’auto-test»: every check is «non vérifié», and why', async () => {
      await staff.runSelfTest.tap();
      await expect(staff.message).toContainText('aucune vérification de la borne n’est possible ici');
      await expect(staff.selfTest.locator('[data-check]')).toHaveCount(selfTestCatalog.length);
      await expect(staff.selfTest.locator('[data-verdict="skipped"]')).toHaveCount(selfTestCatalog.length);
      await expect(staff.selfTest.locator('[data-verdict="passed"], [data-verdict="failed"]')).toHaveCount(0);
      await expect(staff.selfTestCheck('host-window')).toContainText('Fenêtre de la borne : non vérifié — aperçu navigateur : pas d’environnement Electron');
      await expect(staff.selfTest.locator('[data-self-test="summary"]')).toContainText(`0 réussie, 0 en échec, ${String(selfTestCatalog.length)} non vérifiées`);
      await expect(staff.selfTest).toContainText('Aperçu dans le navigateur : rien n’a pu être vérifié ici.');
      expect(await staffAxeViolations(page, axeSource)).toEqual([]);
      expect(await staffSmallTargets(page)).toEqual([]);
    });
    await test.step('the bridge answers the same report, and refuses it once the session is closed', async () => {
      const report = await page.evaluate(() => window.kiosk.getSelfTestReport());
      expect(report).toMatchObject({ ok: true, value: { platform: 'browser', electronVersion: null, summary: { passed: 0, failed: 0 } } });
      await staff.leave.tap();
      expect(await page.evaluate(() => window.kiosk.runSelfTest())).toMatchObject({ ok: false, error: { code: 'staff-session-closed' } });
    });
  });

  test('five wrong PINs lock the pad for five minutes, even for the right PIN', async ({ page }) => {
    await AttractPage.open(page);
    const pad = await openPinPad(page);
    const orders: string[][] = [await pad.keyOrder()];
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await pad.enter('1357');
      await expect(pad.message).toHaveText(`Code incorrect. Encore ${String(5 - attempt)} essai${attempt === 4 ? '' : 's'} avant le blocage.`, { timeout: 20_000 });
      orders.push(await pad.keyOrder());
    }
    // The keys are shuffled again after each wrong PIN.
    expect(new Set(orders.map((order) => order.join(''))).size).toBeGreaterThan(1);
    await pad.enter('1357');
    await expect(pad.message).toHaveText('Trop d’essais. Réessayez dans 5 minutes.', { timeout: 20_000 });
    await expect(pad.key('2')).toBeDisabled();

    await pad.cancel.tap();
    await expect(pad.dialog).toBeHidden();
    const again = await openPinPad(page);
    await again.enter(demoPin);
    await expect(again.message).toHaveText('Trop d’essais. Réessayez dans 5 minutes.', { timeout: 20_000 });
    await expect(page.getByRole('heading', { name: 'État de la borne' })).toHaveCount(0);
  });

  test('the PIN pad and the staff screen pass axe (WCAG 2.2 AA) with 64 px targets', async ({ page }) => {
    await AttractPage.open(page);
    const pad = await openPinPad(page);
    expect(await staffAxeViolations(page, axeSource)).toEqual([]);
    expect(await staffSmallTargets(page)).toEqual([]);
    const staff = await pad.unlock(demoPin);
    await expect(staff.healthItem('portal')).toBeVisible();
    await expect(staff.counter('visits-started')).toBeVisible();
    expect(await staffAxeViolations(page, axeSource)).toEqual([]);
    expect(await staffSmallTargets(page)).toEqual([]);
    await staff.actions.getByRole('button', { name: 'Quitter la borne' }).tap();
    await staff.actions.getByRole('button', { name: 'Oui, quitter' }).tap();
    await expect(staff.message).toHaveText('Quitter n’est pas disponible dans l’aperçu.');
    await staff.actions.getByRole('button', { name: 'Exporter les statistiques (CSV)' }).tap();
    await expect(staff.message).toContainText('L’aperçu n’écrit aucun fichier');
  });

  test('the staff screen closes by itself after two minutes without a touch, and the shell closes the session', async ({ page }) => {
    await page.clock.install();
    await AttractPage.open(page);
    const staff = await (await openPinPad(page)).unlock(demoPin);
    await page.clock.pauseAt(Date.now() + 1_000);
    await page.clock.runFor(100_000);
    await expect(staff.heading).toBeVisible();
    await page.clock.runFor(25_000);
    await expect(staff.dialog).toBeHidden();
    await expect(new AttractPage(page).start).toBeVisible();
    const refused = await page.evaluate(() => window.kiosk.getStaffHealth());
    expect(refused).toMatchObject({ ok: false, error: { code: 'staff-session-closed' } });
  });
});

