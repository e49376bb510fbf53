import { expect, type Locator, type Page } from '@playwright/test';
import type { GuideTexts } from '../../common/guide/guide-schema.ts';
import { fillPlain } from '../../common/guide/placeholders.ts';
import { frenchTexts, guideIndex, titleOf, values } from '../guide-data.ts';
import type { TreeWalker } from '../path-trie.ts';

/** The guide: one screen at a time, with Retour and Recommencer, in the visitor's language. */
export class GuidePage implements TreeWalker {
  readonly heading: Locator;
  readonly back: Locator;
  readonly restart: Locator;

  constructor(
    readonly page: Page,
    readonly texts: GuideTexts = frenchTexts,
  ) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.back = page.getByRole('button', { name: texts.ui.back ?? '', exact: true });
    this.restart = page.getByRole('button', { name: texts.ui.restart ?? '', exact: true });
  }

  /** Taps the control on screen `from` that leads to screen `to`. */
  async goTo(from: string, to: string): Promise<void> {
    const screen = guideIndex.screen(from);
    const texts = this.texts.screens[from];
    if (screen.portal?.next === to) {
      await this.page.getByRole('button', { name: this.texts.ui.portalToGuide ?? '', exact: true }).first().tap();
      return;
    }
    if (screen.portalScreen === to) {
      await this.page.getByRole('button', { name: fillPlain(texts?.action ?? '', values), exact: true }).tap();
      return;
    }
    const answer = screen.answers?.find((a) => a.next === to);
    if (answer === undefined) throw new Error(`${from} does not lead to ${to}`);
    await this.page.getByRole('button', { name: fillPlain(texts?.answers?.[answer.id] ?? '', values), exact: true }).tap();
  }

  /** Taps "Retour". */
  async goBack(): Promise<void> {
    await this.back.tap();
  }

  /** True for a portal screen (left forward only). */
  isPortal(id: string): boolean {
    return guideIndex.screen(id).kind === 'portal';
  }

  /** Checks that the screen `id` is shown. */
  async expectScreen(id: string): Promise<void> {
    if (guideIndex.screen(id).kind === 'portal') {
      await expect(this.page.getByRole('button', { name: this.texts.ui.portalToGuide ?? '', exact: true }).first()).toBeVisible();
      return;
    }
    await expect(this.page.locator(`[data-screen="${id}"] h1`)).toHaveText(titleOf(id, this.texts));
  }
}
