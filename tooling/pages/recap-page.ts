import { expect, type Locator, type Page } from '@playwright/test';
import { decodeQrSvg, svgOfImageUrl } from '../../common/slip/test-support/qr-raster.ts';
import { guideIndex } from '../guide-data.ts';
import { AttractPage } from './attract-page.ts';

/** What the preview's stand-in printer records and how it answers (see `renderer/slip/simulated-printer.ts`). */
interface PreviewPrinter {
  jobs: { path: string[]; language: string; format?: string }[];
  behaviour: string;
}

/** The recap screen: the slip preview, "Imprimer", "Afficher en grand", "Terminer", and the full-screen slip. */
export class RecapPage {
  readonly slip: Locator;
  readonly print: Locator;
  readonly showSlip: Locator;
  readonly end: Locator;
  readonly status: Locator;
  readonly fullScreen: Locator;
  readonly close: Locator;

  constructor(readonly page: Page) {
    this.slip = page.locator('main [data-slip]');
    this.print = page.getByRole('button', { name: 'Imprimer', exact: true });
    this.showSlip = page.getByRole('button', { name: 'Afficher en grand', exact: true });
    this.end = page.getByRole('button', { name: 'Terminer', exact: true });
    this.status = page.getByRole('status');
    this.fullScreen = page.getByRole('dialog');
    this.close = this.fullScreen.getByRole('button', { name: 'Fermer', exact: true });
  }

  /** From the attract screen (already open), starts a visit and walks `path` (screen ids from the start to the recap) by touch. */
  static async walk(page: Page, path: readonly string[]): Promise<RecapPage> {
    const attract = new AttractPage(page);
    await attract.start.waitFor();
    const guide = await attract.startVisit();
    for (let index = 1; index < path.length; index += 1) {
      const from = path[index - 1] ?? '';
      const to = path[index] ?? '';
      await guide.goTo(from, to);
      if (guideIndex.screen(to).kind !== 'portal') await guide.expectScreen(to);
    }
    const recap = new RecapPage(page);
    await expect(recap.slip).toBeVisible();
    return recap;
  }

  /** Whether the shell offers printing (the preview bridge has `printSlip`). */
  static async printingWired(page: Page): Promise<boolean> {
    return page.evaluate(() => typeof (window.kiosk as unknown as Record<string, unknown>).printSlip === 'function');
  }

  /** The routes on a slip, with their outcome. */
  async routes(slip: Locator = this.slip): Promise<{ id: string; outcome: string | null }[]> {
    return slip.locator('[data-route]').evaluateAll((items) =>
      items.map((item) => ({ id: item.getAttribute('data-route') ?? '', outcome: item.querySelector('[data-outcome]')?.getAttribute('data-outcome') ?? null })),
    );
  }

  /** The next-step ids on a slip, in order. */
  async nextSteps(slip: Locator = this.slip): Promise<string[]> {
    return slip.locator('[data-next-step]').evaluateAll((items) => items.map((item) => item.getAttribute('data-next-step') ?? ''));
  }

  /** Each QR code on a slip, decoded from the image on screen (its SVG `data:` address). */
  async qrCodes(slip: Locator = this.slip): Promise<{ kind: string; target: string | undefined }[]> {
    const images = await slip.locator('[data-qr]').evaluateAll((figures) =>
      figures.map((figure) => ({ kind: figure.getAttribute('data-qr') ?? '', source: figure.querySelector('img')?.getAttribute('src') ?? '' })),
    );
    return images.map(({ kind, source }) => ({ kind, target: decodeQrSvg(svgOfImageUrl(source)) }));
  }

  /** The preview printer's recorded jobs. */
  async printJobs(): Promise<PreviewPrinter['jobs']> {
    return this.page.evaluate(() => (window as unknown as { kioskPreview: { printer: PreviewPrinter } }).kioskPreview.printer.jobs);
  }

  /** Sets how the preview printer answers the next jobs. */
  async setPrinter(behaviour: 'prints' | 'no-printer' | 'printer-missing' | 'failed' | 'timeout' | 'never'): Promise<void> {
    await this.page.evaluate((value) => {
      (window as unknown as { kioskPreview: { printer: PreviewPrinter } }).kioskPreview.printer.behaviour = value;
    }, behaviour);
  }
}
