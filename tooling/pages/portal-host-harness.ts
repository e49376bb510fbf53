import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, FrameLocator, Page } from '@playwright/test';
import { build } from 'esbuild';
import type { PortalHost } from '../../common/portal/portal-host.ts';
import type { KeyboardInput, PortalEvent, PortalNavigation, PortalTarget, WipeReport } from '../../common/portal/portal-types.ts';
import { demoPortalOrigin } from './demo-portal.ts';

const harnessEntry = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'renderer', 'preview', 'portal', 'preview-portal-host.harness.ts');
const harnessPath = '/__e2e/portal-host-harness.js';

/** The harness's global, as the page sees it. */
interface HarnessGlobal {
  readonly portalHarness: { readonly host: PortalHost; readonly events: PortalEvent[] };
}

let bundled: Promise<string> | undefined;

/** Bundles the harness once per worker. */
function harnessScript(): Promise<string> {
  bundled ??= build({ entryPoints: [harnessEntry], bundle: true, write: false, format: 'iife', target: 'chrome120', logLevel: 'warning' }).then(
    (result) => result.outputFiles[0]?.text ?? '',
  );
  return bundled;
}

/**
 * The preview portal host, driven from a test: loaded into the preview page (served from the
 * page's own origin, so the host page's real CSP applies), with the portal's events recorded.
 */
export class PortalHostHarness {
  readonly frame: FrameLocator;

  private constructor(
    readonly page: Page,
    readonly demoOrigin: string,
  ) {
    this.frame = page.frameLocator('iframe[data-portal-frame]');
  }

  /** Opens the preview and loads the harness into it. */
  static async load(page: Page): Promise<PortalHostHarness> {
    const script = await harnessScript();
    await page.route(`**${harnessPath}`, (route) => route.fulfill({ contentType: 'text/javascript', body: script }));
    await page.goto('/');
    await page.evaluate((src) => {
      const element = document.createElement('script');
      element.src = src;
      document.head.append(element);
    }, harnessPath);
    await page.waitForFunction(() => 'portalHarness' in window);
    return new PortalHostHarness(page, await demoPortalOrigin(page.request));
  }

  /** Opens a target below a 120 px band, over the rest of the window. */
  async open(target: PortalTarget): Promise<void> {
    await this.page.evaluate(
      (t) =>
        (window as unknown as HarnessGlobal).portalHarness.host.open({
          target: t,
          bounds: { x: 0, y: 120, width: window.innerWidth, height: window.innerHeight - 120 },
        }),
      target,
    );
  }

  /** Sends keyboard actions one by one, as the on-screen keyboard does. */
  async type(...inputs: readonly (string | KeyboardInput)[]): Promise<void> {
    const actions = inputs.flatMap((input): KeyboardInput[] =>
      typeof input === 'string' ? [...input].map((text) => ({ kind: 'text', text })) : [input],
    );
    await this.page.evaluate((list) => {
      for (const action of list) (window as unknown as HarnessGlobal).portalHarness.host.type(action);
    }, actions);
  }

  async navigate(action: PortalNavigation): Promise<void> {
    await this.page.evaluate((a) => (window as unknown as HarnessGlobal).portalHarness.host.navigate(a), action);
  }

  async destroy(): Promise<WipeReport> {
    return this.page.evaluate(() => (window as unknown as HarnessGlobal).portalHarness.host.destroy());
  }

  /** The events so far. */
  events(): Promise<PortalEvent[]> {
    return this.page.evaluate(() => [...(window as unknown as HarnessGlobal).portalHarness.events]);
  }

  /** The last event of a type. */
  async last<T extends PortalEvent['type']>(type: T): Promise<Extract<PortalEvent, { type: T }> | undefined> {
    const events = await this.events();
    return events.filter((event): event is Extract<PortalEvent, { type: T }> => event.type === type).at(-1);
  }

  /** The portal's document (its address, for checks). */
  portalDocument(): Frame | undefined {
    return this.page.frames().find((frame) => frame.url().startsWith(this.demoOrigin));
  }
}

export const enter: KeyboardInput = { kind: 'key', key: 'Enter' };
export const tab: KeyboardInput = { kind: 'key', key: 'Tab' };
export const backspace: KeyboardInput = { kind: 'key', key: 'Backspace' };
