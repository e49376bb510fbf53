/**
 * Preview entry: installs the in-browser bridge as `window.kiosk`, then starts the same renderer
 * the Electron kiosk runs. Never part of the Electron build.
 */
import { createSimulatedPrinter } from '../slip/simulated-printer.ts';
import { createPreviewBridge, type PreviewRecorder } from './preview-bridge.ts';

const recorder: PreviewRecorder = { wipeReports: [], printer: createSimulatedPrinter() };
Object.defineProperty(window, 'kiosk', { value: createPreviewBridge(recorder), writable: false, configurable: false });
// Read by the e2e tests only; the Electron build never contains the preview.
Object.defineProperty(window, 'kioskPreview', { value: recorder, writable: false, configurable: false });

await import('../main.ts');
