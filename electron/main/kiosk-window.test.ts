import { describe, expect, it } from 'vitest';
import { kioskWindowOptions, mustRefuseClose } from './kiosk-window.ts';

describe('kioskWindowOptions', () => {
  it('writes out every security-relevant web preference', () => {
    const prefs = kioskWindowOptions({ kiosk: true, preloadPath: '/app/preload-host.cjs' }).webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/preload-host.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
      navigateOnDragDrop: false,
    });
  });

  it('locks the window full screen in kiosk mode only', () => {
    expect(kioskWindowOptions({ kiosk: true, preloadPath: 'p' })).toMatchObject({ kiosk: true, fullscreen: true, frame: false });
    expect(kioskWindowOptions({ kiosk: false, preloadPath: 'p' })).toMatchObject({ kiosk: false, fullscreen: false, frame: true });
  });
});

describe('mustRefuseClose', () => {
  it('refuses to close in kiosk mode unless the app is quitting', () => {
    expect(mustRefuseClose({ kiosk: true, quitting: false })).toBe(true);
    expect(mustRefuseClose({ kiosk: true, quitting: true })).toBe(false);
    expect(mustRefuseClose({ kiosk: false, quitting: false })).toBe(false);
  });
});
