// The page companion's half that only Electron has: the portal's preload reads the demo page it
// runs in and reports which known page it is, and which known field has focus — as ids of
// resources/guide/portal-pages.json, never a text of the page nor a value the visitor typed.
// (The panel itself is the same renderer as the preview's, proven in e2e/preview/portal-companion.spec.ts.)
import { expect, type Page, test } from '@playwright/test';
import { portalPageById, portalPageCatalog } from '../../common/portal/portal-pages.ts';
import { callBridge, demoPin, inPortal, launchKiosk, portalBounds } from './harness.ts';
import { electronExecutable, noRuntimeReason } from './runtime.ts';

test.skip(electronExecutable === undefined, noRuntimeReason);

/** Starts recording the portal events the host page receives. */
async function recordPortalEvents(page: Page): Promise<void> {
  await page.evaluate(() => {
    const recorded: unknown[] = [];
    (window as unknown as { recordedPortalEvents: unknown[] }).recordedPortalEvents = recorded;
    window.kiosk.on('portal', (event) => recorded.push(event));
  });
}

/** The `recognised` events received so far. */
async function recognised(page: Page): Promise<Record<string, unknown>[]> {
  const events = await page.evaluate(() => (window as unknown as { recordedPortalEvents: Record<string, unknown>[] }).recordedPortalEvents);
  return events.filter((event) => event.type === 'recognised');
}

test('the portal preload names the demo pages and their focused fields by catalog ids only, never a typed value', async () => {
  const { app, page } = await launchKiosk();
  try {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await callBridge(page, 'staffUnlock', { pin: demoPin })).toEqual({ ok: true, value: { outcome: 'accepted' } });
    expect(await callBridge(page, 'staffSetMode', { mode: 'demonstration' })).toMatchObject({ ok: true });
    await recordPortalEvents(page);
    expect(await callBridge(page, 'portalOpen', { target: 'educonnect', bounds: portalBounds })).toMatchObject({ ok: true });

    await test.step('the login page, then its identifiant field with a value typed in it', async () => {
      await inPortal(app, 'location.assign("/connexion.html")');
      await expect.poll(async () => (await recognised(page)).some((event) => event.page === 'login'), { timeout: 10_000 }).toBe(true);
      await inPortal(app, 'const field = document.querySelector("[name=j_username]"); field.focus(); field.value = "jean.dupont7"; true');
      await expect.poll(async () => (await recognised(page)).some((event) => event.page === 'login' && event.field === 'identifiant'), { timeout: 5_000 }).toBe(true);
    });

    await test.step('the birth-dates page, recognised by its three fields', async () => {
      await inPortal(app, 'location.assign("/dates-naissance.html")');
      await expect.poll(async () => (await recognised(page)).some((event) => event.page === 'birth-dates'), { timeout: 10_000 }).toBe(true);
    });

    await test.step('nothing but catalog ids crossed to the kiosk', async () => {
      const events = await recognised(page);
      for (const event of events) {
        expect(Object.keys(event).sort()).toEqual(['field', 'page', 'type']);
        if (event.page === null) continue;
        const known = portalPageById(portalPageCatalog, String(event.page));
        expect(known, String(event.page)).toBeDefined();
        if (event.field !== null) expect((known?.fields ?? []).map((field) => field.id)).toContain(event.field);
      }
      expect(JSON.stringify(events)).not.toContain('jean.dupont7');
    });
    expect(await callBridge(page, 'endVisit')).toMatchObject({ ok: true });
  } finally {
    await app.close();
  }
});
