import { readFileSync } from 'node:fs';
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import type { GuideTexts } from '../../common/guide/guide-schema.ts';
import { languageNames, type SupportedLanguage } from '../../common/guide/languages.ts';
import { AttractPage } from './attract-page.ts';
import { GuidePage } from './guide-page.ts';
import { KeyboardPage, keyboardNamesOf } from './keyboard-page.ts';
import { PortalCompanionPanel } from './portal-companion.ts';

/** One language's texts file, as the kiosk reads it. */
export function textsOf(language: SupportedLanguage): GuideTexts {
  return JSON.parse(readFileSync(new URL(`../../resources/guide/texts/${language}.json`, import.meta.url), 'utf8')) as GuideTexts;
}

/** The guide's steps from the first question to each route's portal screen. */
export const walksToPortal = {
  sms: [['who', 'has-account'], ['has-account', 'activation-choice'], ['activation-choice', 'route-sms'], ['route-sms', 'portal-sms']],
  forgotPassword: [['who', 'has-account'], ['has-account', 'forgot-which'], ['forgot-which', 'forgot-password'], ['forgot-password', 'portal-forgot-password']],
} as const satisfies Record<string, readonly (readonly [string, string])[]>;

/**
 * A visitor on a portal screen, in their language: the guide, the toolbar, the framed demo
 * portal, the page companion and the on-screen keyboard, all found by their names in that language.
 */
export class PortalVisit {
  readonly frame: FrameLocator;
  readonly companion: PortalCompanionPanel;
  readonly keyboard: KeyboardPage;
  readonly guide: GuidePage;
  readonly toGuide: Locator;
  readonly printAndEnd: Locator;
  readonly endWithoutPrinting: Locator;
  readonly thanks: Locator;

  constructor(
    readonly page: Page,
    readonly texts: GuideTexts,
  ) {
    this.frame = page.frameLocator('iframe[data-portal-frame]');
    this.companion = new PortalCompanionPanel(page, texts);
    this.keyboard = new KeyboardPage(page, keyboardNamesOf(texts));
    this.guide = new GuidePage(page, texts);
    this.toGuide = page.getByRole('button', { name: texts.ui.portalToGuide ?? '', exact: true }).first();
    this.printAndEnd = page.getByRole('button', { name: texts.ui.portalPrintAndEnd ?? '', exact: true });
    this.endWithoutPrinting = page.getByRole('button', { name: texts.ui.portalEnd ?? '', exact: true });
    this.thanks = page.getByRole('heading', { name: texts.ui.thanksTitle ?? '' });
  }

  /** Starts a visit in `language` and walks the guide to a route's portal; returns the visitor there. */
  static async open(page: Page, language: SupportedLanguage, walk: readonly (readonly [string, string])[]): Promise<PortalVisit> {
    await AttractPage.open(page);
    if (language !== 'fr') await page.getByRole('button', { name: languageNames[language] }).tap();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const texts = textsOf(language);
    await page.getByRole('button', { name: texts.ui.attractStart ?? '' }).tap();
    const visit = new PortalVisit(page, texts);
    for (const [from, to] of walk) await visit.guide.goTo(from, to);
    await visit.portalShown();
    return visit;
  }

  /** Waits for a demo portal page in the frame. */
  async portalShown(): Promise<void> {
    await expect(this.page.locator('iframe[data-portal-frame]')).toBeVisible();
    await expect(this.frame.locator('.simulation-band')).toBeVisible();
  }

  /** The demo page's main title. */
  get portalHeading(): Locator {
    return this.frame.getByRole('heading', { level: 1 });
  }

  /** A field of the demo page, by its French label. */
  portalField(label: string, within: Locator | FrameLocator = this.frame): Locator {
    return within.getByLabel(label, { exact: true });
  }

  /** Taps a field of the demo page and waits for the keyboard. */
  async focusField(field: Locator): Promise<void> {
    await field.tap();
    await expect(field).toBeFocused();
    await this.keyboard.root.waitFor();
  }

  /** Taps a button or link of the demo page by its French name. */
  async tapInPortal(role: 'button' | 'link', name: string | RegExp): Promise<void> {
    await this.frame.getByRole(role, { name, exact: typeof name === 'string' }).tap();
  }
}
