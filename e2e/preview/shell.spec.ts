import { expect, test } from '../fixtures.ts';
import { AttractPage } from '../../tooling/pages/attract-page.ts';

test('the preview shell starts on the attract screen with the bundled school', async ({ page }) => {
  const attract = await test.step('open the preview', () => AttractPage.open(page));
  await expect(attract.heading).toHaveText('Activez votre compte EduConnect');
  await expect(attract.schoolName).toBeVisible();
  await expect(attract.privacyPromise).toBeVisible();
  await expect(attract.previewBadge).toHaveText('Aperçu');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('the preview serves the kiosk Content-Security-Policy', async ({ page }) => {
  const response = await page.goto('/');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("default-src 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
});

test('the preview bridge refuses an unknown method and a malformed payload with typed errors', async ({ page }) => {
  await AttractPage.open(page);
  const results = await page.evaluate(async () => {
    const kiosk = window.kiosk as unknown as Record<string, (payload?: unknown) => Promise<unknown>>;
    const getConfig = kiosk.getConfig;
    if (getConfig === undefined) throw new Error('getConfig missing');
    return { badPayload: await getConfig({ unexpected: true }), methods: Object.keys(kiosk).sort() };
  });
  expect(results.badPayload).toEqual({ ok: false, error: { code: 'invalid-payload', message: 'Invalid payload for getConfig' } });
  expect(results.methods).toEqual(['endVisit', 'exportStatistics', 'getAppInfo', 'getConfig', 'getGuide', 'getGuideTexts', 'getSelfTestReport', 'getStaffHealth', 'getStatistics', 'on', 'portalNavigate', 'portalOpen', 'portalSetBounds', 'portalSetVisible', 'portalType', 'printSlip', 'quitKiosk', 'recordStatistic', 'reloadConfig', 'restartKiosk', 'runSelfTest', 'staffEndVisit', 'staffLeave', 'staffSetMode', 'staffTouch', 'staffUnlock']);
});
