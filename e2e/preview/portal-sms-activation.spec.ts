import { expect, test } from '../fixtures.ts';
import { KeyboardPage } from '../../tooling/pages/keyboard-page.ts';
import { openSmsPortal } from '../../tooling/pages/portal-screen.ts';

test('a parent completes the demo SMS activation with the on-screen keyboard only, by touch', async ({ page }) => {
  const { portal } = await openSmsPortal(page);
  const frame = portal.frame;
  const keyboard = new KeyboardPage(page);
  await frame.getByRole('link', { name: /^Représentant légal/ }).tap();
  await frame.getByRole('link', { name: "Je n'ai pas de compte" }).tap();

  await test.step('names on AZERTY, with capitals and accents', async () => {
    await frame.getByLabel('Nom', { exact: true }).tap();
    await expect(keyboard.shift).toBeVisible();
    await keyboard.type('Durand');
    await keyboard.nextField.tap();
    await keyboard.type('Marie-Hélène');
    await expect(frame.getByLabel('Nom', { exact: true })).toHaveValue('Durand');
    await expect(frame.getByLabel('Prénom', { exact: true })).toHaveValue('Marie-Hélène');
  });

  await test.step('the digit pad on the phone field, and the field is never under the keyboard', async () => {
    await keyboard.nextField.tap();
    const mobile = frame.getByLabel('N° de téléphone portable');
    await expect(mobile).toBeFocused();
    await expect(keyboard.key('a')).toHaveCount(0);
    for (const digit of '0123456789') await expect(keyboard.key(digit)).toBeVisible();
    const fieldBox = await mobile.boundingBox();
    const keyboardBox = await keyboard.root.boundingBox();
    expect((fieldBox?.y ?? 0) + (fieldBox?.height ?? 0)).toBeLessThanOrEqual(keyboardBox?.y ?? 0);
    await keyboard.type('0612345678');
    await expect(mobile).toHaveValue('0612345678');
    await keyboard.enter.tap();
  });

  await test.step('the SMS code and the birth dates on the pad', async () => {
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Je saisis le code reçu par SMS');
    await frame.getByLabel('Code reçu par SMS').tap();
    await keyboard.type('123456');
    await keyboard.enter.tap();
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Je confirme être représentant légal');
    await frame.getByLabel('Jour').first().tap();
    const parts = ['14', '02', '2009', '03', '11', '2011'];
    for (const [index, part] of parts.entries()) {
      await keyboard.type(part);
      if (index < parts.length - 1) await keyboard.nextField.tap();
    }
    await keyboard.enter.tap();
    await expect(frame.getByText('Votre compte est activé')).toBeVisible();
  });
});

test('a link outside the allow-list shows the blocked notice, and the way back works', async ({ page }) => {
  const { portal } = await openSmsPortal(page);
  await portal.frame.getByRole('link', { name: /^Représentant légal/ }).tap();
  await portal.frame.getByRole('link', { name: /Assistance en ligne/ }).tap();
  await expect(portal.blockedTitle).toBeVisible();
  await expect(page.getByText('www.example.com')).toBeVisible();
  await expect(page.locator('iframe[data-portal-frame]')).toBeHidden();
  await portal.blockedReturn.tap();
  await expect(portal.blockedTitle).toBeHidden();
  await expect(portal.frame.getByRole('link', { name: /Assistance en ligne/ })).toBeVisible();
});

test('"Retour au guide" leaves the portal for the route’s question, and "Retour" comes back to its steps', async ({ page }) => {
  const { guide, portal } = await openSmsPortal(page);
  await portal.toGuide.tap();
  await guide.expectScreen('result-sms');
  await expect(page.locator('iframe[data-portal-frame]')).toBeHidden();
  await guide.back.tap();
  await guide.expectScreen('route-sms');
});
