import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoPageTemplateFile, isDemoPageFile } from '../../common/demo-portal/demo-page-assembly.ts';
import { demoWipePath } from '../../common/preview/preview-endpoints.ts';
import { expect, test } from '../fixtures.ts';
import { DemoPortal, demoStores, type DemoStoreStates } from '../../tooling/pages/demo-portal.ts';

const demoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'resources', 'demo-portal');
const pages = readdirSync(demoDir).filter((file) => isDemoPageFile(file) && file !== demoPageTemplateFile);
const pagePaths = [...pages.map((file) => `/${file}`), demoWipePath];

const all = (state: 'set' | 'empty'): DemoStoreStates =>
  Object.fromEntries(demoStores.map((store) => [store, state])) as DemoStoreStates;

test('every demo page shows the SIMULATION band, even scrolled to the bottom', async ({ page }) => {
  const portal = await DemoPortal.open(page);
  for (const pagePath of pagePaths) {
    await test.step(pagePath, async () => {
      await portal.goto(pagePath);
      await expect(portal.band).toBeVisible();
      await expect(portal.band).toHaveText(/^SIMULATION/);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect(portal.band).toBeInViewport();
    });
  }
});

test('a parent completes the SMS activation by filling the fields', async ({ page }) => {
  const portal = await DemoPortal.open(page);

  await test.step('profile, then "Je n\'ai pas de compte"', async () => {
    await portal.link(/^Représentant légal/).click();
    await portal.link("Je n'ai pas de compte").click();
    await expect(portal.heading).toHaveText('Activation du compte');
  });

  await test.step('identity and mobile, with French messages that never repeat the value', async () => {
    await portal.submit();
    await expect(page.getByText('Indiquez votre nom.')).toBeVisible();
    await portal.field('Nom').fill('Durand');
    await portal.field('Prénom').fill('Marie');
    const mobile = portal.field('N° de téléphone portable');
    await expect(mobile).toHaveAttribute('type', 'tel');
    await mobile.fill('0612');
    await portal.submit();
    const message = page.locator('#mobile-error');
    await expect(message).toHaveText('Le numéro doit comporter 10 chiffres, par exemple 06 12 34 56 78.');
    await expect(message).not.toContainText('0612');
    await expect(mobile).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Indiquez votre nom.')).toBeHidden();
    await mobile.fill('06 12 34 56 78');
    await portal.submit();
  });

  await test.step('the SMS code shown by the simulation', async () => {
    await expect(portal.heading).toHaveText('Je saisis le code reçu par SMS');
    const notice = await page.getByRole('note').filter({ hasText: 'Code reçu par SMS (simulation)' }).textContent();
    const code = /(\d{6})/.exec(notice ?? '')?.[1] ?? '';
    const field = portal.field('Code reçu par SMS');
    await expect(field).toHaveAttribute('inputmode', 'numeric');
    await field.fill('000000');
    await portal.submit();
    await expect(page.getByText('Ce code ne correspond pas. Vérifiez le SMS reçu.')).toBeVisible();
    await field.fill(code);
    await portal.submit();
  });

  await test.step("the children's birth dates", async () => {
    await expect(portal.heading).toHaveText('Je confirme être représentant légal');
    const lea = portal.birthDate('Léa');
    const hugo = portal.birthDate('Hugo');
    await lea.day.fill('31');
    await lea.month.fill('02');
    await lea.year.fill('2009');
    await portal.submit();
    await expect(lea.group.getByText(/Indiquez une date de naissance complète et valide pour Léa/)).toBeVisible();
    await expect(hugo.group.getByText(/Indiquez une date de naissance complète et valide pour Hugo/)).toBeVisible();
    await lea.day.fill('14');
    for (const [field, value] of [[hugo.day, '03'], [hugo.month, '11'], [hugo.year, '2011']] as const) await field.fill(value);
    await portal.submit();
  });

  await expect(portal.heading).toHaveText('Activation terminée');
  await expect(page.getByText('Votre compte est activé')).toBeVisible();
});

test('the demo seeds a cookie, localStorage, sessionStorage and IndexedDB, and /__wipe empties all four', async ({ page }) => {
  const portal = await DemoPortal.open(page);
  await portal.storesSeeded();
  expect(await portal.storeStates()).toEqual(all('set'));
  expect((await page.context().cookies(portal.origin)).map((cookie) => cookie.name)).toEqual(['demo-visit']);

  expect(await portal.wipeHeader()).toBe('"cookies", "storage", "cache"');
  await portal.wipe();
  expect(await portal.storeStates()).toEqual(all('empty'));
  await expect(page.locator('[data-store]')).toHaveText(['vide', 'vide', 'vide', 'vide']);
  expect(await page.context().cookies(portal.origin)).toEqual([]);
});

test('the demo pages have a strict CSP, and the host page may frame exactly the demo origin', async ({ page }) => {
  const portal = await DemoPortal.open(page);
  const demo = await page.goto(`${portal.origin}/connexion.html`);
  const demoCsp = demo?.headers()['content-security-policy'] ?? '';
  expect(demoCsp).toContain("script-src 'self'");
  expect(demoCsp).toContain("form-action 'self'");
  expect(demoCsp).not.toMatch(/unsafe-inline|unsafe-eval/);

  const host = await page.goto('/');
  const hostOrigin = new URL(page.url()).origin;
  expect(demoCsp).toContain(`frame-ancestors ${hostOrigin}`);
  const hostCsp = host?.headers()['content-security-policy'] ?? '';
  expect(hostCsp.split('; ')).toContain(`frame-src ${portal.origin}`);
  expect(new URL(portal.origin).hostname).toBe(new URL(hostOrigin).hostname);
  expect(portal.origin).not.toBe(hostOrigin);
});
