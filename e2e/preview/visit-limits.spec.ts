// What keeps a visit alive, and for how long at most. Only a person's touches and keys count: a
// page that fakes events every second cannot hold a parent's session open for the next visitor.
// And whatever the activity, the longest visit ends with a final countdown and the usual wipe.
// The schema's accepted timeouts are given to the preview as a school's override file would, and
// the page's clock (every frame's) is moved forward by hand: seconds of test, not minutes.
import { expect, test } from '../fixtures.ts';
import { KeyboardPage } from '../../tooling/pages/keyboard-page.ts';
import { openInPortal } from '../../tooling/pages/portal-notices.ts';
import { openSmsPortal } from '../../tooling/pages/portal-screen.ts';
import { wipeReports } from '../../tooling/pages/portal-storage.ts';
import { useVisitorTimeouts } from '../../tooling/pages/preview-config.ts';

test('a page that dispatches key, pointer and input events of its own every second does not keep the visit alive', async ({ page }) => {
  await useVisitorTimeouts(page, { portalIdleSeconds: 60, countdownSeconds: 5 });
  await page.clock.install();
  await openSmsPortal(page);
  const frame = await openInPortal(page, '/essai-activite.html');
  const rounds = frame.locator('#evenements-simules');

  await test.step('a minute of fake activity, the page clock moved five seconds at a time', async () => {
    await page.clock.pauseAt(Date.now() + 1_000);
    // Between steps the host page hears whatever the portal reported: had the fake events
    // counted, each step would push the idle countdown further away.
    for (let step = 0; step < 12; step += 1) await page.clock.runFor(5_000);
    expect(Number(await rounds.getAttribute('data-count'))).toBeGreaterThanOrEqual(55);
  });

  await test.step('the idle countdown shows all the same', async () => {
    await expect(page.getByRole('alertdialog', { name: 'Êtes-vous encore là ?' })).toBeVisible();
    await expect(page.locator('iframe[data-portal-frame]')).toBeHidden();
  });
});

test('typing with the kiosk’s on-screen keyboard still keeps the visit alive', async ({ page }) => {
  await useVisitorTimeouts(page, { portalIdleSeconds: 60, countdownSeconds: 5 });
  await page.clock.install();
  const { portal } = await openSmsPortal(page);
  const keyboard = new KeyboardPage(page);
  await portal.frame.getByRole('link', { name: /^Représentant légal/ }).tap();
  await portal.frame.getByRole('link', { name: "Je n'ai pas de compte" }).tap();
  await portal.frame.getByLabel('Nom', { exact: true }).tap();
  await expect(keyboard.root).toBeVisible();

  await test.step('a key every 40 seconds, for two minutes: no countdown', async () => {
    await page.clock.pauseAt(Date.now() + 1_000);
    for (const letter of 'dur') {
      await page.clock.runFor(40_000);
      await keyboard.type(letter);
    }
    await page.clock.runFor(40_000);
    await expect(portal.frame.getByLabel('Nom', { exact: true })).toHaveValue('dur');
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  });

  await test.step('and the idle countdown once the typing stops', async () => {
    await page.clock.runFor(20_000);
    await expect(page.getByRole('alertdialog', { name: 'Êtes-vous encore là ?' })).toBeVisible();
  });
});

test('the longest visit: a final countdown that activity does not dismiss, then the visit ends and is wiped', async ({ page }) => {
  await useVisitorTimeouts(page, { maxVisitSeconds: 300, portalIdleSeconds: 1800, countdownSeconds: 20 });
  await page.clock.install();
  await openSmsPortal(page);
  const finalCountdown = page.getByRole('alertdialog', { name: 'La durée maximale d’une visite sur la borne est atteinte' });

  await test.step('nearly five minutes in the portal: the final countdown, with only "Terminer"', async () => {
    await page.clock.pauseAt(Date.now() + 1_000);
    await page.clock.runFor(280_000);
    await expect(finalCountdown).toBeVisible();
    await expect(finalCountdown).toContainText('La visite va se terminer dans');
    await expect(finalCountdown.getByRole('button', { name: 'Terminer', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Je suis encore là' })).toHaveCount(0);
    await expect(page.locator('iframe[data-portal-frame]')).toBeHidden();
  });

  await test.step('a touch on the screen does not dismiss it', async () => {
    await page.touchscreen.tap(20, 20);
    await page.clock.runFor(2_000);
    await expect(finalCountdown).toBeVisible();
  });

  await test.step('at five minutes the visit ends, and everything is wiped', async () => {
    // The clock moves half a second at a time, and stops as soon as the visit ends: the erasing
    // then runs on real time, as it does at the kiosk (its own time box never sees a jump).
    for (let step = 0; step < 60 && (await finalCountdown.isVisible()); step += 1) await page.clock.runFor(500);
    await expect(finalCountdown).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Merci, à bientôt !' })).toBeVisible();
    await expect(page.getByText('Tout ce que vous avez saisi sur la borne a été effacé.')).toBeVisible();
    const reports = await wipeReports(page);
    expect(reports).toHaveLength(1);
    expect(reports[0]?.steps.map((step) => step.store)).toEqual(
      expect.arrayContaining(['clear-site-data', 'cookies', 'localStorage', 'sessionStorage', 'indexedDB', 'portal-frame']),
    );
    expect(reports[0]?.steps.every((step) => step.ok)).toBe(true);
    await expect(page.locator('iframe[data-portal-frame]')).toHaveCount(0);
  });
});
