// What a portal page may not do on the kiosk: open the operating system's file chooser (by a tap,
// its label, or a script) or its print dialog. The kiosk refuses each in the page itself and
// tells the visitor why, beside the page, never over its form.
import { expect, test } from '../fixtures.ts';
import { openInPortal, PortalNotices } from '../../tooling/pages/portal-notices.ts';
import { openSmsPortal } from '../../tooling/pages/portal-screen.ts';

test('the document page opens no file chooser and no print dialog: the kiosk says why instead', async ({ page }) => {
  let choosersOpened = 0;
  page.on('filechooser', () => {
    choosersOpened += 1;
  });
  const { portal } = await openSmsPortal(page);
  const notices = new PortalNotices(page);
  const frame = await openInPortal(page, '/justificatif.html');
  const fileInput = portal.frame.getByLabel('Justificatif de domicile');

  await test.step('a tap on the file input', async () => {
    await fileInput.tap();
    await expect(notices.upload).toBeVisible();
    // The notice is a band above the portal: the page's form stays whole below it.
    // Polled: the frame moves down while the band's row settles, one frame after it shows.
    const portalFrameBox = page.locator('iframe[data-portal-frame]');
    await expect
      .poll(async () => {
        const band = await notices.upload.boundingBox();
        const portalBox = await portalFrameBox.boundingBox();
        if (band === null || portalBox === null) return Number.NaN;
        return portalBox.y - (band.y + band.height);
      })
      .toBeGreaterThanOrEqual(0);
    const dismissBox = await notices.dismiss.boundingBox();
    expect(dismissBox?.height).toBeGreaterThanOrEqual(64);
    await notices.close();
    await expect(notices.upload).toBeHidden();
  });

  await test.step('a tap on its label', async () => {
    await portal.frame.getByText('Justificatif de domicile', { exact: true }).tap();
    await expect(notices.upload).toBeVisible();
    await notices.close();
  });

  await test.step('a page script calling click() or showPicker(), on the input or on one outside the page', async () => {
    await frame.evaluate(() => document.querySelector<HTMLInputElement>('input[type=file]')?.click());
    await expect(notices.upload).toBeVisible();
    await notices.close();
    await frame.evaluate(() => document.querySelector<HTMLInputElement>('input[type=file]')?.showPicker());
    await expect(notices.upload).toBeVisible();
    await notices.close();
    await frame.evaluate(() => {
      const detached = document.createElement('input');
      detached.type = 'file';
      detached.click();
    });
    await expect(notices.upload).toBeVisible();
    await notices.close();
  });

  await test.step('"Imprimer cette page"', async () => {
    await portal.frame.getByRole('button', { name: 'Imprimer cette page' }).tap();
    await expect(notices.print).toBeVisible();
    await expect(notices.print).toContainText('À la fin de la visite, vous pourrez imprimer le récapitulatif de la borne.');
    await notices.close();
  });

  await test.step('the portal page is still there, and no chooser ever opened', async () => {
    await expect(portal.frame.getByRole('heading', { level: 1 })).toHaveText('J’envoie un justificatif');
    expect(choosersOpened).toBe(0);
  });
});
