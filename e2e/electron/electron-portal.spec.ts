// The controlled portal in the real Electron shell. The EduConnect and FranceConnect
// sites are stubbed inside each portal session (intercepting https there only), so these specs
// need no network: they check the view, its session, the allow-list, popups, typing, and the wipe.
import { type ElectronApplication, expect, type Page, test } from '@playwright/test';
import type { Session } from 'electron';
import { fillPlain } from '../../common/guide/placeholders.ts';
import { successors } from '../../common/guide/validate-guide.ts';
import { frenchTexts, graph, guideIndex, values } from '../../tooling/guide-data.ts';
import { launchKiosk } from './harness.ts';
import { electronExecutable, noRuntimeReason } from './runtime.ts';

test.skip(electronExecutable === undefined, noRuntimeReason);

/** The stubbed sites, by host and path; `default` answers every other https address. */
const stubPages: Record<string, string> = {
  'educonnect.education.gouv.fr/': `<!doctype html><meta charset="utf-8"><title>EduConnect (stub)</title>
    <h1>EduConnect</h1>
    <label>Téléphone portable <input id="tel" type="tel" inputmode="tel" autocomplete="off"></label>
    <a id="outside" href="https://www.example.org/page?secret=1">Un site extérieur</a>`,
  'educonnect.education.gouv.fr/seed': `<!doctype html><meta charset="utf-8"><title>Seed (stub)</title>
    <script>
      document.cookie = 'visitor=1; Secure; SameSite=Lax; Max-Age=3600';
      localStorage.setItem('visitor', '1');
      sessionStorage.setItem('visitor', '1');
      indexedDB.open('visitor', 1).onupgradeneeded = (event) => event.target.result.createObjectStore('records');
    </script>`,
  default: '<!doctype html><meta charset="utf-8"><title>Stub</title><h1>Stub</h1>',
};

const educonnectHome = 'https://educonnect.education.gouv.fr/';

async function launch(): Promise<{ app: ElectronApplication; page: Page }> {
  // Every session created from now on (the portal's, one per visitor) answers https from the stubs.
  return launchKiosk(async (app) => {
    await app.evaluate(({ app: electronApp }, pages) => {
      electronApp.on('session-created', (created) => {
        created.protocol.handle('https', (request) => {
          const url = new URL(request.url);
          const body = pages[`${url.hostname}${url.pathname}`] ?? pages.default ?? '';
          return new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' } });
        });
      });
    }, stubPages);
  });
}

/** The screens from the guide's start to `target`, shortest first (breadth-first over the graph). */
function guidePathTo(target: string): string[] {
  const previous = new Map<string, string>();
  const queue: string[] = [graph.start];
  const seen = new Set(queue);
  for (let index = 0; index < queue.length; index += 1) {
    const id = queue[index] ?? '';
    for (const next of successors(guideIndex.screen(id))) {
      if (seen.has(next)) continue;
      seen.add(next);
      previous.set(next, id);
      queue.push(next);
    }
  }
  const screens = [target];
  for (let before = previous.get(target); before !== undefined; before = previous.get(before)) screens.unshift(before);
  if (screens[0] !== graph.start) throw new Error(`${target} is not reachable from ${graph.start}`);
  return screens;
}

/** Clicks the answer on screen `from` that leads to `to` (Electron windows have no touch emulation). */
async function follow(page: Page, from: string, to: string): Promise<void> {
  const screen = guideIndex.screen(from);
  const texts = frenchTexts.screens[from];
  const answer = screen.answers?.find((candidate) => candidate.next === to);
  const label = screen.portalScreen === to ? texts?.action : texts?.answers?.[answer?.id ?? ''];
  if (label === undefined) throw new Error(`${from} does not lead to ${to}`);
  await page.getByRole('button', { name: fillPlain(label, values), exact: true }).click();
}

/** From the attract screen, walks the guide to the SMS route and opens the portal there. */
async function openPortalOnSmsRoute(page: Page): Promise<void> {
  await test.step('start a visit and walk the guide to the SMS route', async () => {
    await page.getByRole('button', { name: 'Touchez l’écran pour commencer' }).click();
    const screens = guidePathTo('route-sms');
    for (let index = 1; index < screens.length; index += 1) await follow(page, screens[index - 1] ?? '', screens[index] ?? '');
  });
  await test.step('open the portal', async () => {
    await page.getByRole('button', { name: /Faire l.activation ici/ }).click();
    await expect(page.getByRole('button', { name: 'Retour au guide' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Terminer sans imprimer' })).toBeVisible();
  });
}

/** What the main process knows about the portal view, or undefined when there is none. */
interface PortalState {
  readonly id: number;
  readonly url: string;
  readonly persistent: boolean;
  readonly storagePath: string | null;
  readonly isDefaultSession: boolean;
  readonly devtools: boolean;
  readonly visible: boolean | undefined;
  readonly insideWindow: boolean;
  readonly windows: number;
}

async function portalState(app: ElectronApplication): Promise<PortalState | undefined> {
  return app.evaluate(({ BrowserWindow, session, webContents }) => {
    const host = BrowserWindow.getAllWindows()[0];
    if (host === undefined) return undefined;
    const portal = webContents
      .getAllWebContents()
      .find((contents) => contents.id !== host.webContents.id && !contents.isDestroyed() && contents.getURL().startsWith('https://'));
    if (portal === undefined) return undefined;
    const view = host.contentView.children.find((child) => 'webContents' in child && child.webContents === portal);
    const bounds = view?.getBounds();
    const [width = 0, height = 0] = host.getContentSize();
    return {
      id: portal.id,
      url: portal.getURL(),
      persistent: portal.session.isPersistent(),
      storagePath: portal.session.getStoragePath(),
      isDefaultSession: portal.session === session.defaultSession,
      devtools: portal.isDevToolsOpened(),
      visible: view?.getVisible(),
      insideWindow:
        bounds !== undefined && bounds.width > 0 && bounds.height > 0 && bounds.x >= 0 && bounds.y >= 0 &&
        bounds.x + bounds.width <= width && bounds.y + bounds.height <= height,
      windows: BrowserWindow.getAllWindows().length,
    };
  });
}

/** Runs `source` in the portal page and returns its (JSON-able) result. */
async function inPortal(app: ElectronApplication, source: string): Promise<unknown> {
  return app.evaluate(async ({ BrowserWindow, webContents }, script) => {
    const hostId = BrowserWindow.getAllWindows()[0]?.webContents.id;
    const portal = webContents
      .getAllWebContents()
      .find((contents) => contents.id !== hostId && !contents.isDestroyed() && contents.getURL().startsWith('https://'));
    if (portal === undefined) throw new Error('no portal view');
    portal.focus();
    return (await portal.executeJavaScript(script, true)) as unknown;
  }, source);
}

async function portalUrl(app: ElectronApplication): Promise<string | undefined> {
  return (await portalState(app))?.url;
}

test('the portal opens EduConnect in a hardened view, in a fresh in-memory session, inside the window', async () => {
  const { app, page } = await launch();
  try {
    await openPortalOnSmsRoute(page);
    await expect.poll(() => portalUrl(app)).toBe(educonnectHome);
    const state = await portalState(app);
    expect(state).toMatchObject({
      persistent: false,
      storagePath: null,
      isDefaultSession: false,
      devtools: false,
      visible: true,
      insideWindow: true,
      windows: 1,
    });
    await test.step('permissions are denied without asking', async () => {
      expect(await inPortal(app, "navigator.permissions.query({ name: 'geolocation' }).then((status) => status.state)")).toBe('denied');
      expect(await inPortal(app, 'Notification.requestPermission()')).toBe('denied');
    });
  } finally {
    await app.close();
  }
});

test('an address outside the allow-list is refused, named by its host, and the way back works', async () => {
  const { app, page } = await launch();
  try {
    await openPortalOnSmsRoute(page);
    await expect.poll(() => portalUrl(app)).toBe(educonnectHome);
    await inPortal(app, "document.getElementById('outside').click()");
    await expect(page.getByRole('heading', { name: 'Cette page n’est pas disponible sur la borne' })).toBeVisible();
    await expect(page.getByText('www.example.org', { exact: false })).toBeVisible();
    await expect(page.getByText('secret=1', { exact: false })).toHaveCount(0);
    expect(await portalUrl(app)).toBe(educonnectHome);
    await page.getByRole('button', { name: 'Revenir à la page précédente' }).click();
    await expect(page.getByRole('heading', { name: 'Cette page n’est pas disponible sur la borne' })).toBeHidden();
    await expect.poll(async () => (await portalState(app))?.visible).toBe(true);
    expect(await portalUrl(app)).toBe(educonnectHome);
  } finally {
    await app.close();
  }
});

test('an allowed popup opens in the same view, never in a new window', async () => {
  const { app, page } = await launch();
  try {
    await openPortalOnSmsRoute(page);
    await expect.poll(() => portalUrl(app)).toBe(educonnectHome);
    await inPortal(app, "window.open('https://app.franceconnect.gouv.fr/api/v1/authorize'); true");
    await expect.poll(() => portalUrl(app)).toBe('https://app.franceconnect.gouv.fr/api/v1/authorize');
    await inPortal(app, "window.open('https://www.example.org/'); true");
    await expect(page.getByRole('heading', { name: 'Cette page n’est pas disponible sur la borne' })).toBeVisible();
    expect((await portalState(app))?.windows).toBe(1);
    expect(await portalUrl(app)).toBe('https://app.franceconnect.gouv.fr/api/v1/authorize');
  } finally {
    await app.close();
  }
});

test('the on-screen digit pad types into the portal phone field', async () => {
  const { app, page } = await launch();
  try {
    await openPortalOnSmsRoute(page);
    await expect.poll(() => portalUrl(app)).toBe(educonnectHome);
    await inPortal(app, "document.getElementById('tel').focus(); true");
    const keyboard = page.getByRole('group', { name: 'Clavier', exact: true });
    await expect(keyboard).toBeVisible();
    await expect(keyboard.getByRole('button', { name: 'a', exact: true })).toHaveCount(0);
    for (const digit of '0612') await keyboard.getByRole('button', { name: digit, exact: true }).click();
    await keyboard.getByRole('button', { name: 'Effacer', exact: true }).click();
    await expect.poll(() => inPortal(app, "document.getElementById('tel').value")).toBe('061');
  } finally {
    await app.close();
  }
});

test('"Retour au guide" keeps the portal; « Terminer sans imprimer » wipes it and the next visitor starts clean', async () => {
  const { app, page } = await launch();
  try {
    await openPortalOnSmsRoute(page);
    await expect.poll(() => portalUrl(app)).toBe(educonnectHome);
    await test.step('the visitor leaves traces in the portal', async () => {
      await inPortal(app, "location.href = '/seed'; true");
      await expect.poll(() => portalUrl(app)).toBe('https://educonnect.education.gouv.fr/seed');
      await expect
        .poll(() => inPortal(app, "[document.cookie, localStorage.getItem('visitor'), sessionStorage.getItem('visitor')]"))
        .toEqual(['visitor=1', '1', '1']);
      await app.evaluate(({ BrowserWindow, webContents }) => {
        const hostId = BrowserWindow.getAllWindows()[0]?.webContents.id;
        const portal = webContents.getAllWebContents().find((contents) => contents.id !== hostId && contents.getURL().startsWith('https://'));
        (globalThis as { firstVisitorSession?: unknown }).firstVisitorSession = portal?.session;
      });
    });
    const first = await portalState(app);

    await test.step('"Retour au guide" hides the portal without destroying it', async () => {
      await page.getByRole('button', { name: 'Retour au guide' }).click();
      await expect(page.getByRole('button', { name: /Faire l.activation ici/ })).toBeVisible();
      await expect.poll(async () => (await portalState(app))?.visible).toBe(false);
      expect((await portalState(app))?.id).toBe(first?.id);
    });

    await test.step('« Terminer sans imprimer » destroys the portal and returns to the attract screen', async () => {
      await page.getByRole('button', { name: /Faire l.activation ici/ }).click();
      await expect.poll(async () => (await portalState(app))?.visible).toBe(true);
      await page.getByRole('button', { name: 'Terminer sans imprimer' }).click();
      await expect(page.getByRole('button', { name: 'Touchez l’écran pour commencer' })).toBeVisible();
      await expect.poll(() => portalState(app)).toBeUndefined();
      const leftoverCookies = await app.evaluate(async () => {
        const wiped = (globalThis as { firstVisitorSession?: Session }).firstVisitorSession;
        return wiped === undefined ? -1 : (await wiped.cookies.get({})).length;
      });
      expect(leftoverCookies).toBe(0);
    });

    await test.step('the next visitor gets another session, with nothing of the previous one', async () => {
      await openPortalOnSmsRoute(page);
      await expect.poll(() => portalUrl(app)).toBe(educonnectHome);
      const sameSession = await app.evaluate(({ BrowserWindow, webContents }) => {
        const hostId = BrowserWindow.getAllWindows()[0]?.webContents.id;
        const portal = webContents.getAllWebContents().find((contents) => contents.id !== hostId && contents.getURL().startsWith('https://'));
        return portal?.session === (globalThis as { firstVisitorSession?: unknown }).firstVisitorSession;
      });
      expect(sameSession).toBe(false);
      expect(
        await inPortal(
          app,
          "indexedDB.databases().then((databases) => [document.cookie, localStorage.getItem('visitor'), sessionStorage.getItem('visitor'), databases.length])",
        ),
      ).toEqual(['', null, null, 0]);
    });
  } finally {
    await app.close();
  }
});
