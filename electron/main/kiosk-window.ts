import type { BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences } from './secure-web-preferences.ts';

/** What decides how the host window is built. */
export interface KioskWindowSettings {
  /** Locked full screen (packaged build or `--kiosk`). */
  readonly kiosk: boolean;
  /** Absolute path of the bundled host preload script. */
  readonly preloadPath: string;
}

/**
 * The host window's options. Every security-relevant web preference is written out explicitly,
 * even where Electron's default already agrees, so a reviewer sees them at a glance.
 */
export function kioskWindowOptions(settings: KioskWindowSettings): BrowserWindowConstructorOptions {
  return {
    title: 'Borne EduConnect',
    width: 1080,
    height: 1920,
    show: false,
    kiosk: settings.kiosk,
    fullscreen: settings.kiosk,
    frame: !settings.kiosk,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: settings.preloadPath,
      ...secureWebPreferences,
      safeDialogs: true,
      disableDialogs: true,
      autoplayPolicy: 'user-gesture-required',
    },
  };
}

/** True when a close request must be refused: in kiosk mode only the staff screen may quit. */
export function mustRefuseClose(settings: { readonly kiosk: boolean; readonly quitting: boolean }): boolean {
  return settings.kiosk && !settings.quitting;
}
