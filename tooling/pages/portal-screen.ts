import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { AttractPage } from './attract-page.ts';
import type { GuidePage } from './guide-page.ts';

/** The portal screen: toolbar, the framed demo portal, notices, and the on-screen keyboard. */
export class PortalScreen {
  readonly frame: FrameLocator;
  readonly toGuide: Locator;
  readonly endAndErase: Locator;
  readonly back: Locator;
  readonly blockedTitle: Locator;
  readonly blockedReturn: Locator;

  constructor(readonly page: Page) {
    this.frame = page.frameLocator('iframe[data-portal-frame]');
    this.toGuide = page.getByRole('button', { name: 'Retour au guide' }).first();
    this.endAndErase = page.getByRole('button', { name: 'Terminer sans imprimer' });
    this.back = page.getByRole('button', { name: 'Page précédente' });
    this.blockedTitle = page.getByRole('heading', { name: 'Cette page n’est pas disponible sur la borne' });
    this.blockedReturn = page.getByRole('button', { name: 'Revenir à la page précédente' });
  }

  /** Waits for the demo portal's first page in the frame. */
  async loaded(): Promise<void> {
    await expect(this.frame.locator('.simulation-band')).toBeVisible();
  }
}

/** Starts a visit and walks the guide to the SMS route's portal ("Faire l'activation ici"). */
export async function openSmsPortal(page: Page): Promise<{ guide: GuidePage; portal: PortalScreen }> {
  const guide = await (await AttractPage.open(page)).startVisit();
  await guide.goTo('who', 'has-account');
  await guide.goTo('has-account', 'activation-choice');
  await guide.goTo('activation-choice', 'route-sms');
  await guide.goTo('route-sms', 'portal-sms');
  const portal = new PortalScreen(page);
  await portal.loaded();
  return { guide, portal };
}
