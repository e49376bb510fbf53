import { expect, test } from '../fixtures.ts';
import { frenchTexts, titleOf } from '../../tooling/guide-data.ts';
import { AttractPage } from '../../tooling/pages/attract-page.ts';
import { DemoPortal } from '../../tooling/pages/demo-portal.ts';
import { RecapPage } from '../../tooling/pages/recap-page.ts';
import { useSecretariatContacts } from '../../tooling/pages/school-contacts.ts';

const contacts = { phone: '04 78 52 15 21', place: 'Bâtiment A, rez-de-chaussée', hours: 'du lundi au vendredi, de 8 h à 12 h' };

test('a parent who lost the September letter reaches the secretariat’s advice in two taps from « Qu’avez-vous oublié ? »', async ({ page }) => {
  const guide = await (await AttractPage.open(page)).startVisit();
  await guide.goTo('who', 'has-account');
  await guide.goTo('has-account', 'forgot-which');
  await guide.expectScreen('forgot-which');

  const advice = page.locator('[data-screen="letter-missing"] .step').filter({ hasText: 'pièce d’identité' });
  let taps = 0;
  await test.step('one tap on « J’avais reçu des identifiants provisoires (lettre ou e-mail) et je les ai perdus »', async () => {
    await page.getByRole('button', { name: frenchTexts.screens['forgot-which']?.answers?.['lost-letter'] ?? '', exact: true }).tap();
    taps += 1;
  });
  await guide.expectScreen('letter-missing');
  await expect(advice).toBeVisible();
  expect(taps).toBeLessThanOrEqual(2);
  await expect(advice).toContainText('le secrétariat (Secrétariat second cycle) vous remet vos identifiants sur présentation d’une pièce d’identité');
  await expect(page.locator('[data-screen="letter-missing"] h1')).toHaveText(titleOf('letter-missing'));

  await test.step('the bundled file sets no telephone, place or hours: no line for them, no sentence with a hole', async () => {
    await expect(advice).not.toContainText('Lieu');
    await expect(advice).not.toContainText('Téléphone');
    await expect(advice).toHaveText(/Venez avec la vôtre\.$/);
  });

  await test.step('and activating now, with the mobile phone, is one more tap', async () => {
    await page.getByRole('button', { name: 'Essayer avec mon téléphone portable', exact: true }).tap();
    await guide.expectScreen('route-sms');
  });
});

test('the secretariat’s telephone, place and opening hours, when the school sets them, on the contact screens and the slip', async ({ page }) => {
  await useSecretariatContacts(page, contacts);
  const path = ['who', 'has-account', 'activation-choice', 'route-letter', 'letter-missing', 'recap'];
  const attract = await AttractPage.open(page);
  const guide = await attract.startVisit();
  for (let index = 1; index < path.length - 1; index += 1) await guide.goTo(path[index - 1] ?? '', path[index] ?? '');
  await guide.expectScreen('letter-missing');

  await test.step('the advice to come in person gives where and when, and the number to call', async () => {
    const advice = page.locator('[data-screen="letter-missing"] .step').filter({ hasText: 'pièce d’identité' });
    await expect(advice).toContainText('Lieu : Bâtiment A, rez-de-chaussée.');
    await expect(advice).toContainText('Horaires : du lundi au vendredi, de 8 h à 12 h.');
    await expect(advice).toContainText('Téléphone : 04 78 52 15 21');
    await expect(advice.locator('bdi[dir="ltr"]', { hasText: '04 78 52 15 21' })).toBeVisible();
  });

  await test.step('the slip’s contacts carry the same lines', async () => {
    await guide.goTo('letter-missing', 'recap');
    const recap = new RecapPage(page);
    await expect(recap.slip).toBeVisible();
    await expect(recap.slip.locator('[data-contact="phone"]')).toHaveText(/Téléphone\s:\s*04 78 52 15 21/);
    await expect(recap.slip.locator('[data-contact="place"]')).toHaveText(/Lieu\s:\s*Bâtiment A, rez-de-chaussée/);
    await expect(recap.slip.locator('[data-contact="hours"]')).toHaveText(/Horaires\s:\s*du lundi au vendredi, de 8 h à 12 h/);
  });
});

test('the recap of an SMS activation has a blank line to write the identifiant on, and nothing typed', async ({ page }) => {
  await AttractPage.open(page);
  const recap = await RecapPage.walk(page, ['who', 'has-account', 'activation-choice', 'route-sms', 'portal-sms', 'result-sms', 'success', 'recap']);
  const line = recap.slip.locator('[data-identifier-line]');
  await expect(line).toBeVisible();
  await expect(line).toHaveText('Identifiant :');
  const blank = await line.locator('.blank').boundingBox();
  expect(blank?.width ?? 0).toBeGreaterThan(80);
});

test('the guide’s SMS steps and the demo portal end alike: the identifiant shown, then a password and an e-mail address', async ({ page }) => {
  const steps = frenchTexts.screens['route-sms']?.steps ?? {};
  expect(Object.keys(steps).slice(-2)).toEqual(['identifier', 'password']);
  expect(steps.identifier).toMatch(/affiche votre identifiant/);
  expect(steps.password).toMatch(/mot de passe.*adresse e-mail/);

  const portal = await DemoPortal.open(page, '/activation-ok.html');
  await expect(portal.heading).toHaveText('Activation terminée');
  await expect(page.getByText('Votre identifiant : l.demo7')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Me connecter' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Choisir mon mot de passe' }).click();
  await expect(portal.heading).toHaveText('Je choisis mon mot de passe');
  await page.getByLabel('Nouveau mot de passe').fill('Parent2025');
  await page.getByLabel('Confirmation du mot de passe').fill('Parent2025');
  await page.getByLabel('Adresse mail').fill('parent@exemple.fr');
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(portal.heading).toHaveText('Mot de passe enregistré');
  await expect(page.getByText('Votre compte est activé')).toBeVisible();
});
