// What the Electron specs share: start the built kiosk, call its bridge from the host page as the
// renderer does, find the visitor's portal view.
import path from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { repoRoot } from '../../tooling/lib/preview-server-endpoints.ts';
import { electronExecutable } from './runtime.ts';

/** The bundled configuration's demo PIN (README, "Setting the PIN"). */
export const demoPin = '2468';

/** Where the specs lay the portal view over the host window. */
export const portalBounds = { x: 0, y: 200, width: 1000, height: 1200 };

/**
 * Starts the built kiosk (`build/electron/main.cjs`) and waits for its window; `prepare` runs in
 * between (for example to stub the sites of every session created from then on).
 */
export async function launchKiosk(prepare?: (app: ElectronApplication) => Promise<void>): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    executablePath: electronExecutable,
    args: [path.join(repoRoot, 'build', 'electron', 'main.cjs')],
    cwd: repoRoot,
  });
  await prepare?.(app);
  return { app, page: await app.firstWindow() };
}

/** Calls a bridge method from the host page, as the renderer does. */
export async function callBridge(page: Page, method: string, payload?: unknown): Promise<unknown> {
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
export async function portalUrl(app: ElectronApplication): Promise<string | undefined> {
  return app.evaluate(({ BrowserWindow, webContents }) => {
    const host = BrowserWindow.getAllWindows()[0];
    return webContents
      .getAllWebContents()
      .find((contents) => contents.id !== host?.webContents.id && !contents.isDestroyed() && contents.getURL().startsWith('https://'))
      ?.getURL();
  });
}

/** Runs `script` in the portal view's page (the first https contents that is not the host's). */
export async function inPortal(app: ElectronApplication, script: string): Promise<unknown> {
  return app.evaluate(async ({ BrowserWindow, webContents }, source) => {
    const host = BrowserWindow.getAllWindows()[0];
    const portal = webContents.getAllWebContents().find((contents) => contents.id !== host?.webContents.id && !contents.isDestroyed() && contents.getURL().startsWith('https://'));
    return portal?.executeJavaScript(source);
  }, script);
}
