/**
 * Preview entry: installs the in-browser bridge as `window.kiosk`, then starts the same renderer
 * the Electron kiosk runs. Never part of the Electron build.
 */
import { createPreviewBridge } from './preview-bridge.ts';

Object.defineProperty(window, 'kiosk', { value: createPreviewBridge(), writable: false, configurable: false });

await import('../main.ts');
