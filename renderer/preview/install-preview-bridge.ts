/**
 * Installs the in-browser bridge as `window.kiosk` (and the e2e recorder as `window.kioskPreview`)
 * as a side effect. Imported before the renderer's entry, whose module then finds the bridge when
 * it runs: both load together, with no second request waiting for the first.
 */
import { createSimulatedPrinter } from '../slip/simulated-printer.ts';
import { createPreviewBridge, type PreviewRecorder } from './preview-bridge.ts';

const recorder: PreviewRecorder = { wipeReports: [], printer: createSimulatedPrinter() };
Object.defineProperty(window, 'kiosk', { value: createPreviewBridge(recorder), writable: false, configurable: false });
// Read by the e2e tests only; the Electron build never contains the preview.
Object.defineProperty(window, 'kioskPreview', { value: recorder, writable: false, configurable: false });
