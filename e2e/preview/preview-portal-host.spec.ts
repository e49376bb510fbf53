// The preview's portal host, before it is wired into the renderer: the demo portal in its
// sandboxed frame under the host page's real CSP, typed into only through the host (as the
// on-screen keyboard will), and erased at the end of the visit.
import { expect, test } from '../fixtures.ts';
import { DemoPortal, demoStores, type DemoStoreStates } from '../../tooling/pages/demo-portal.ts';
import { backspace, enter, PortalHostHarness, tab } from '../../tooling/pages/portal-host-harness.ts';

const allEmpty = Object.fromEntries(demoStores.map((store) => [store, 'empty'])) as DemoStoreStates;

test('a visitor activates the account by typing only through the host, and the end of the visit erases everything', async ({ page }) => {
  const harness = await PortalHostHarness.load(page);
  const { frame } = harness;
  await harness.open('educonnect');

  await test.step('the frame is sandboxed and framed on the demo origin only', async () => {
    const iframe = page.locator('iframe[data-portal-frame]');
    await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Je sélectionne mon profil');
    await expect.poll(() => harness.last('loading')).toEqual({ type: 'loading', loading: false, canGoBack: false });
  });

  await test.step('identity and mobile, typed key by key', async () => {
    await frame.getByRole('link', { name: /^Représentant légal/ }).click();
    await frame.getByRole('link', { name: "Je n'ai pas de compte" }).click();
    await frame.getByLabel('Nom', { exact: true }).click();
    await expect.poll(() => harness.last('focus')).toEqual({ type: 'focus', field: 'text' });
    await harness.type('Durant', backspace, 'd', tab, 'Marie', tab);
    await expect.poll(() => harness.last('focus')).toEqual({ type: 'focus', field: 'tel' });
    await expect(frame.getByLabel('Nom', { exact: true })).toHaveValue('Durand');
    await expect(frame.getByLabel('Prénom', { exact: true })).toHaveValue('Marie');
    await harness.type('0612', enter);
    await expect(frame.locator('#mobile-error')).toHaveText(/10 chiffres/);
    await harness.type('345678');
    await expect(frame.getByLabel('N° de téléphone portable')).toHaveValue('0612345678');
    await harness.type(enter);
  });

  await test.step('the SMS code, on the digit field', async () => {
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Je saisis le code reçu par SMS');
    await frame.getByLabel('Code reçu par SMS').click();
    await expect.poll(() => harness.last('focus')).toEqual({ type: 'focus', field: 'numeric' });
    await harness.type('123456', enter);
  });

  await test.step('the birth dates, then success', async () => {
    await frame.getByRole('group', { name: /Léa/ }).getByLabel('Jour').click();
    await harness.type('14', tab, '02', tab, '2009', tab, '03', tab, '11', tab, '2011', enter);
    await expect(frame.getByText('Votre compte est activé')).toBeVisible();
    await expect.poll(() => harness.last('loading')).toMatchObject({ loading: false, canGoBack: true });
  });

  await test.step('"Terminer": the wipe report names each store, and no frame is left', async () => {
    const report = await harness.destroy();
    expect(report.steps.map((step) => step.store)).toEqual([
      'clear-site-data',
      'cookies',
      'localStorage',
      'sessionStorage',
      'indexedDB',
      'cacheStorage',
      'portal-frame',
    ]);
    expect(report.steps.every((step) => step.ok)).toBe(true);
    await expect(page.locator('iframe')).toHaveCount(0);
    expect(await harness.last('focus')).toEqual({ type: 'focus', field: null });
  });

  await test.step('the next visitor finds none of the four stores', async () => {
    const portal = new DemoPortal(page, harness.demoOrigin);
    expect(await portal.storeStates()).toEqual(allEmpty);
  });
});

test('a link outside the allow-list is stopped and reported by its host only; "Retour" stays in the portal', async ({ page }) => {
  const harness = await PortalHostHarness.load(page);
  await harness.open('educonnect');
  await harness.frame.getByRole('link', { name: /^Représentant légal/ }).click();
  await expect(harness.frame.getByRole('heading', { level: 1 })).toHaveText('Je me connecte avec mon compte ÉduConnect');

  await harness.frame.getByRole('link', { name: 'Assistance en ligne (site extérieur)' }).click();
  await expect.poll(() => harness.last('blocked')).toEqual({ type: 'blocked', host: 'www.example.com' });
  expect(harness.portalDocument()?.url()).toBe(`${harness.demoOrigin}/connexion.html`);

  await expect.poll(() => harness.last('loading')).toEqual({ type: 'loading', loading: false, canGoBack: true });
  await harness.navigate('back');
  await expect(harness.frame.getByRole('heading', { level: 1 })).toHaveText('Je sélectionne mon profil');
  await expect.poll(() => harness.last('loading')).toEqual({ type: 'loading', loading: false, canGoBack: false });
  expect(page.url()).toBe(new URL('/', page.url()).href);
});

test('a page without the portal agent counts as failed, and "Réessayer" reopens the target', async ({ page }) => {
  const harness = await PortalHostHarness.load(page);
  await page.route(`${harness.demoOrigin}/pronote.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Sans agent</title><p>Hors service</p>' }),
  );
  await harness.open('pronote');
  await expect.poll(() => harness.last('load-failed')).toEqual({ type: 'load-failed' });

  await page.unroute(`${harness.demoOrigin}/pronote.html`);
  await harness.navigate('retry');
  await expect(harness.frame.getByRole('heading', { level: 1 })).toHaveText('Espace parents');
  await expect.poll(() => harness.last('loading')).toMatchObject({ loading: false });
});

test('the end of the visit completes even when the end-of-visit page never answers', async ({ page }) => {
  const harness = await PortalHostHarness.load(page);
  await harness.open('entLogin');
  await expect(harness.frame.getByRole('heading', { level: 1 })).toHaveText("Vous voulez vous connecter à l'ENT en tant que :");
  await page.route(`${harness.demoOrigin}/__wipe`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Figée</title><p>…</p>' }),
  );

  const report = await harness.destroy();
  expect(report.steps.map(({ store, ok }) => ({ store, ok }))).toEqual([
    { store: 'clear-site-data', ok: false },
    { store: 'portal-frame', ok: true },
  ]);
  expect(report.steps.every((step) => Number.isFinite(step.ms) && step.ms >= 0)).toBe(true);
  await expect(page.locator('iframe')).toHaveCount(0);
});
