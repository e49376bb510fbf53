/**
 * Preview entry: installs the in-browser bridge as `window.kiosk`, then starts the same renderer
 * the Electron kiosk runs. Modules run in import order, so the bridge is in place first. Never
 * part of the Electron build.
 */
import './install-preview-bridge.ts';
import '../main.ts';
