import { expect, type Frame, type Locator, type Page } from '@playwright/test';
import { portalFrame } from './portal-storage.ts';

/** What the kiosk says beside the portal when it refused something the page tried. */
export class PortalNotices {
  readonly upload: Locator;
  readonly print: Locator;
  readonly typingUnavailable: Locator;
  readonly dismiss: Locator;

  constructor(readonly page: Page) {
    const notice = page.getByRole('alert');
    this.upload = notice.filter({ hasText: 'Envoyer un fichier n’est pas possible sur la borne : faites-le depuis votre téléphone ou un ordinateur.' });
    this.print = notice.filter({ hasText: 'Imprimer cette page n’est pas possible sur la borne.' });
    this.typingUnavailable = notice.filter({ hasText: 'Cette zone de la page ne peut pas être remplie avec le clavier de la borne.' });
    this.dismiss = page.getByRole('button', { name: 'J’ai compris' });
  }

  /** Closes the notice that shows, and waits until none does. */
  async close(): Promise<void> {
    await this.dismiss.tap();
    await expect(this.dismiss).toBeHidden();
  }
}

/**
 * Opens a page of the demo portal in the visitor's portal frame (its own origin), as a link of
 * the portal would, and waits until it shows.
 */
export async function openInPortal(page: Page, path: string): Promise<Frame> {
  const frame = await portalFrame(page);
  await frame.goto(new URL(path, frame.url()).href);
  await expect(frame.locator('.simulation-band')).toBeVisible();
  return frame;
}
