import { expect, type Locator, type Page } from '@playwright/test';
import type { GuideTexts } from '../../common/guide/guide-schema.ts';
import { portalPagesOf, type PortalPagesTexts } from '../../common/portal/portal-page-texts.ts';
import { portalPageById, portalPageCatalog } from '../../common/portal/portal-pages.ts';
import type { PortalPage } from '../../common/portal/portal-pages-schema.ts';

/** The known page with this id, or an error naming it. */
export function knownPage(id: string): PortalPage {
  const page = portalPageById(portalPageCatalog, id);
  if (page === undefined) throw new Error(`no known page ${id}`);
  return page;
}

/**
 * The page companion beside the portal, in the visitor's language: its toggle, the page it names,
 * the field entries (found by the French label they quote), the buttons to press next, and the
 * route's steps.
 */
export class PortalCompanionPanel {
  readonly root: Locator;
  readonly open: Locator;
  readonly close: Locator;
  readonly pageName: Locator;
  readonly seeSteps: Locator;
  readonly backToPage: Locator;
  readonly stepsTitle: Locator;
  readonly words: PortalPagesTexts;

  constructor(
    readonly page: Page,
    readonly texts: GuideTexts,
  ) {
    const words = portalPagesOf(texts);
    if (words === undefined) throw new Error(`no companion texts in ${texts.meta.language}`);
    this.words = words;
    this.root = page.getByRole('complementary', { name: texts.ui.companionOpen ?? '' });
    this.open = this.root.getByRole('button', { name: texts.ui.companionOpen ?? '', exact: true });
    this.close = this.root.getByRole('button', { name: texts.ui.companionClose ?? '', exact: true });
    this.pageName = this.root.getByRole('heading', { level: 2 });
    this.seeSteps = this.root.getByRole('button', { name: texts.ui.companionSteps ?? '', exact: true });
    this.backToPage = this.root.getByRole('button', { name: texts.ui.companionPageHelp ?? '', exact: true });
    this.stepsTitle = this.root.getByRole('heading', { name: texts.ui.companionStepsTitle ?? '', exact: true });
  }

  /**
   * Opens the companion if it is folded (French), and waits for what it shows for the portal's
   * page: a known page's explanation, or the route's steps for a page it does not know.
   */
  async showOpen(): Promise<void> {
    await this.root.waitFor();
    if ((await this.open.count()) > 0) await this.open.tap();
    await expect(this.close).toHaveAttribute('aria-expanded', 'true');
    await expect(this.root.locator('[data-companion-page]').or(this.stepsTitle)).toBeVisible();
  }

  /** The entry of a field, by the French label it quotes. */
  field(label: string): Locator {
    return this.root.getByRole('listitem').filter({ has: this.page.getByText(`« ${label} »`, { exact: true }) });
  }

  /** Checks that the companion names the known page `id` — and so no other — and quotes its title. */
  async expectPage(id: string): Promise<void> {
    const known = knownPage(id);
    await expect(this.pageName).toContainText(this.words.pages[id]?.name ?? `no name for ${id}`);
    await expect(this.root.locator('[data-companion-page]')).toHaveAttribute('data-companion-page', id);
    if (known.heading !== undefined) await expect(this.pageName).toContainText(`« ${known.heading} »`);
    await expect(this.root.getByText(this.words.pages[id]?.todo ?? '', { exact: true })).toBeVisible();
  }

  /** Checks that every field of the page is listed with its French label exactly, and each button to press next. */
  async expectLabels(id: string): Promise<void> {
    const known = knownPage(id);
    for (const field of known.fields ?? []) {
      await expect(this.field(field.label)).toHaveCount(1);
      await expect(this.field(field.label)).toContainText(this.words.fields[field.text] ?? '');
    }
    for (const next of known.next ?? []) await expect(this.root.getByText(`« ${next} »`, { exact: true })).toBeVisible();
  }

  /** Checks that the field's entry, and only it, is highlighted and in view. */
  async expectFocused(label: string): Promise<void> {
    await expect(this.field(label)).toHaveAttribute('aria-current', 'true');
    await expect(this.root.locator('[aria-current="true"]')).toHaveCount(1);
    await expect(this.field(label)).toBeInViewport();
  }
}
