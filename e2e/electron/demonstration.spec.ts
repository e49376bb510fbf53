// Demonstration mode in the real Electron shell: switched from the staff screen's bridge methods,
// the portal is the simulated EduConnect served by the kiosk itself on its reserved host, and once
// back in public mode no demonstration handler is left on any visitor session it reuses.
import path from 'node:path';
import { _electron as electron, type ElectronApplication, expect, type Page, test } from '@playwright/test';
import { repoRoot } from '../../scripts/lib/preview-endpoints.ts';
import { electronExecutable, noRuntimeReason } from './runtime.ts';

test.skip(electronExecutable === undefined, noRuntimeReason);

/** The bundled configuration's demo PIN (README, "Setting the PIN"). */
const demoPin = '2468';

const bounds = { x: 0, y: 200, width: 1000, height: 1200 };

async function launch(): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    executablePath: electronExecutable,
    args: [path.join(repoRoot, 'build', 'electron', 'main.cjs')],
    cwd: repoRoot,
  });
  return { app, page: await app.firstWindow() };
}

/** Calls a bridge method from the host page, as the renderer does. */
async function bridge(page: Page, method: string, payload?: unknown): Promise<unknown> {
  return page.evaluate(
    async ([name, value]) => {
      const api = window.kiosk as unknown as Record<string, (payload?: unknown) => Promise<unknown>>;
      const call = api[name as string];
      if (call === undefined) throw new Error(`no bridge method ${String(name)}`);
      return value === undefined ? call() : call(value);
    },
    [method, payload] as const,
  );
}

/** The address of the portal view, once one shows an https page. */
async function portalUrl(app: ElectronApplication): Promise<string | undefined> {
  return app.evaluate(({ BrowserWindow, webContents }) => {
    const host = BrowserWindow.getAllWindows()[0];
    return webContents
      .getAllWebContents()
      .find((contents) => contents.id !== host?.webContents.id && !contents.isDestroyed() && contents.getURL().startsWith('https://'))
      ?.getURL();
  });
}

/** Whether each pooled visitor partition has an https handler installed. */
async function httpsHandled(app: ElectronApplication): Promise<boolean[]> {
  return app.evaluate(({ session }) => [0, 1, 2].map((index) => session.fromPartition(`portal-visitor-${String(index)}`).protocol.isProtocolHandled('https')));
}

test('demonstration mode from the staff screen serves the simulated portal offline, and public mode removes it', async () => {
  const { app, page } = await launch();
  try {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await test.step('staff switch to demonstration mode', async () => {
      expect(await bridge(page, 'staffUnlock', { pin: demoPin })).toEqual({ ok: true, value: { outcome: 'accepted' } });
      expect(await bridge(page, 'staffSetMode', { mode: 'demonstration' })).toMatchObject({ ok: true });
      expect(await bridge(page, 'getAppInfo')).toMatchObject({ ok: true, value: { mode: 'demonstration' } });
    });
    await test.step('the portal opens the simulated EduConnect on its reserved host, with the SIMULATION band', async () => {
      expect(await bridge(page, 'portalOpen', { target: 'educonnect', bounds })).toMatchObject({ ok: true });
      await expect.poll(() => portalUrl(app), { timeout: 15_000 }).toBe('https://educonnect.demo.invalid/');
      const band = await app.evaluate(async ({ BrowserWindow, webContents }) => {
        const host = BrowserWindow.getAllWindows()[0];
        const portal = webContents.getAllWebContents().find((contents) => contents.id !== host?.webContents.id && contents.getURL().startsWith('https://'));
        return portal?.executeJavaScript('document.body.innerText.includes("SIMULATION") && window.isSecureContext');
      });
      expect(band).toBe(true);
      expect((await httpsHandled(app))[0]).toBe(true);
      expect(await bridge(page, 'endVisit')).toMatchObject({ ok: true });
    });
    await test.step('back to public mode: the next visits on every pooled partition have no demonstration handler', async () => {
      expect(await bridge(page, 'staffSetMode', { mode: 'public' })).toMatchObject({ ok: true });
      for (let visit = 0; visit < 3; visit += 1) {
        expect(await bridge(page, 'portalOpen', { target: 'educonnect', bounds })).toMatchObject({ ok: true });
        expect(await bridge(page, 'endVisit')).toMatchObject({ ok: true });
      }
      expect(await httpsHandled(app)).toEqual([false, false, false]);
    });
  } finally {
    await app.close();
  }
});
