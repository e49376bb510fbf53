import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { repoRoot } from '../../tooling/lib/preview-server-endpoints.ts';
import { electronExecutable, noRuntimeReason } from './runtime.ts';

test.skip(electronExecutable === undefined, noRuntimeReason);

test('the kiosk window starts on app:// with the attract screen and a locked-down bridge', async () => {
  const app = await electron.launch({
    executablePath: electronExecutable,
    args: [path.join(repoRoot, 'build', 'electron', 'main.cjs')],
    cwd: repoRoot,
  });
  try {
    const page = await app.firstWindow();
    expect(page.url()).toBe('app://kiosk/index.html');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Activez votre compte EduConnect');
    const exposed = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      methods: Object.keys(window.kiosk).sort(),
    }));
    expect(exposed).toEqual({ require: 'undefined', process: 'undefined', methods: ['endVisit', 'exportStatistics', 'getAppInfo', 'getConfig', 'getGuide', 'getGuideTexts', 'getSelfTestReport', 'getStaffHealth', 'getStatistics', 'on', 'portalNavigate', 'portalOpen', 'portalSetBounds', 'portalSetVisible', 'portalType', 'printSlip', 'quitKiosk', 'recordStatistic', 'reloadConfig', 'restartKiosk', 'runSelfTest', 'staffEndVisit', 'staffLeave', 'staffSetMode', 'staffTouch', 'staffUnlock'] });
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const web = BrowserWindow.getAllWindows()[0]?.webContents;
      return web === undefined ? undefined : { devtools: web.isDevToolsOpened() };
    });
    expect(prefs).toEqual({ devtools: false });
  } finally {
    await app.close();
  }
});
