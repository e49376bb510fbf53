import type { Locator, Page } from '@playwright/test';

/** The attract screen: what a parent sees before touching the kiosk. */
export class AttractPage {
  readonly heading: Locator;
  readonly schoolName: Locator;
  readonly privacyPromise: Locator;
  readonly previewBadge: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.schoolName = page.getByText('Lycée du Parc', { exact: true });
    this.privacyPromise = page.getByText('Rien de ce que vous saisissez n’est conservé.');
    this.previewBadge = page.getByRole('note', { name: /Aperçu/ });
  }

  /** Opens the preview shell and waits for the attract screen. */
  static async open(page: Page): Promise<AttractPage> {
    await page.goto('/');
    const attract = new AttractPage(page);
    await attract.heading.waitFor();
    return attract;
  }
}
