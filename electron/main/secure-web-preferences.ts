import type { WebPreferences } from 'electron';

/**
 * The web preferences every web contents of the kiosk shares (host window, portal, slip window):
 * sandboxed, isolated, no Node anywhere, web security on, no `<webview>`, no devtools, no
 * spellcheck, no drag-and-drop navigation. Written out even where Electron's default agrees.
 */
export const secureWebPreferences = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  devTools: false,
} as const satisfies WebPreferences;
