import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions, findChromium } from './tooling/lib/chromium.ts';

const chromium = await findChromium();
const port = Number(process.env.PREVIEW_PORT ?? '4199');
const baseURL = `http://127.0.0.1:${String(port)}/`;

// The npm Chromium needs its own libraries and fonts.conf in its environment: chromiumLaunchOptions adds them.
const launchOptions = chromiumLaunchOptions(chromium);

const touch = { hasTouch: true, isMobile: false, deviceScaleFactor: 1 };

/**
 * Specs whose behaviour does not depend on the screen's orientation (counting, texts, the slip,
 * the wipe, the portal's rules, speech), and the screen geometry walk, which sets each display
 * size itself: they run in the portrait project only. Landscape keeps what is about
 * layout: every screen's geometry and accessibility, every transition, the portal with its
 * keyboard and companion, the toolbar.
 */
const orientationFree = [
  '**/arabic-order.spec.ts',
  '**/demo-portal.spec.ts',
  '**/guide-content.spec.ts',
  '**/guide-paths.spec.ts',
  '**/languages.spec.ts',
  '**/portal-refusals.spec.ts',
  '**/portal-return.spec.ts',
  '**/preview-portal-host.spec.ts',
  '**/read-aloud.spec.ts',
  '**/screen-geometry.spec.ts',
  '**/screens-ahead.spec.ts',
  '**/slip-recap.spec.ts',
  '**/slip-scan.spec.ts',
  '**/slip.spec.ts',
  '**/staff-statistics.spec.ts',
  '**/staff.spec.ts',
  '**/visit-limits.spec.ts',
  '**/visitor-end.spec.ts',
];

/**
 * e2e: the `preview-*` projects run the renderer on the preview bridge in Chromium, touch on, in
 * both kiosk orientations. The `electron` project needs an Electron runtime and skips without one.
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: true,
  // Two cores, but the specs spend most of their time waiting on the page: three workers keep both busy.
  workers: 3,
  retries: 0,
  forbidOnly: process.env.CI !== undefined,
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'build/reports/e2e.json' }]],
  // A safety net, not a budget: three workers share two cores, so a long walk can take twice its usual time.
  timeout: 60_000,
  use: { baseURL, trace: 'off', screenshot: 'off', launchOptions },
  projects: [
    {
      name: 'preview-portrait',
      testDir: './e2e/preview',
      use: { ...devices['Desktop Chrome'], ...touch, viewport: { width: 1080, height: 1920 }, launchOptions },
    },
    {
      name: 'preview-landscape',
      testDir: './e2e/preview',
      // Every path is walked in portrait; landscape takes every transition once (guide-screens).
      testIgnore: orientationFree,
      grepInvert: /@portrait-only/,
      use: { ...devices['Desktop Chrome'], ...touch, viewport: { width: 1920, height: 1080 }, launchOptions },
    },
    {
      name: 'electron',
      testDir: './e2e/electron',
    },
  ],
  webServer: {
    command: 'npx tsx scripts/serve-preview.ts',
    url: `${baseURL}index.html`,
    env: { PORT: String(port) },
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
