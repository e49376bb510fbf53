// The page companion beside the demo portal, in English and in Arabic (right to left): on each page
// of the SMS activation and of the forgotten password, it names the page (and no other), quotes the
// page's French labels exactly, and highlights the entry of the field that has focus. In French it
// is folded. The phone number is typed with the on-screen keyboard, « + » and spaces included.
import { expect, test } from '../fixtures.ts';
import { guideIndex } from '../../tooling/guide-data.ts';
import { PortalVisit, walksToPortal } from '../../tooling/pages/portal-visit.ts';

for (const language of ['en', 'ar'] as const) {
  test.describe(`in ${language === 'en' ? 'English' : 'Arabic'}`, () => {
    test('the SMS activation: every page named, its labels quoted, the focused field highlighted', async ({ page }) => {
      test.setTimeout(90_000);
      const visit = await PortalVisit.open(page, language, walksToPortal.sms);
      const { companion, keyboard, frame } = visit;
      await expect(companion.close).toHaveAttribute('aria-expanded', 'true');

      await test.step('the profile choice', async () => {
        await companion.expectPage('profile-choice');
        await companion.expectLabels('profile-choice');
        await visit.tapInPortal('link', /^Représentant légal/);
      });

      await test.step('the login page: « Je n’ai pas de compte » for a first activation', async () => {
        await companion.expectPage('login');
        await companion.expectLabels('login');
        await visit.focusField(visit.portalField('Identifiant'));
        await companion.expectFocused('Identifiant');
        await visit.tapInPortal('link', "Je n'ai pas de compte");
      });

      await test.step('identity and mobile: « +262 692 12 34 56 » typed with the on-screen keyboard', async () => {
        await companion.expectPage('activation-identity');
        await companion.expectLabels('activation-identity');
        await visit.focusField(visit.portalField('Nom'));
        await companion.expectFocused('Nom');
        await keyboard.type('Payet');
        await keyboard.nextField.tap();
        await companion.expectFocused('Prénom');
        await keyboard.type('Line');
        await keyboard.nextField.tap();
        await expect(visit.portalField('N° de téléphone portable')).toBeFocused();
        await companion.expectFocused('N° de téléphone portable');
        await expect(keyboard.key('a')).toHaveCount(0);
        await keyboard.type('+262 692 12 34 56');
        await expect(visit.portalField('N° de téléphone portable')).toHaveValue('+262 692 12 34 56');
        await keyboard.enter.tap();
      });

      await test.step('the SMS code', async () => {
        await companion.expectPage('sms-code');
        await companion.expectLabels('sms-code');
        await visit.focusField(visit.portalField('Code reçu par SMS'));
        await companion.expectFocused('Code reçu par SMS');
        await keyboard.type('123456');
        await keyboard.enter.tap();
      });

      await test.step('the birth dates: three fields per child, each on the digit pad', async () => {
        await companion.expectPage('birth-dates');
        await companion.expectLabels('birth-dates');
        const lea = frame.getByRole('group', { name: /Léa/ });
        await visit.focusField(visit.portalField('Jour', lea));
        for (const [part, value] of [['Jour', '14'], ['Mois', '02'], ['Année', '2009']] as const) {
          await expect(visit.portalField(part, lea)).toBeFocused();
          await companion.expectFocused(part);
          await expect(keyboard.key('a')).toHaveCount(0);
          await keyboard.type(value);
          await keyboard.nextField.tap();
        }
        for (const value of ['03', '11']) {
          await keyboard.type(value);
          await keyboard.nextField.tap();
        }
        await keyboard.type('2011');
        await keyboard.enter.tap();
      });

      await test.step('the account activated', async () => {
        await expect(frame.getByText('Votre compte est activé')).toBeVisible();
        await companion.expectPage('account-activated');
      });
    });

    test('the forgotten password: every page named, its labels quoted, the focused field highlighted', async ({ page }) => {
      test.setTimeout(90_000);
      const visit = await PortalVisit.open(page, language, walksToPortal.forgotPassword);
      const { companion, keyboard } = visit;
      await visit.tapInPortal('link', /^Représentant légal/);
      await companion.expectPage('login');
      await visit.tapInPortal('link', 'Mot de passe oublié');

      await test.step('the username and how to receive the code', async () => {
        await companion.expectPage('forgot-password');
        await companion.expectLabels('forgot-password');
        await visit.focusField(visit.portalField('Identifiant'));
        await companion.expectFocused('Identifiant');
        await keyboard.type('demo.parent');
        await visit.frame.getByRole('radio', { name: 'Par SMS' }).tap();
        await companion.expectFocused('Par SMS');
        await visit.tapInPortal('button', 'Suivant');
      });

      await test.step('the mobile of the account', async () => {
        await companion.expectPage('forgot-password-sms');
        await companion.expectLabels('forgot-password-sms');
        await visit.focusField(visit.portalField('N° de téléphone portable'));
        await companion.expectFocused('N° de téléphone portable');
        await keyboard.type('06 12 34 56 78');
        await keyboard.enter.tap();
      });

      await test.step('the code received', async () => {
        await companion.expectPage('forgot-password-code');
        await companion.expectLabels('forgot-password-code');
        await visit.focusField(visit.portalField('Code reçu'));
        await companion.expectFocused('Code reçu');
        await keyboard.type('654321');
        await keyboard.enter.tap();
      });

      await test.step('the new password, twice', async () => {
        await companion.expectPage('new-password');
        await companion.expectLabels('new-password');
        await visit.focusField(visit.portalField('Nouveau mot de passe'));
        await companion.expectFocused('Nouveau mot de passe');
        await keyboard.type('Nouveau2024');
        await keyboard.nextField.tap();
        await companion.expectFocused('Confirmation du mot de passe');
        await keyboard.type('Nouveau2024');
        await keyboard.enter.tap();
      });

      await test.step('the password saved', async () => {
        await companion.expectPage('password-changed');
        await companion.expectLabels('password-changed');
      });
    });
  });
}

test('in French the companion is folded: « Aide pour cette page » opens it', async ({ page }) => {
  const visit = await PortalVisit.open(page, 'fr', walksToPortal.sms);
  const { companion } = visit;
  await expect(companion.open).toHaveAttribute('aria-expanded', 'false');
  await expect(companion.pageName).toHaveCount(0);
  await companion.open.tap();
  await expect(companion.close).toHaveAttribute('aria-expanded', 'true');
  await companion.expectPage('profile-choice');
  await companion.close.tap();
  await expect(companion.pageName).toHaveCount(0);
});

test('a page the kiosk does not know shows the route’s steps, never an explanation', async ({ page }) => {
  const visit = await PortalVisit.open(page, 'en', walksToPortal.sms);
  await visit.tapInPortal('link', /^Élève/);
  await expect(visit.portalHeading).toHaveText('Connexion des élèves');
  await expect(visit.companion.root.getByRole('status')).toHaveText(visit.texts.ui.companionUnknown ?? '');
  await expect(visit.companion.stepsTitle).toBeVisible();
  await expect(visit.companion.root.locator('[data-companion-page]')).toHaveCount(0);
  await expect(visit.companion.root.getByRole('listitem')).toHaveCount(guideIndex.screen('route-sms').steps?.length ?? 0);
});
