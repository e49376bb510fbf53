import type { KioskApi } from '../common/bridge/contract.ts';

declare global {
  interface Window {
    /** The shell's bridge: Electron's preload or the browser preview. */
    readonly kiosk: KioskApi;
  }
}
