import type { Locator, Page } from '@playwright/test';
import { GuidePage } from './guide-page.ts';

/** The attract screen: what a parent sees before touching the kiosk. */
export class AttractPage {
  readonly heading: Locator;
  readonly schoolName: Locator;
  readonly privacyPromise: Locator;
  readonly previewBadge: Locator;
  readonly start: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.schoolName = page.getByText('Lycée du Parc', { exact: true });
    this.privacyPromise = page.getByText('Rien de ce que vous saisissez n’est conservé.');
    this.previewBadge = page.getByRole('note', { name: /Aperçu/ });
    this.start = page.getByRole('button', { name: 'Touchez l’écran pour commencer' });
  }

  /** Opens the preview shell and waits for the attract screen. */
  static async open(page: Page): Promise<AttractPage> {
    await page.goto('/');
    const attract = new AttractPage(page);
    await attract.heading.waitFor();
    return attract;
  }

  /** Taps the screen to start a visit; returns the guide. */
  async startVisit(): Promise<GuidePage> {
    await this.start.tap();
    return new GuidePage(this.page);
  }
}
