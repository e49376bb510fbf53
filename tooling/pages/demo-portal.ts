import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { demoWipePath, previewPortalEndpoint, type PreviewPortalInfo } from '../../common/preview/preview-endpoints.ts';

/** The four stores the demo portal seeds, as `state.html` names them. */
export const demoStores = ['cookie', 'localStorage', 'sessionStorage', 'indexedDB'] as const;

/** What `state.html` says of each store. */
export type DemoStoreStates = Record<(typeof demoStores)[number], 'set' | 'empty'>;

/** Asks the preview server where the demo portal is (its own origin, a second port). */
export async function demoPortalOrigin(request: APIRequestContext): Promise<string> {
  const response = await request.get(previewPortalEndpoint);
  const info = (await response.json()) as PreviewPortalInfo;
  return info.origin;
}

/** The simulated EduConnect, opened directly on its origin (not through the kiosk's frame). */
export class DemoPortal {
  readonly band: Locator;
  readonly heading: Locator;

  constructor(
    readonly page: Page,
    readonly origin: string,
  ) {
    this.band = page.locator('.simulation-band');
    this.heading = page.getByRole('heading', { level: 1 });
  }

  /** Finds the demo portal and opens one of its pages. */
  static async open(page: Page, path = '/'): Promise<DemoPortal> {
    const portal = new DemoPortal(page, await demoPortalOrigin(page.request));
    await portal.goto(path);
    return portal;
  }

  /** Opens a page of the demo portal. */
  async goto(path: string): Promise<void> {
    await this.page.goto(new URL(path, this.origin).href);
  }

  /** Waits until the page has seeded its four stores. */
  async storesSeeded(): Promise<void> {
    await this.page.locator('html[data-demo-stores="set"]').waitFor({ state: 'attached' });
  }

  /** Opens `state.html` and reads which stores hold data. */
  async storeStates(): Promise<DemoStoreStates> {
    await this.goto('/state.html');
    await this.page.locator('body[data-state-ready="true"]').waitFor({ state: 'attached' });
    const states: Partial<DemoStoreStates> = {};
    for (const store of demoStores) {
      const state = await this.page.locator(`[data-store="${store}"]`).getAttribute('data-state');
      states[store] = state === 'set' ? 'set' : 'empty';
    }
    return states as DemoStoreStates;
  }

  /** Loads the end-of-visit page in the browser: its `Clear-Site-Data` answer erases the stores. */
  async wipe(): Promise<void> {
    await this.page.goto(new URL(demoWipePath, this.origin).href);
  }

  /** The `Clear-Site-Data` header of the end-of-visit page (the browser hides it from the page). */
  async wipeHeader(): Promise<string | undefined> {
    const response = await this.page.request.head(new URL(demoWipePath, this.origin).href);
    return response.headers()['clear-site-data'];
  }

  /** A link by its visible name (tiles start with their title). */
  link(name: string | RegExp): Locator {
    return this.page.getByRole('link', { name });
  }

  /** A field by its label. */
  field(label: string, within: Page | Locator = this.page): Locator {
    return within.getByLabel(label, { exact: true });
  }

  /** The date fields of one child's birth date. */
  birthDate(child: string): { readonly day: Locator; readonly month: Locator; readonly year: Locator; readonly group: Locator } {
    const group = this.page.getByRole('group', { name: new RegExp(child) });
    return { group, day: this.field('Jour', group), month: this.field('Mois', group), year: this.field('Année', group) };
  }

  /** The "Suivant" button of the page's form. */
  get next(): Locator {
    return this.page.getByRole('button', { name: 'Suivant' });
  }

  /**
   * Taps "Suivant" once the page's deferred scripts have run: a page is visible before they bind
   * its form, and a form submitted without them just reloads the page.
   */
  async submit(): Promise<void> {
    await this.page.waitForLoadState('domcontentloaded');
    await this.next.click();
  }
}
